package io.github.camellifen.sandbox.fhir;

import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import io.github.camellifen.sandbox.auth.AccessGrant;
import java.util.Comparator;
import java.util.List;
import org.hl7.fhir.r4.model.Resource;

/**
 * Checks and helpers shared by the search and read methods.
 */
final class SearchSupport {

    /** Largest page size, as on Lifen. Larger {@code _count} values are lowered to it by the paging provider. */
    static final int MAX_COUNT = 100;

    private SearchSupport() {
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
        Object grant = ((ServletRequestDetails) request).getServletRequest().getAttribute(AccessGrant.REQUEST_ATTRIBUTE);
        if (!(grant instanceof AccessGrant accessGrant)) {
            // The bearer token filter runs before every FHIR request, so this means the server is wired wrong.
            throw new InternalErrorException("The request reached the FHIR server without an access grant.");
        }
        return accessGrant.databaseReference();
    }
}
