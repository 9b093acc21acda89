package io.github.camellifen.component;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import io.github.camellifen.component.http.ApiRequest;
import io.github.camellifen.component.http.ApiTransportException;
import io.github.camellifen.component.http.RetryAfter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule for whether, and after how long, a read or a search is sent again. Sendings are never retried: Lifen
 * may have received one before the failure, and it has no idempotency key, so a resend could deliver it twice.
 */
final class RetryPolicy {

    private static final Logger LOG = LoggerFactory.getLogger(RetryPolicy.class);

    private final int maxRetries;
    private final Duration initialDelay;
    private final Duration maxDelay;

    /**
     * @param maxRetries   how many times a read may be sent again after its first attempt; 0 turns retries off
     * @param initialDelay the wait before the first retry, doubled for each next one
     * @param maxDelay     the longest wait; a Retry-After beyond it ends the retries
     */
    RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay) {
        this.maxRetries = maxRetries;
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
    }

    /** Returns whether {@code request}, after failed attempt number {@code attempt}, may be sent again. */
    boolean mayRetry(ApiRequest request, int attempt, String retryAfter) {
        if (request.send() || attempt > maxRetries) {
            return false;
        }
        Duration requested = parseRetryAfter(retryAfter);
        return requested == null || requested.compareTo(maxDelay) <= 0;
    }

    /** Sleeps before the next attempt: Retry-After when the server gave one, else an exponential, jittered delay. */
    void pause(ApiRequest request, int attempt, String retryAfter, String reason) throws ApiTransportException {
        Duration requested = parseRetryAfter(retryAfter);
        Duration delay = requested != null ? requested : backoff(attempt);
        LOG.info("Lifen {} {} failed ({}); attempt {} of {} in {} ms", request.method(), request.uri(), reason,
                attempt + 1, maxRetries + 1, delay.toMillis());
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiTransportException("Interrupted while waiting to retry " + request.method() + " "
                    + request.uri(), e);
        }
    }

    private Duration backoff(int attempt) {
        long exponential = initialDelay.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(exponential, maxDelay.toMillis());
        // Random jitter over the upper half of the delay, so many waiting exchanges do not retry in step
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    private static Duration parseRetryAfter(String value) {
        return RetryAfter.parse(value, Clock.systemUTC());
    }
}
