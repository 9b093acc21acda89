package io.github.camellifen.sandbox.http;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Draws the faults of each request from a generator seeded once, so that the same sequence of requests gets the
 * same faults. It is thread-safe, and concurrent requests take their draws in arrival order.
 */
public final class RandomFaults {

    private final Map<FaultKind, Double> exclusiveProbabilities;
    private final double slowProbability;
    private final Duration slowDelay;
    private final Random random;

    /**
     * The faults drawn for one request.
     *
     * @param slow whether to wait {@link #slowDelay()} before anything else
     * @param exclusive the fault to inject after the wait, or {@code null} to process the request normally
     */
    public record Draw(boolean slow, FaultKind exclusive) {
    }

    /**
     * Creates the generator. The caller has checked the probabilities.
     *
     * @param exclusiveProbabilities probability of each kind but {@link FaultKind#SLOW}, adding up to at most 1.
     *        Missing kinds have probability 0
     * @param slowProbability probability of {@link FaultKind#SLOW}, drawn independently of the others
     * @param slowDelay wait of a slow request
     * @param seed seed of the generator
     */
    public RandomFaults(Map<FaultKind, Double> exclusiveProbabilities, double slowProbability, Duration slowDelay,
            long seed) {
        this.exclusiveProbabilities = new EnumMap<>(FaultKind.class);
        this.exclusiveProbabilities.putAll(exclusiveProbabilities);
        this.exclusiveProbabilities.remove(FaultKind.SLOW);
        this.slowProbability = slowProbability;
        this.slowDelay = Objects.requireNonNull(slowDelay, "slowDelay");
        this.random = new Random(seed);
    }

    /**
     * Returns the wait of a slow request.
     *
     * @return the delay
     */
    public Duration slowDelay() {
        return slowDelay;
    }

    /**
     * Draws the faults of the next request. Every call takes two numbers from the generator, whatever the
     * outcome, so that the sequence depends only on the number of requests.
     *
     * @return the faults to inject
     */
    public synchronized Draw next() {
        boolean slow = random.nextDouble() < slowProbability;
        double value = random.nextDouble();
        double cumulative = 0;
        for (Map.Entry<FaultKind, Double> entry : exclusiveProbabilities.entrySet()) {
            cumulative += entry.getValue();
            if (value < cumulative) {
                return new Draw(slow, entry.getKey());
            }
        }
        return new Draw(slow, null);
    }
}
