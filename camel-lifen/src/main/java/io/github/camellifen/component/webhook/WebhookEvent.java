package io.github.camellifen.component.webhook;

import java.util.Map;

/**
 * One event of a Lifen webhook batch.
 *
 * @param notificationId the id of the batch that carried the event ({@code notification-uuid})
 * @param eventId        the event's own id, the same in every delivery of that event ({@code event-uuid})
 * @param webhookId      the id of the subscription ({@code webhook-id})
 * @param eventType      such as {@code patient.updated}
 * @param databaseReference the healthcare organisation the event belongs to
 * @param timestamp      when Lifen recorded the event, as ISO 8601 text
 * @param details        the {@code event-details} object, as parsed JSON
 */
public record WebhookEvent(String notificationId, String eventId, String webhookId, String eventType,
        String databaseReference, String timestamp, Map<String, Object> details) {

    /**
     * Returns the id of the resource the event is about: the patient for {@code patient.updated}, the patient kept
     * for {@code patient.merged}, the encounter for {@code encounter.created}, or null for another type.
     */
    public String resourceId() {
        Object id = switch (eventType) {
            case "patient.updated" -> details.get("patient-id");
            case "patient.merged" -> details.get("target-patient-id");
            case "encounter.created" -> details.get("encounter-id");
            default -> null;
        };
        return id == null ? null : id.toString();
    }
}
