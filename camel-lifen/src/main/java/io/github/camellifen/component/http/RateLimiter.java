package io.github.camellifen.component.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * Keeps requests under a limit per second by waiting, so a burst queues here instead of drawing 429 replies. A
 * request counts from its start until one second after its reply: the server saw it somewhere in between, so no
 * window of one second on the server can hold more than {@code limit} of them, whatever the network delay.
 */
public final class RateLimiter {

    /** One request's place in the window; closing it when the reply arrives starts its last second. */
    public final class Permit implements AutoCloseable {

        private final boolean counted;
        private long time = System.nanoTime();
        private boolean done;

        private Permit(boolean counted) {
            this.counted = counted;
        }

        @Override
        public void close() {
            if (!counted) {
                return;
            }
            synchronized (RateLimiter.this) {
                time = System.nanoTime();
                done = true;
                RateLimiter.this.notifyAll();
            }
        }
    }

    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final int limit;
    private final Deque<Permit> permits = new ArrayDeque<>();
    // Handed out when limiting is off, so that requests then share no lock
    private final Permit uncounted = new Permit(false);

    /** @param limit requests per second; 0 turns limiting off */
    public RateLimiter(int limit) {
        this.limit = limit;
    }

    /** Waits until one more request may start within the limit; close the permit when its reply has arrived. */
    public Permit acquire() throws InterruptedException {
        return limit <= 0 ? uncounted : acquireCounted();
    }

    private synchronized Permit acquireCounted() throws InterruptedException {
        Permit permit = new Permit(true);
        while (true) {
            long now = System.nanoTime();
            permits.removeIf(held -> held.done && now - held.time >= WINDOW_NANOS);
            if (permits.size() < limit) {
                permit.time = now;
                permits.addLast(permit);
                return permit;
            }
            TimeUnit.NANOSECONDS.timedWait(this, untilFirstExpiry(now));
        }
    }

    public int limit() {
        return limit;
    }

    private long untilFirstExpiry(long now) {
        long earliest = Long.MAX_VALUE;
        for (Permit held : permits) {
            if (held.done) {
                earliest = Math.min(earliest, held.time + WINDOW_NANOS - now);
            }
        }
        // With every permit still in flight, a reply wakes this thread through notifyAll
        return earliest == Long.MAX_VALUE ? WINDOW_NANOS : Math.max(earliest, 1);
    }
}
