package io.github.camellifen.example;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The matches of a FHIR search: the ids of the matching resources on the returned page, and how many match in all.
 *
 * @param count the Bundle's {@code total} or, without one, the matches on this page plus one when a next page exists
 * @param ids   ids of the matching resources on this page, without included resources
 */
public record SearchMatches(int count, List<String> ids) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Reads a search reply.
     *
     * @throws IllegalArgumentException when the text is not a FHIR Bundle
     */
    public static SearchMatches parse(String bundleJson) {
        JsonNode bundle = readBundle(bundleJson);

        List<String> ids = new ArrayList<>();
        for (JsonNode entry : bundle.path("entry")) {
            // Entries included with _include or carrying an OperationOutcome are not matches
            String mode = entry.path("search").path("mode").asText("match");
            JsonNode resource = entry.path("resource");
            if (mode.equals("match") && resource.hasNonNull("id")) {
                ids.add(resource.get("id").asText());
            }
        }

        JsonNode total = bundle.get("total");
        if (total != null && total.canConvertToInt()) {
            return new SearchMatches(total.asInt(), List.copyOf(ids));
        }
        int count = hasNextPage(bundle) ? ids.size() + 1 : ids.size();
        return new SearchMatches(count, List.copyOf(ids));
    }

    /** Returns how many resources a search reply matches; the search-patients route calls it on its body. */
    public static int countOf(String bundleJson) {
        return parse(bundleJson).count();
    }

    /** Returns the id of the only match, or null when there are none or several. */
    public String singleId() {
        return count == 1 && ids.size() == 1 ? ids.get(0) : null;
    }

    private static JsonNode readBundle(String json) {
        JsonNode node;
        try {
            node = json == null ? null : MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            // Neither Jackson's message nor the cause is kept: they may quote the reply, which may hold health data
            throw new IllegalArgumentException("The search reply is not valid JSON");
        }
        if (node == null || !"Bundle".equals(node.path("resourceType").asText())) {
            throw new IllegalArgumentException("The search reply is not a FHIR Bundle");
        }
        return node;
    }

    private static boolean hasNextPage(JsonNode bundle) {
        for (JsonNode link : bundle.path("link")) {
            if ("next".equals(link.path("relation").asText())) {
                return true;
            }
        }
        return false;
    }
}
