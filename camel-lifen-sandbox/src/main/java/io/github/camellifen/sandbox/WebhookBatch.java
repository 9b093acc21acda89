package io.github.camellifen.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * One notification of webhook events, as the sandbox POSTs it to the callback URL. Every attempt to deliver
 * the batch sends the same {@link #body()} bytes.
 *
 * @param notificationUuid {@code notification-uuid} of the envelope
 * @param eventType type shared by all events, also sent in the {@code x-lifen-platform-event-type} header
 * @param databaseReference database shared by all events, also sent in the
 *        {@code x-lifen-platform-database-reference} header
 * @param events the events, in body order
 * @param body the JSON body, exactly as sent and signed
 */
public record WebhookBatch(String notificationUuid, WebhookEventType eventType, String databaseReference,
        List<WebhookEvent> events, String body) {

    /**
     * Checks the fields and copies the events.
     */
    public WebhookBatch {
        Objects.requireNonNull(notificationUuid, "notificationUuid");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(databaseReference, "databaseReference");
        events = List.copyOf(events);
        Objects.requireNonNull(body, "body");
    }

    /**
     * Returns the {@code event-uuid} of each event, in body order.
     *
     * @return an immutable list
     */
    public List<String> eventUuids() {
        return events.stream().map(WebhookEvent::eventUuid).toList();
    }

    /**
     * Returns the body as the bytes that were sent and signed.
     *
     * @return the UTF-8 encoding of {@link #body()}
     */
    public byte[] bodyBytes() {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
