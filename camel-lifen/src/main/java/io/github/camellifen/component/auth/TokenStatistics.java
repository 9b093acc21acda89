package io.github.camellifen.component.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Token request counts and the last failure of one credential set, for health checks and management views.
 * The failure message is stored with the client secret masked, in case an error ever quoted it.
 */
public final class TokenStatistics {

    /** The last failed token request: when it ended, its message, and the exception for health checks. */
    public record Failure(Instant at, String message, RuntimeException exception) {
    }

    private static final String MASK = "xxxxxx";

    private final AtomicLong fetched = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile Instant lastSuccessAt;
    private volatile Failure lastFailure;

    void recordSuccess(Instant at) {
        fetched.incrementAndGet();
        lastSuccessAt = at;
    }

    void recordFailure(Instant at, RuntimeException failure, String clientSecret) {
        failed.incrementAndGet();
        lastFailure = new Failure(at, mask(String.valueOf(failure.getMessage()), clientSecret), failure);
    }

    /** Returns how many token requests returned a token. */
    public long fetchedCount() {
        return fetched.get();
    }

    /** Returns how many token requests failed, whatever the reason. */
    public long failedCount() {
        return failed.get();
    }

    /** Returns the last failure, or null when no request failed. It stays after later successes. */
    public Failure lastFailure() {
        return lastFailure;
    }

    /** Returns the last failure if no token request succeeded after it, else null. */
    public Failure currentFailure() {
        Failure failure = lastFailure;
        Instant success = lastSuccessAt;
        if (failure == null || success != null && !success.isBefore(failure.at())) {
            return null;
        }
        return failure;
    }

    private static String mask(String message, String secret) {
        if (secret.isEmpty()) {
            return message;
        }
        String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return message.replace(secret, MASK).replace(encoded, MASK);
    }
}
