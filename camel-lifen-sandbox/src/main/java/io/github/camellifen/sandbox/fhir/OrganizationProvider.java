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
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.StringType;

/**
 * Organizations of the national directory: read, {@code $search-for-mss} and {@code _search}.
 */
public final class OrganizationProvider implements IResourceProvider {

    private static final Set<String> CRITERIA = Set.of("name", "identifier", "telecom", "address", "part-of", "_id");
    private static final Set<String> STRING_CRITERIA = Set.of("name", "address");

    private final Directory directory;
    private final Clock clock;

    /**
     * Creates the provider.
     *
     * @param directory the directory
     * @param clock clock that dates search results
     */
    public OrganizationProvider(Directory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public Class<Organization> getResourceType() {
        return Organization.class;
    }

    /**
     * Reads an organization of the directory.
     *
     * @param id organization id
     * @return the organization
     */
    @Read
    public Organization read(@IdParam IdType id) {
        return directory.organization(id.getIdPart()).orElseThrow(() -> new ResourceNotFoundException(
                "Unknown service (GET) : Organization/" + id.getIdPart()));
    }

    /**
     * Searches the directory for organizations with an MSSanté address, with form-encoded parameters as on
     * Lifen: {@code name}, {@code identifier} (FINESS), {@code telecom} (MSSanté address), {@code address},
     * {@code part-of} (parent organization reference), {@code _id}, {@code _count} and {@code _sort}.
     *
     * @param request the request, whose parameters come from the query string or the form body
     * @return a searchset of the matching organizations
     */
    @Operation(name = "$search-for-mss", idempotent = true, manualRequest = true,
            bundleType = BundleTypeEnum.SEARCHSET)
    public IBundleProvider searchForMss(RequestDetails request) {
        return search(request);
    }

    /**
     * Searches the directory through {@code GET /Organization} or {@code POST /Organization/_search}, with the
     * parameters of {@code $search-for-mss}.
     *
     * @param request the request
     * @return the matching organizations
     */
    @Search(allowUnknownParams = true)
    public IBundleProvider search(RequestDetails request) {
        DirectoryQuery query = DirectoryQuery.parse(request, CRITERIA, STRING_CRITERIA);

        List<Organization> matches = directory.organizations().stream()
                .filter(query.strings("name", organization -> Stream.concat(Stream.of(organization.getName()),
                        organization.getAlias().stream().map(StringType::getValue)).toList()))
                .filter(query.tokens("identifier", organization ->
                        param -> SearchMatching.matchesIdentifier(param, organization.getIdentifier())))
                .filter(query.tokens("telecom", organization ->
                        param -> DirectoryQuery.matchesTelecom(param, organization.getTelecom())))
                .filter(query.strings("address", organization -> AddressParts.of(organization.getAddress())))
                .filter(query.references("part-of", organization ->
                        param -> SearchMatching.matchesReference(param, "Organization", organization.getPartOf())))
                .filter(query.ids())
                .sorted(order(query.sort()))
                .toList();
        return SearchResults.of(matches, directory::organization, clock.instant());
    }

    private static Comparator<Organization> order(String sort) {
        Comparator<Organization> byId = Comparator.comparing(organization -> organization.getIdPart());
        return "-_id".equals(sort) ? byId.reversed() : byId;
    }
}
