package io.github.camellifen.sandbox.fhir;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.Resource;

/**
 * Search results that keep only the ids of the matches and load each page when it is read, so that a search
 * kept for its next links costs a few bytes per match.
 *
 * <p>NOTE: a page shows the version of each resource current when the page is read, which differs from the
 * version at search time only if the resource was updated in between.
 */
final class SearchResults implements IBundleProvider {

    private final List<String> ids;
    private final Function<String, Optional<? extends IBaseResource>> loader;
    private final IPrimitiveType<Date> published;

    private SearchResults(List<String> ids, Function<String, Optional<? extends IBaseResource>> loader,
            Instant published) {
        this.ids = List.copyOf(ids);
        this.loader = loader;
        this.published = LifenResources.instant(published);
    }

    /**
     * Wraps matches in search results.
     *
     * @param matches the matches, in result order
     * @param loader reads the current copy of a match by id
     * @param now time of the search
     * @param <T> resource type
     * @return the results
     */
    static <T extends Resource> SearchResults of(List<T> matches, Function<String, Optional<T>> loader, Instant now) {
        List<String> ids = matches.stream().map(match -> match.getIdElement().getIdPart()).toList();
        return new SearchResults(ids, id -> loader.apply(id), now);
    }

    @Override
    public IPrimitiveType<Date> getPublished() {
        return published;
    }

    // HAPI may remove entries from the returned list, so it must be mutable.
    @Override
    public List<IBaseResource> getResources(int fromIndex, int toIndex) {
        int from = Math.max(0, fromIndex);
        int to = Math.min(ids.size(), toIndex);
        List<IBaseResource> page = new ArrayList<>();
        for (String id : ids.subList(Math.min(from, to), to)) {
            loader.apply(id).ifPresent(page::add);
        }
        return page;
    }

    // No id of its own: HAPI then stores the results in the paging provider when they need more than one page.
    @Override
    public String getUuid() {
        return null;
    }

    @Override
    public Integer preferredPageSize() {
        return null;
    }

    @Override
    public Integer size() {
        return ids.size();
    }
}
