package io.github.camellifen.sandbox.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sliding-window rate limiter: at most {@code limitPerSecond} accepted requests per client id within any second.
 *
 * <p>The window follows the sandbox clock, so tests with a fixed clock see every request in the same instant.
 * Rejected requests do not count against the limit.
 */
public final class RateLimiter {

    private static final Duration WINDOW = Duration.ofSeconds(1);

    private final Clock clock;
    private final int limitPerSecond;
    private final Map<String, Deque<Instant>> acceptedByClient = new ConcurrentHashMap<>();

    /**
     * Creates a rate limiter.
     *
     * @param clock clock that dates each request
     * @param limitPerSecond maximum requests per second and client id, 0 to accept every request
     */
    public RateLimiter(Clock clock, int limitPerSecond) {
        if (limitPerSecond < 0) {
            throw new IllegalArgumentException("Rate limit must be 0 (off) or positive, not " + limitPerSecond);
        }
        this.clock = clock;
        this.limitPerSecond = limitPerSecond;
    }

    /**
     * Records a request for the client and tells whether it is within the limit.
     *
     * @param clientId client id the request belongs to
     * @return {@code true} if the request is accepted, {@code false} if the client is over the limit
     */
    public boolean tryAcquire(String clientId) {
        if (limitPerSecond == 0) {
            return true;
        }

        Instant now = clock.instant();
        Instant windowStart = now.minus(WINDOW);
        Deque<Instant> accepted = acceptedByClient.computeIfAbsent(clientId, id -> new ArrayDeque<>());

        synchronized (accepted) {
            while (!accepted.isEmpty() && !accepted.peekFirst().isAfter(windowStart)) {
                accepted.pollFirst();
            }
            if (accepted.size() >= limitPerSecond) {
                return false;
            }
            accepted.addLast(now);
            return true;
        }
    }

    /**
     * Returns the configured limit.
     *
     * @return maximum requests per second and client id, 0 when off
     */
    public int limitPerSecond() {
        return limitPerSecond;
    }

    /**
     * Forgets every past request.
     */
    public void reset() {
        acceptedByClient.clear();
    }
}
