package io.github.camellifen.sandbox.fhir;

import static io.github.camellifen.sandbox.fhir.SearchMatching.matchesAll;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceAndListParam;
import ca.uhn.fhir.rest.param.TokenAndListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import io.github.camellifen.sandbox.http.OutcomeIssue;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IAnyResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;

/**
 * Encounter read and search, limited to the database of the caller's access token.
 */
public final class EncounterProvider implements IResourceProvider {

    private static final Set<String> CRITERIA = Set.of(Encounter.SP_PATIENT, Encounter.SP_SUBJECT, Encounter.SP_DATE,
            Encounter.SP_IDENTIFIER, Encounter.SP_STATUS, Encounter.SP_SERVICE_PROVIDER, IAnyResource.SP_RES_ID);
    private static final OutcomeIssue ALL_VALUE_NULL = SearchSupport.allValueNull("At least one of patient, date, "
            + "identifier, service-provider._extension or status fields must be filled");

    private final FhirStore store;

    /**
     * Creates the provider.
     *
     * @param store the data
     */
    public EncounterProvider(FhirStore store) {
        this.store = store;
    }

    @Override
    public Class<Encounter> getResourceType() {
        return Encounter.class;
    }

    /**
     * Reads an encounter of the caller's database.
     *
     * @param id encounter id
     * @param request the request
     * @return the encounter
     */
    @Read
    public Encounter read(@IdParam IdType id, RequestDetails request) {
        return store.encounter(SearchSupport.databaseReference(request), id.getIdPart())
                .orElseThrow(() -> new ResourceNotFoundException("Unknown service (GET) : Encounter/" + id.getIdPart()));
    }

    /**
     * Searches encounters of the caller's database, through {@code GET /Encounter} or
     * {@code POST /Encounter/_search}. {@code patient} and {@code subject} both match the encounter's subject,
     * and {@code date} matches encounters whose period intersects the range. As for patients, every {@code _id}
     * value counts as an alternative, a search needs at least one criterion, and an unknown parameter is an
     * error (422).
     *
     * @return matching encounters, in {@code _lastUpdated} order unless {@code _sort} requests another order
     */
    @Search(allowUnknownParams = true)
    public IBundleProvider search(
            RequestDetails request,
            @OptionalParam(name = Encounter.SP_PATIENT) ReferenceAndListParam patient,
            @OptionalParam(name = Encounter.SP_SUBJECT) ReferenceAndListParam subject,
            @OptionalParam(name = Encounter.SP_DATE) DateRangeParam date,
            @OptionalParam(name = Encounter.SP_IDENTIFIER) TokenAndListParam identifier,
            @OptionalParam(name = Encounter.SP_STATUS) TokenAndListParam status,
            @OptionalParam(name = Encounter.SP_SERVICE_PROVIDER) ReferenceAndListParam serviceProvider,
            @OptionalParam(name = IAnyResource.SP_RES_ID) TokenAndListParam id,
            @Count Integer count,
            @Sort SortSpec sort) {
        SearchSupport.checkCount(count);
        SearchSupport.checkParameters(request, CRITERIA, ALL_VALUE_NULL);

        String databaseReference = SearchSupport.databaseReference(request);
        List<Encounter> matches = store.encounters(databaseReference).stream()
                .filter(encounter -> matchesAll(patient,
                        param -> SearchMatching.matchesReference(param, "Patient", encounter.getSubject())))
                .filter(encounter -> matchesAll(subject,
                        param -> SearchMatching.matchesReference(param, "Patient", encounter.getSubject())))
                .filter(encounter -> DateMatching.intersects(date, encounter.getPeriod().getStartElement(),
                        encounter.getPeriod().getEndElement()))
                .filter(encounter -> matchesAll(identifier,
                        param -> SearchMatching.matchesIdentifier(param, encounter.getIdentifier())))
                .filter(encounter -> matchesAll(status, param -> encounter.hasStatus()
                        && encounter.getStatus().toCode().equals(param.getValue())))
                .filter(encounter -> matchesAll(serviceProvider, param -> SearchMatching.matchesReference(param,
                        "Organization", encounter.getServiceProvider())))
                .filter(encounter -> SearchMatching.matchesAnyId(id, encounter.getIdElement().getIdPart()))
                .toList();
        return SearchResults.of(SearchSupport.sort(matches, sort),
                encounterId -> store.encounter(databaseReference, encounterId), store.clock().instant());
    }
}
