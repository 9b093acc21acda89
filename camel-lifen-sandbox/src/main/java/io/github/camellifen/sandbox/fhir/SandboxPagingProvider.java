package io.github.camellifen.sandbox.fhir;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.BasePagingProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps the searches whose results span several pages, so that their next links work: each one for
 * {@link #RETENTION} after the search, by the sandbox clock, and for the caller's database only.
 *
 * <p>At most {@link #MAX_STORED_SEARCHES} searches are kept; past that, the oldest is dropped early. Stored
 * searches hold ids only (see {@link SearchResults}), so the cap bounds memory to a few megabytes.
 */
final class SandboxPagingProvider extends BasePagingProvider {

    /** How long the next links of a search keep working. */
    static final Duration RETENTION = Duration.ofMinutes(30);

    /** Number of searches kept at most. */
    static final int MAX_STORED_SEARCHES = 1000;

    private final Clock clock;
    private final Map<String, StoredSearch> searches = new LinkedHashMap<>();

    SandboxPagingProvider(Clock clock, int defaultPageSize, int maximumPageSize) {
        this.clock = clock;
        setDefaultPageSize(defaultPageSize);
        setMaximumPageSize(maximumPageSize);
    }

    @Override
    public synchronized String storeResultList(RequestDetails request, IBundleProvider results) {
        Instant now = clock.instant();
        removeExpired(now);
        if (searches.size() >= MAX_STORED_SEARCHES) {
            Iterator<String> oldest = searches.keySet().iterator();
            oldest.next();
            oldest.remove();
        }

        String searchId = UUID.randomUUID().toString();
        searches.put(searchId, new StoredSearch(results, SearchSupport.databaseReference(request), now));
        return searchId;
    }

    /**
     * Returns a stored search, or {@code null} (which HAPI turns into 410 Gone) if it expired, was dropped,
     * or belongs to another database.
     */
    @Override
    public synchronized IBundleProvider retrieveResultList(RequestDetails request, String searchId) {
        StoredSearch search = searches.get(searchId);
        if (search == null || isExpired(search, clock.instant())) {
            return null;
        }
        if (!search.databaseReference().equals(SearchSupport.databaseReference(request))) {
            return null;
        }
        return search.results();
    }

    private void removeExpired(Instant now) {
        searches.values().removeIf(search -> isExpired(search, now));
    }

    private static boolean isExpired(StoredSearch search, Instant now) {
        return !now.isBefore(search.storedAt().plus(RETENTION));
    }

    private record StoredSearch(IBundleProvider results, String databaseReference, Instant storedAt) {
    }
}
