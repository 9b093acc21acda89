package io.github.camellifen.sandbox;

import io.github.camellifen.sandbox.http.FaultKind;
import io.github.camellifen.sandbox.http.RandomFaults;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Random faults on FHIR requests (never on the token endpoints), drawn per request from a seeded generator.
 *
 * <p>Each request to {@code /fhir/*} that passes the bearer token check and the rate limit draws at most one
 * exclusive fault: 401, 429, 500, or an aborted connection before or after processing. Independently, it may be
 * slow: it waits the configured delay first, then gets its exclusive fault or normal processing. Each sandbox
 * starts its own generator from the seed, so a sandbox that receives the same requests in the same order
 * injects the same faults. {@link LifenSandbox#faultCount(String)} counts what was injected.
 *
 * <p>Instances are immutable; build them with {@link #builder()} and pass them to
 * {@link LifenSandbox.Builder#faultInjection(FaultInjection)}.
 */
public final class FaultInjection {

    // Below this excess, a sum over 1 is a rounding error of the double additions, as in 0.1 + 0.2 + 0.7.
    private static final double SUM_TOLERANCE = 1e-9;

    private final Map<FaultKind, Double> exclusiveProbabilities;
    private final double slowProbability;
    private final Duration slowDelay;
    private final long seed;

    private FaultInjection(Builder builder) {
        this.exclusiveProbabilities = new EnumMap<>(builder.exclusiveProbabilities);
        this.slowProbability = builder.slowProbability;
        this.slowDelay = builder.slowDelay;
        this.seed = builder.seed;
    }

    /**
     * Returns a builder with every probability at 0 and seed 1.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts a generator for one sandbox. */
    RandomFaults newRandomFaults() {
        return new RandomFaults(exclusiveProbabilities, slowProbability, slowDelay, seed);
    }

    /**
     * Settings of a {@link FaultInjection}. Every probability is 0 until set, and setting one again replaces it.
     */
    public static final class Builder {

        private final Map<FaultKind, Double> exclusiveProbabilities = new EnumMap<>(FaultKind.class);
        private double slowProbability;
        private Duration slowDelay = Duration.ZERO;
        private long seed = 1;

        private Builder() {
        }

        /**
         * Sets the probability of a 401 with Lifen's {@code Invalid access token} OperationOutcome, sent before
         * the request is processed.
         *
         * @param probability from 0 to 1
         * @return this builder
         */
        public Builder unauthorized(double probability) {
            return exclusive(FaultKind.UNAUTHORIZED, probability);
        }

        /**
         * Sets the probability of a 429 with {@code Retry-After: 1}, sent before the request is processed.
         *
         * @param probability from 0 to 1
         * @return this builder
         */
        public Builder tooManyRequests(double probability) {
            return exclusive(FaultKind.TOO_MANY_REQUESTS, probability);
        }

        /**
         * Sets the probability of a 500 with an OperationOutcome, sent before the request is processed.
         *
         * @param probability from 0 to 1
         * @return this builder
         */
        public Builder serverError(double probability) {
            return exclusive(FaultKind.SERVER_ERROR, probability);
        }

        /**
         * Sets the probability that a request waits before it is processed. It is drawn independently of the
         * other faults, so a slow request may also get one of them after the wait.
         *
         * @param probability from 0 to 1
         * @param delay wait before processing, zero or positive
         * @return this builder
         */
        public Builder slow(double probability, Duration delay) {
            // NOTE: delays over Jetty's idle timeout of 30 seconds are untested, and Jetty may close the connection.
            checkProbability(FaultKind.SLOW, probability);
            if (delay == null || delay.isNegative()) {
                throw new IllegalArgumentException("Slow delay must be zero or positive, not " + delay);
            }
            this.slowProbability = probability;
            this.slowDelay = delay;
            return this;
        }

        /**
         * Sets the probability that the connection is aborted without any reply, before the request is
         * processed. The client sees a connection reset or an incomplete response.
         *
         * @param probability from 0 to 1
         * @return this builder
         */
        public Builder resetBeforeProcessing(double probability) {
            return exclusive(FaultKind.RESET_BEFORE, probability);
        }

        /**
         * Sets the probability that the request is processed (a sent document is stored, for example), then the
         * connection is aborted without any reply. The client sees a connection reset or an incomplete response.
         *
         * @param probability from 0 to 1
         * @return this builder
         */
        public Builder resetAfterProcessing(double probability) {
            return exclusive(FaultKind.RESET_AFTER, probability);
        }

        /**
         * Sets the seed of the generator that draws the faults.
         *
         * @param seed 1 by default
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Builds the fault injection.
         *
         * @return the immutable settings
         * @throws IllegalArgumentException if the probabilities of all kinds but slow add up to more than 1
         */
        public FaultInjection build() {
            double sum = exclusiveProbabilities.values().stream().mapToDouble(Double::doubleValue).sum();
            if (sum > 1 + SUM_TOLERANCE) {
                throw new IllegalArgumentException("Fault probabilities other than slow must add up to at most 1, not "
                        + sum + " (" + describe(exclusiveProbabilities) + ")");
            }
            return new FaultInjection(this);
        }

        private Builder exclusive(FaultKind kind, double probability) {
            checkProbability(kind, probability);
            exclusiveProbabilities.put(kind, probability);
            return this;
        }

        private static void checkProbability(FaultKind kind, double probability) {
            if (!(probability >= 0 && probability <= 1)) {
                throw new IllegalArgumentException("Probability of fault " + kind.label()
                        + " must be between 0 and 1, not " + probability);
            }
        }

        private static String describe(Map<FaultKind, Double> probabilities) {
            return probabilities.entrySet().stream()
                    .map(entry -> entry.getKey().label() + " " + entry.getValue())
                    .collect(Collectors.joining(", "));
        }
    }

    @Override
    public String toString() {
        String exclusive = exclusiveProbabilities.isEmpty() ? "" : Builder.describe(exclusiveProbabilities) + ", ";
        return "FaultInjection[" + exclusive + "slow " + slowProbability + " after " + slowDelay + ", seed " + seed
                + "]";
    }
}
