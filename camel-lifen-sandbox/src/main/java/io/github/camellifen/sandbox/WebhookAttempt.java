package io.github.camellifen.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One HTTP POST of a webhook batch to the callback URL, recorded when it ended.
 *
 * @param notificationUuid {@code notification-uuid} of the batch
 * @param eventUuids {@code event-uuid} of each event in the batch
 * @param eventType event type of the batch
 * @param attempt 1 for the first attempt of a delivery, 2 for its first retry, and so on; the repeated delivery
 *        of {@link WebhookFault#DUPLICATE_BATCH} counts from 1 again
 * @param fault the fault this attempt carried, or {@code null}: {@link WebhookFault#WRONG_SIGNATURE} and
 *        {@link WebhookFault#MISSING_SIGNATURE} on the first attempt of their batch only,
 *        {@link WebhookFault#DUPLICATE_BATCH} on every attempt of the repeated delivery, and
 *        {@link WebhookFault#DUPLICATE_EVENT} on every attempt of the batch that carries the repeated event
 * @param status HTTP status of the reply, or 0 when no reply came (see {@link #failure()})
 * @param failure why no reply came (timeout, refused or reset connection), or {@code null} when one came
 * @param sentAt when the request was sent, by the system clock rather than the sandbox clock, because retries
 *        wait in real time
 * @param retryDelay wait before the next attempt, decided when this attempt ended, or {@code null} when none
 *        follows: after a 2xx reply, or when the retry schedule is used up. A retry that a suspension or
 *        {@link LifenSandbox#reset()} cancels keeps its delay here.
 */
public record WebhookAttempt(String notificationUuid, List<String> eventUuids, WebhookEventType eventType,
        int attempt, WebhookFault fault, int status, String failure, Instant sentAt, Duration retryDelay) {

    /**
     * Copies the event ids.
     */
    public WebhookAttempt {
        eventUuids = List.copyOf(eventUuids);
    }

    /**
     * Tells whether the callback replied with a 2xx status, which ends the delivery.
     *
     * @return true for a status from 200 to 299
     */
    public boolean succeeded() {
        return status >= 200 && status <= 299;
    }
}
