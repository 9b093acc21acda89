package io.github.camellifen.sandbox.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.camellifen.sandbox.WebhookBatch;
import io.github.camellifen.sandbox.WebhookEvent;
import io.github.camellifen.sandbox.WebhookEventType;
import io.github.camellifen.sandbox.WebhookFault;
import io.github.camellifen.sandbox.http.JsonBodies;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns event details into batches ready to sign: new uuids, the timestamp, Lifen's JSON envelope, and the
 * injected fault that the batch takes. It keeps every batch it built until {@link #reset()}.
 */
public final class BatchAssembler {

    // NOTE: Lifen documents the timestamp as ISO 8601 in UTC without an example, so the milliseconds are a guess.
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final Deque<WebhookFault> pendingFaults = new ArrayDeque<>();
    private final Map<String, WebhookEvent> lastEvents = new HashMap<>();
    private final List<WebhookBatch> batches = new ArrayList<>();

    /**
     * A batch and the fault it carries.
     *
     * @param batch the batch
     * @param fault the injected fault it took, or {@code null}
     */
    public record Assembled(WebhookBatch batch, WebhookFault fault) {
    }

    /**
     * Creates an assembler.
     *
     * @param clock clock that dates the events
     */
    public BatchAssembler(Clock clock) {
        this.clock = clock;
    }

    /**
     * Builds a batch with one new event per details map, and takes the first pending fault if it applies.
     *
     * @param webhookId id of the subscription the events are published for
     * @param eventType type of every event
     * @param databaseReference database of every event
     * @param details the {@code event-details} of each new event, at least one
     * @return the batch and its fault
     */
    public synchronized Assembled assemble(String webhookId, WebhookEventType eventType, String databaseReference,
            List<? extends Map<String, ?>> details) {
        Instant timestamp = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<WebhookEvent> events = new ArrayList<>();
        for (Map<String, ?> eventDetails : details) {
            events.add(new WebhookEvent(UUID.randomUUID().toString(), webhookId, eventType, databaseReference,
                    timestamp, new LinkedHashMap<String, Object>(eventDetails)));
        }

        String stream = eventType.value() + " " + databaseReference;
        WebhookFault fault = takeFault(stream);
        WebhookEvent newest = events.get(events.size() - 1);
        if (fault == WebhookFault.DUPLICATE_EVENT) {
            events.add(lastEvents.get(stream));
        }
        lastEvents.put(stream, newest);

        WebhookBatch batch = encode(UUID.randomUUID().toString(), eventType, databaseReference, events);
        batches.add(batch);
        return new Assembled(batch, fault);
    }

    /**
     * Queues a fault for the next batch it applies to. Faults apply in the order they were queued.
     *
     * @param fault the fault
     */
    public synchronized void injectIntoNextBatch(WebhookFault fault) {
        pendingFaults.addLast(fault);
    }

    /**
     * Returns the batches built since start or the last {@link #reset()}.
     *
     * @return an immutable snapshot in build order
     */
    public synchronized List<WebhookBatch> batches() {
        return List.copyOf(batches);
    }

    /** Forgets the built batches, the pending faults and the events that {@code DUPLICATE_EVENT} repeats. */
    public synchronized void reset() {
        pendingFaults.clear();
        lastEvents.clear();
        batches.clear();
    }

    // A duplicate event needs an earlier event of the same stream, so that fault waits at the head until then.
    private WebhookFault takeFault(String stream) {
        WebhookFault next = pendingFaults.peekFirst();
        if (next == WebhookFault.DUPLICATE_EVENT && !lastEvents.containsKey(stream)) {
            return null;
        }
        return pendingFaults.pollFirst();
    }

    private static WebhookBatch encode(String notificationUuid, WebhookEventType eventType, String databaseReference,
            List<WebhookEvent> events) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("notification-uuid", notificationUuid);
        envelope.put("events", events.stream().map(BatchAssembler::eventJson).toList());
        try {
            byte[] body = JsonBodies.mapper().writeValueAsBytes(envelope);
            return new WebhookBatch(notificationUuid, eventType, databaseReference, events,
                    new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Webhook event details cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> eventJson(WebhookEvent event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event-uuid", event.eventUuid());
        json.put("webhook-id", event.webhookId());
        json.put("event-type", event.eventType().value());
        json.put("database-reference", event.databaseReference());
        json.put("timestamp", TIMESTAMP.format(event.timestamp()));
        json.put("event-details", event.details());
        return json;
    }
}
