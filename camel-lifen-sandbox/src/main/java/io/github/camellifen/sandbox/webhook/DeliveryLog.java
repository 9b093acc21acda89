package io.github.camellifen.sandbox.webhook;

import io.github.camellifen.sandbox.WebhookAttempt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The recorded attempts and the number of deliveries still running.
 *
 * <p>Each delivery belongs to the generation in which it began. {@link #reset()} starts a new generation, so
 * that deliveries of an earlier one stop at their next step and leave neither attempts nor counts behind.
 */
final class DeliveryLog {

    private final List<WebhookAttempt> attempts = new ArrayList<>();
    private long generation;
    private int pending;

    /**
     * Counts a new delivery.
     *
     * @return the generation the delivery belongs to
     */
    synchronized long begin() {
        pending++;
        return generation;
    }

    /**
     * Counts a delivery that follows one of this generation, such as the repeat of a duplicated batch.
     *
     * @return false if the generation is over, in which case nothing is counted
     */
    synchronized boolean beginAnother(long deliveryGeneration) {
        if (deliveryGeneration != generation) {
            return false;
        }
        pending++;
        return true;
    }

    synchronized boolean isCurrent(long deliveryGeneration) {
        return deliveryGeneration == generation;
    }

    /** Records an attempt, unless its generation is over. */
    synchronized void record(long deliveryGeneration, WebhookAttempt attempt) {
        if (deliveryGeneration == generation) {
            attempts.add(attempt);
        }
    }

    /** Counts a delivery as ended, unless its generation is over. */
    synchronized void end(long deliveryGeneration) {
        if (deliveryGeneration == generation) {
            pending--;
            notifyAll();
        }
    }

    synchronized List<WebhookAttempt> attempts() {
        return List.copyOf(attempts);
    }

    /**
     * Waits until no delivery is running.
     *
     * @param timeout longest wait
     * @return true if none is running, false if the timeout passed first
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /** Forgets the attempts and the running deliveries, which stop at their next step. */
    synchronized void reset() {
        generation++;
        pending = 0;
        attempts.clear();
        notifyAll();
    }
}
