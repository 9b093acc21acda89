package io.github.camellifen.sandbox;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One event of a webhook batch, as the sandbox serialized it.
 *
 * @param eventUuid {@code event-uuid}, which a consumer uses to process each event once
 * @param webhookId {@code webhook-id}, the id of the subscription the event was published for
 * @param eventType {@code event-type}
 * @param databaseReference {@code database-reference}, the database the event comes from
 * @param timestamp {@code timestamp}, when the event was raised by the sandbox clock, serialized in UTC with
 *        milliseconds
 * @param details {@code event-details}, in serialization order; see {@link WebhookEventDetails}
 */
public record WebhookEvent(String eventUuid, String webhookId, WebhookEventType eventType, String databaseReference,
        Instant timestamp, Map<String, Object> details) {

    /**
     * Checks the fields and copies the details.
     */
    public WebhookEvent {
        Objects.requireNonNull(eventUuid, "eventUuid");
        Objects.requireNonNull(webhookId, "webhookId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(databaseReference, "databaseReference");
        Objects.requireNonNull(timestamp, "timestamp");
        // LinkedHashMap keeps the serialization order and, unlike Map.copyOf, allows a null detail value.
        details = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(details, "details")));
    }
}
