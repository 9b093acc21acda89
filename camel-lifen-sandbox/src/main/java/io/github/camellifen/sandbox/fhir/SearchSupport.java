package io.github.camellifen.sandbox.fhir;

import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import io.github.camellifen.sandbox.auth.AccessGrant;
import io.github.camellifen.sandbox.http.OutcomeIssue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Resource;

/**
 * Checks and helpers shared by the search and read methods.
 */
final class SearchSupport {

    /** Largest page size, as on Lifen. Larger {@code _count} values are lowered to it by the paging provider. */
    static final int MAX_COUNT = 100;

    /** Parameters that shape the results and that every search accepts besides its criteria. */
    static final Set<String> RESULT_PARAMETERS = Set.of("_count", "_sort", "_format", "_pretty", "_summary",
            "_elements");

    private SearchSupport() {
    }

    /**
     * Builds the issue that Lifen returns for a search without any criterion.
     *
     * @param diagnostics Lifen's message, which lists the criteria of the resource type
     * @return the issue, located at {@code allValueNull}
     */
    static OutcomeIssue allValueNull(String diagnostics) {
        return OutcomeIssue.error("PROCESSING", diagnostics, "allValueNull");
    }

    /**
     * Checks the parameter names of a search as Lifen does: at least one criterion must have a value, and any
     * other parameter than a criterion or a {@linkplain #RESULT_PARAMETERS result parameter} is invalid.
     * Modifiers such as {@code :exact} are ignored when names are compared.
     *
     * @param request the request, whose parameters come from the query string and the form body
     * @param criteria names of the search criteria
     * @param missingCriteria issue reported when no criterion has a value, or {@code null} when none is needed
     * @throws LifenIssuesException with the missing-criteria issue first, then one issue per invalid parameter
     */
    static void checkParameters(RequestDetails request, Set<String> criteria, OutcomeIssue missingCriteria) {
        Map<String, String[]> parameters = request.getParameters();
        List<OutcomeIssue> issues = new ArrayList<>();

        boolean hasCriterion = parameters.entrySet().stream()
                .filter(parameter -> criteria.contains(baseName(parameter.getKey())))
                .anyMatch(parameter -> Arrays.stream(parameter.getValue()).anyMatch(value -> !value.isBlank()));
        if (!hasCriterion && missingCriteria != null) {
            issues.add(missingCriteria);
        }

        parameters.keySet().stream()
                .filter(name -> !criteria.contains(baseName(name)) && !RESULT_PARAMETERS.contains(baseName(name)))
                .sorted()
                .forEach(name -> issues.add(OutcomeIssue.error("PROCESSING", "Invalid parameter " + name, name)));

        if (!issues.isEmpty()) {
            throw new LifenIssuesException(issues);
        }
    }

    /**
     * Returns the client id of the access token that authenticated the request.
     *
     * @param request the FHIR request
     * @return the client id
     */
    static String clientId(RequestDetails request) {
        return accessGrant(request).clientId();
    }

    /**
     * Rejects {@code _count} values below 1, which Lifen forbids.
     *
     * @param count the {@code _count} parameter, or {@code null}
     */
    static void checkCount(Integer count) {
        if (count != null && count < 1) {
            throw new InvalidRequestException("_count must be between 1 and " + MAX_COUNT + ", not " + count + ".");
        }
    }

    /**
     * Sorts resources by {@code _lastUpdated} or {@code _id}, ascending or descending.
     *
     * @param resources resources in the store's default order
     * @param sort the {@code _sort} parameter, or {@code null} to keep the default order
     * @param <T> resource type
     * @return the sorted resources
     */
    static <T extends Resource> List<T> sort(List<T> resources, SortSpec sort) {
        if (sort == null) {
            return resources;
        }
        if (sort.getChain() != null) {
            throw new InvalidRequestException("_sort supports a single parameter.");
        }

        Comparator<Resource> comparator = switch (sort.getParamName()) {
            case "_lastUpdated" -> FhirStore.BY_LAST_UPDATED;
            case "_id" -> Comparator.comparing(resource -> resource.getIdElement().getIdPart());
            default -> throw new InvalidRequestException(
                    "_sort supports _lastUpdated and _id, not " + sort.getParamName() + ".");
        };
        if (sort.getOrder() == SortOrderEnum.DESC) {
            comparator = comparator.reversed();
        }
        return resources.stream().sorted(comparator).toList();
    }

    /**
     * Returns the database reference of the access token that authenticated the request.
     *
     * @param request the FHIR request
     * @return the database reference
     */
    static String databaseReference(RequestDetails request) {
        return accessGrant(request).databaseReference();
    }

    private static AccessGrant accessGrant(RequestDetails request) {
        Object grant = ((ServletRequestDetails) request).getServletRequest().getAttribute(AccessGrant.REQUEST_ATTRIBUTE);
        if (!(grant instanceof AccessGrant accessGrant)) {
            // The bearer token filter runs before every FHIR request, so this means the server is wired wrong.
            throw new InternalErrorException("The request reached the FHIR server without an access grant.");
        }
        return accessGrant;
    }

    private static String baseName(String parameterName) {
        int colon = parameterName.indexOf(':');
        return colon < 0 ? parameterName : parameterName.substring(0, colon);
    }
}
