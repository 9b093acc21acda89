package io.github.camellifen.component;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camellifen.component.fhir.FhirJson;
import io.github.camellifen.component.http.ApiRequest;
import io.github.camellifen.component.http.ApiResponse;
import io.github.camellifen.component.http.Origins;
import org.apache.camel.RuntimeCamelException;

/**
 * Follows the {@code next} links of a searchset Bundle. A link is followed only on the configured API origin, because
 * each page request carries the access token. A link elsewhere fails the search instead of returning part of it.
 * Each page request gets its token anew, so a long paging run crosses token refreshes.
 */
final class SearchPages {

    private final LifenSender sender;
    private final ObjectNode firstPage;
    private final URI firstUri;
    private final int maxPages;

    private final boolean streaming;

    SearchPages(LifenSender sender, ApiResponse firstPage, int maxPages, boolean streaming) {
        this.sender = sender;
        this.firstPage = requireBundle(FhirJson.readObject(firstPage.bodyAsString()), firstPage.uri());
        this.firstUri = firstPage.uri();
        this.maxPages = maxPages;
        this.streaming = streaming;
    }

    /** Returns one Bundle holding every page's entries, as JSON text, without the next link. */
    String mergeAll() throws Exception {
        ArrayNode entries = firstPage.withArray("entry");
        int pageNumber = 1;
        URI next = nextLink(firstPage, firstUri, pageNumber);
        while (next != null) {
            pageNumber++;
            JsonNode page = fetch(next, pageNumber);
            JsonNode more = page.get("entry");
            if (more != null && more.isArray()) {
                entries.addAll((ArrayNode) more);
            }
            next = nextLink(page, next, pageNumber);
        }

        removeNextLink(firstPage);
        return firstPage.toString();
    }

    /** Returns the entries' resources as JSON text, fetching each next page when the previous one is used up. */
    Iterator<String> entries() {
        return new EntryIterator();
    }

    private JsonNode fetch(URI uri, int pageNumber) throws Exception {
        if (pageNumber > maxPages) {
            throw new IllegalStateException("The Lifen search has more than " + maxPages + " pages (option maxPages): "
                    + "raise maxPages or narrow the search" + (streaming ? "" : ", or use pagingMode=stream"));
        }
        ApiResponse response = sender.sendOrThrow(ApiRequest.get(uri));
        return requireBundle(FhirJson.readObject(response.bodyAsString()), uri);
    }

    private URI nextLink(JsonNode bundle, URI pageUri, int pageNumber) {
        JsonNode links = bundle.get("link");
        if (links == null || !links.isArray()) {
            return null;
        }
        for (JsonNode link : links) {
            if ("next".equals(text(link, "relation")) && text(link, "url") != null) {
                return requireApiOrigin(pageUri.resolve(text(link, "url")), pageNumber);
            }
        }
        return null;
    }

    private URI requireApiOrigin(URI next, int pageNumber) {
        URI apiBase = sender.apiClient().apiBase();
        if (!Origins.sameOrigin(next, apiBase)) {
            throw new IllegalStateException("Page " + pageNumber + " of the Lifen search links its next page to "
                    + "another origin, " + Origins.of(next) + "; the access token is only sent to "
                    + Origins.of(apiBase) + " (option apiBaseUrl), so paging stopped and the result is incomplete");
        }
        return next;
    }

    private static void removeNextLink(ObjectNode bundle) {
        JsonNode links = bundle.get("link");
        if (links instanceof ArrayNode array) {
            for (int i = array.size() - 1; i >= 0; i--) {
                if ("next".equals(text(array.get(i), "relation"))) {
                    array.remove(i);
                }
            }
        }
    }

    private static ObjectNode requireBundle(JsonNode page, URI uri) {
        if (!(page instanceof ObjectNode bundle) || !"Bundle".equals(text(page, "resourceType"))) {
            throw new IllegalStateException("The Lifen search page from " + uri + " is not a FHIR Bundle");
        }
        return bundle;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private final class EntryIterator implements Iterator<String> {

        private final Deque<JsonNode> pending = new ArrayDeque<>();
        private JsonNode page = firstPage;
        private URI pageUri = firstUri;
        private int pageNumber = 1;

        EntryIterator() {
            queueEntries(firstPage);
        }

        @Override
        public boolean hasNext() {
            while (pending.isEmpty()) {
                URI next = nextLink(page, pageUri, pageNumber);
                if (next == null) {
                    return false;
                }
                loadPage(next);
            }
            return true;
        }

        @Override
        public String next() {
            if (!hasNext()) {
                throw new NoSuchElementException("No more entries in this Lifen search");
            }
            return pending.removeFirst().toString();
        }

        private void loadPage(URI next) {
            try {
                page = fetch(next, pageNumber + 1);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new RuntimeCamelException(e);
            }
            pageUri = next;
            pageNumber++;
            queueEntries(page);
        }

        private void queueEntries(JsonNode bundle) {
            JsonNode entries = bundle.get("entry");
            if (entries == null || !entries.isArray()) {
                return;
            }
            for (JsonNode entry : entries) {
                JsonNode resource = entry.get("resource");
                if (resource != null) {
                    pending.addLast(resource);
                }
            }
        }
    }
}
