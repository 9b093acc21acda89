package io.github.camellifen.sandbox.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Delivery settings of webhook batches: the waits between attempts, the reply timeout of each attempt, and the
 * cap on a 429's {@code Retry-After}.
 *
 * @param retrySchedule wait before each retry after a failed attempt. Its size is the number of retries, so an
 *        empty schedule means no retry.
 * @param replyTimeout time an attempt waits to connect and for the reply's status line and headers
 * @param maxRetryAfter largest wait taken from a 429's {@code Retry-After}; longer values are lowered to it
 */
public record DeliverySettings(List<Duration> retrySchedule, Duration replyTimeout, Duration maxRetryAfter) {

    /**
     * Five retries over 3.85 seconds: 100 ms, 250 ms, 500 ms, 1 s and 2 s after each failed attempt. Lifen's own
     * schedule is 5 retries over 15 minutes, then 3 more over 3 hours starting one hour later.
     */
    public static final List<Duration> DEFAULT_RETRY_SCHEDULE = List.of(Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));

    /** 10 seconds, the reply time Lifen expects of a callback (Lifen's own timeout is 30 seconds). */
    public static final Duration DEFAULT_REPLY_TIMEOUT = Duration.ofSeconds(10);

    /** 5 seconds, so that a test callback replying 429 with a long {@code Retry-After} does not stall a test. */
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(5);

    /** The defaults above. */
    public static final DeliverySettings DEFAULTS =
            new DeliverySettings(DEFAULT_RETRY_SCHEDULE, DEFAULT_REPLY_TIMEOUT, DEFAULT_MAX_RETRY_AFTER);

    /**
     * Checks the settings and copies the schedule.
     *
     * @throws IllegalArgumentException for a null or negative wait, or a reply timeout under one millisecond
     */
    public DeliverySettings {
        Objects.requireNonNull(retrySchedule, "retrySchedule");
        if (retrySchedule.stream().anyMatch(wait -> wait == null || wait.isNegative())) {
            throw new IllegalArgumentException("Webhook retry schedule must contain zero or positive waits only, not "
                    + retrySchedule);
        }
        retrySchedule = List.copyOf(retrySchedule);
        if (replyTimeout == null || replyTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("Webhook reply timeout must be at least one millisecond, not "
                    + replyTimeout);
        }
        if (maxRetryAfter == null || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("Webhook Retry-After cap must be zero or positive, not "
                    + maxRetryAfter);
        }
    }

    /**
     * Returns these settings with another retry schedule.
     *
     * @param schedule the waits before each retry
     * @return new settings
     */
    public DeliverySettings withRetrySchedule(List<Duration> schedule) {
        return new DeliverySettings(schedule, replyTimeout, maxRetryAfter);
    }

    /**
     * Returns these settings with another reply timeout.
     *
     * @param timeout at least one millisecond
     * @return new settings
     */
    public DeliverySettings withReplyTimeout(Duration timeout) {
        return new DeliverySettings(retrySchedule, timeout, maxRetryAfter);
    }

    /**
     * Returns these settings with another cap on {@code Retry-After}.
     *
     * @param cap zero or positive
     * @return new settings
     */
    public DeliverySettings withMaxRetryAfter(Duration cap) {
        return new DeliverySettings(retrySchedule, replyTimeout, cap);
    }

    /**
     * Returns the wait before the retry that follows a failed attempt.
     *
     * @param attempt number of the failed attempt, from 1
     * @param status HTTP status of its reply, 0 if none came
     * @param retryAfter the reply's {@code Retry-After} header, or {@code null}
     * @return the wait, or {@code null} when the schedule has no retry left
     */
    Duration retryDelay(int attempt, int status, String retryAfter) {
        if (attempt > retrySchedule.size()) {
            return null;
        }
        // NOTE: Lifen does not say whether a 429 uses up a retry. Here it does, so a callback that always replies 429
        // still ends in a suspension.
        Duration scheduled = retrySchedule.get(attempt - 1);
        if (status != 429 || retryAfter == null) {
            return scheduled;
        }
        try {
            long seconds = Long.parseLong(retryAfter.trim());
            return seconds < 0 ? scheduled : min(Duration.ofSeconds(seconds), maxRetryAfter);
        } catch (NumberFormatException e) {
            // Lifen documents Retry-After in seconds, so an HTTP date or any other value falls back to the schedule.
            return scheduled;
        }
    }

    private static Duration min(Duration first, Duration second) {
        return first.compareTo(second) <= 0 ? first : second;
    }
}
