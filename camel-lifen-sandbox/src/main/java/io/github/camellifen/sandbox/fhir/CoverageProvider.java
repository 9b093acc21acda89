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
import ca.uhn.fhir.rest.param.ReferenceAndListParam;
import ca.uhn.fhir.rest.param.TokenAndListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import io.github.camellifen.sandbox.http.OutcomeIssue;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IAnyResource;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.IdType;

/**
 * Coverage read and search, limited to the database of the caller's access token.
 */
public final class CoverageProvider implements IResourceProvider {

    private static final Set<String> CRITERIA =
            Set.of(Coverage.SP_BENEFICIARY, Coverage.SP_PATIENT, IAnyResource.SP_RES_ID);
    // Lifen's example names the location "patient" even though the parameter is "beneficiary".
    private static final OutcomeIssue MISSING_BENEFICIARY = OutcomeIssue.error("PROCESSING", "must not be empty",
            "patient");

    private final FhirStore store;

    /**
     * Creates the provider.
     *
     * @param store the data
     */
    public CoverageProvider(FhirStore store) {
        this.store = store;
    }

    @Override
    public Class<Coverage> getResourceType() {
        return Coverage.class;
    }

    /**
     * Reads a coverage of the caller's database.
     *
     * @param id coverage id
     * @param request the request
     * @return the coverage
     */
    @Read
    public Coverage read(@IdParam IdType id, RequestDetails request) {
        return store.read(SearchSupport.databaseReference(request), Coverage.class, id.getIdPart())
                .orElseThrow(() -> new ResourceNotFoundException("Unknown service (GET) : Coverage/" + id.getIdPart()));
    }

    /**
     * Searches coverages of the caller's database by beneficiary, through {@code GET /Coverage} or
     * {@code POST /Coverage/_search}. {@code beneficiary} and {@code patient} both match the beneficiary.
     * Without either of them or {@code _id}, the search fails with Lifen's 422 {@code must not be empty}.
     *
     * @return matching coverages, in {@code _lastUpdated} order unless {@code _sort} requests another order
     */
    @Search(allowUnknownParams = true)
    public IBundleProvider search(
            RequestDetails request,
            @OptionalParam(name = Coverage.SP_BENEFICIARY) ReferenceAndListParam beneficiary,
            @OptionalParam(name = Coverage.SP_PATIENT) ReferenceAndListParam patient,
            @OptionalParam(name = IAnyResource.SP_RES_ID) TokenAndListParam id,
            @Count Integer count,
            @Sort SortSpec sort) {
        SearchSupport.checkCount(count);
        SearchSupport.checkParameters(request, CRITERIA, MISSING_BENEFICIARY);

        String databaseReference = SearchSupport.databaseReference(request);
        List<Coverage> matches = store.list(databaseReference, Coverage.class).stream()
                .filter(coverage -> matchesAll(beneficiary,
                        param -> SearchMatching.matchesReference(param, "Patient", coverage.getBeneficiary())))
                .filter(coverage -> matchesAll(patient,
                        param -> SearchMatching.matchesReference(param, "Patient", coverage.getBeneficiary())))
                .filter(coverage -> SearchMatching.matchesAnyId(id, coverage.getIdElement().getIdPart()))
                .toList();
        return SearchResults.of(SearchSupport.sort(matches, sort),
                coverageId -> store.read(databaseReference, Coverage.class, coverageId), store.clock().instant());
    }
}
