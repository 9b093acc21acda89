package io.github.camellifen.sandbox.fhir;

import static io.github.camellifen.sandbox.fhir.SearchMatching.matchesAll;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceAndListParam;
import ca.uhn.fhir.rest.param.TokenAndListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import org.hl7.fhir.instance.model.api.IAnyResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;

/**
 * Encounter read and search, limited to the database of the caller's access token.
 */
public final class EncounterProvider implements IResourceProvider {

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
     * {@code POST /Encounter/_search}. {@code patient} and {@code subject} both match the encounter's subject.
     * As for patients, every {@code _id} value counts as an alternative.
     *
     * @return matching encounters, in {@code _lastUpdated} order unless {@code _sort} requests another order
     */
    @Search
    public List<Encounter> search(
            RequestDetails request,
            @OptionalParam(name = Encounter.SP_PATIENT) ReferenceAndListParam patient,
            @OptionalParam(name = Encounter.SP_SUBJECT) ReferenceAndListParam subject,
            @OptionalParam(name = Encounter.SP_IDENTIFIER) TokenAndListParam identifier,
            @OptionalParam(name = Encounter.SP_STATUS) TokenAndListParam status,
            @OptionalParam(name = IAnyResource.SP_RES_ID) TokenAndListParam id,
            @Count Integer count,
            @Sort SortSpec sort) {
        SearchSupport.checkCount(count);

        List<Encounter> matches = store.encounters(SearchSupport.databaseReference(request)).stream()
                .filter(encounter -> matchesAll(patient,
                        param -> SearchMatching.matchesReference(param, "Patient", encounter.getSubject())))
                .filter(encounter -> matchesAll(subject,
                        param -> SearchMatching.matchesReference(param, "Patient", encounter.getSubject())))
                .filter(encounter -> matchesAll(identifier,
                        param -> SearchMatching.matchesIdentifier(param, encounter.getIdentifier())))
                .filter(encounter -> matchesAll(status, param -> encounter.hasStatus()
                        && encounter.getStatus().toCode().equals(param.getValue())))
                .filter(encounter -> SearchMatching.matchesAnyId(id, encounter.getIdElement().getIdPart()))
                .toList();
        return SearchSupport.sort(matches, sort);
    }
}
