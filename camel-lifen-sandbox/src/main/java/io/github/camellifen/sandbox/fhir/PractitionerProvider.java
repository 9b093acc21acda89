package io.github.camellifen.sandbox.fhir;

import ca.uhn.fhir.model.valueset.BundleTypeEnum;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.StringType;

/**
 * Practitioners of the national directory: read, {@code $search-for-mss} and {@code _search}.
 */
public final class PractitionerProvider implements IResourceProvider {

    private static final Set<String> CRITERIA = Set.of("name", "family", "given", "identifier", "telecom", "address",
            "_id");
    private static final Set<String> STRING_CRITERIA = Set.of("name", "family", "given", "address");

    private final Directory directory;
    private final Clock clock;

    /**
     * Creates the provider.
     *
     * @param directory the directory
     * @param clock clock that dates search results
     */
    public PractitionerProvider(Directory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public Class<Practitioner> getResourceType() {
        return Practitioner.class;
    }

    /**
     * Reads a practitioner of the directory.
     *
     * @param id practitioner id
     * @return the practitioner
     */
    @Read
    public Practitioner read(@IdParam IdType id) {
        return directory.practitioner(id.getIdPart()).orElseThrow(() -> new ResourceNotFoundException(
                "Unknown service (GET) : Practitioner/" + id.getIdPart()));
    }

    /**
     * Searches the directory for practitioners with an MSSanté address, with form-encoded parameters as on Lifen:
     * {@code name} (family or given name), {@code family}, {@code given}, {@code identifier} (RPPS),
     * {@code telecom} (MSSanté address), {@code address}, {@code _id}, {@code _count} and {@code _sort}.
     *
     * @param request the request, whose parameters come from the query string or the form body
     * @return a searchset of the matching practitioners
     */
    @Operation(name = "$search-for-mss", idempotent = true, manualRequest = true,
            bundleType = BundleTypeEnum.SEARCHSET)
    public IBundleProvider searchForMss(RequestDetails request) {
        return search(request);
    }

    /**
     * Searches the directory through {@code GET /Practitioner} or {@code POST /Practitioner/_search}, with the
     * parameters of {@code $search-for-mss}.
     *
     * @param request the request
     * @return the matching practitioners
     */
    @Search(allowUnknownParams = true)
    public IBundleProvider search(RequestDetails request) {
        DirectoryQuery query = DirectoryQuery.parse(request, CRITERIA, STRING_CRITERIA);

        List<Practitioner> matches = directory.practitioners().stream()
                .filter(query.strings("name", PractitionerProvider::nameParts))
                .filter(query.strings("family", practitioner -> practitioner.getName().stream()
                        .map(HumanName::getFamily).toList()))
                .filter(query.strings("given", PractitionerProvider::givens))
                .filter(query.tokens("identifier", practitioner ->
                        param -> SearchMatching.matchesIdentifier(param, practitioner.getIdentifier())))
                .filter(query.tokens("telecom", practitioner ->
                        param -> DirectoryQuery.matchesTelecom(param, practitioner.getTelecom())))
                .filter(query.strings("address", practitioner -> AddressParts.of(practitioner.getAddress())))
                .filter(query.ids())
                .sorted(order(query.sort()))
                .toList();
        return SearchResults.of(matches, directory::practitioner, clock.instant());
    }

    private static Comparator<Practitioner> order(String sort) {
        Comparator<Practitioner> byId = Comparator.comparing(practitioner -> practitioner.getIdPart());
        return "-_id".equals(sort) ? byId.reversed() : byId;
    }

    private static List<String> givens(Practitioner practitioner) {
        return practitioner.getName().stream()
                .flatMap(name -> name.getGiven().stream())
                .map(StringType::getValue)
                .toList();
    }

    private static List<String> nameParts(Practitioner practitioner) {
        return practitioner.getName().stream()
                .flatMap(name -> Stream.concat(Stream.of(name.getFamily(), name.getText()),
                        name.getGiven().stream().map(StringType::getValue)))
                .toList();
    }
}
