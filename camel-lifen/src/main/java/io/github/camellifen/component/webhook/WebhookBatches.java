package io.github.camellifen.component.webhook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Parses the JSON body of a Lifen webhook delivery into its events. */
public final class WebhookBatches {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WebhookBatches() {
    }

    /**
     * Parses a batch. Throws {@link IllegalArgumentException} naming the first missing field, because a batch the
     * consumer cannot read gets the reply 400 rather than an acknowledgement.
     */
    public static List<WebhookEvent> parse(byte[] body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            // The parser's message may quote the body, which is health data, so only the position is kept
            throw new IllegalArgumentException("The webhook body is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException("The webhook body could not be read", e);
        }
        if (root == null || !root.path("events").isArray()) {
            throw new IllegalArgumentException("The webhook body has no events array");
        }

        String notificationId = root.path("notification-uuid").asText(null);
        List<WebhookEvent> events = new ArrayList<>();
        for (JsonNode event : root.path("events")) {
            events.add(new WebhookEvent(notificationId, required(event, "event-uuid"), event.path("webhook-id")
                    .asText(null), required(event, "event-type"), event.path("database-reference").asText(null),
                    event.path("timestamp").asText(null), details(event)));
        }
        return events;
    }

    private static String required(JsonNode event, String field) {
        String value = event.path(field).asText("");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A webhook event has no " + field);
        }
        return value;
    }

    private static Map<String, Object> details(JsonNode event) {
        JsonNode details = event.path("event-details");
        if (!details.isObject()) {
            return new LinkedHashMap<>();
        }
        return MAPPER.convertValue(details, new TypeReference<LinkedHashMap<String, Object>>() { });
    }
}
