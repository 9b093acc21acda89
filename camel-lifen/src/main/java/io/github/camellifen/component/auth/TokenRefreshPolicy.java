package io.github.camellifen.component.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Decides whether a cached token may still be sent. A token is usable until {@code margin} before its expiry, so
 * clock skew and transit time do not make Lifen receive an expired token. The margin is capped at half the token's
 * lifetime, so a token shorter than twice the margin is still used. In the {@code ahead} window before that point
 * the token is still sent, but a background refresh starts so that no exchange waits once the cache is warm.
 */
public final class TokenRefreshPolicy {

    /** The action for a cached token. */
    public enum Decision {
        /** Send it. */
        USE,
        /** Send it, and start a background refresh. */
        USE_AND_REFRESH,
        /** Do not send it: wait for a new token. */
        FETCH
    }

    private final Clock clock;
    private final Duration margin;
    private final Duration ahead;

    public TokenRefreshPolicy(Clock clock, Duration margin, Duration ahead) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.margin = requireNotNegative(margin, "margin");
        this.ahead = requireNotNegative(ahead, "ahead");
    }

    public Decision decide(AccessToken token) {
        if (token == null) {
            return Decision.FETCH;
        }

        Instant now = clock.instant();
        Duration lifetime = Duration.between(token.issuedAt(), token.expiresAt());
        Instant mustRefreshAt = token.expiresAt().minus(min(margin, lifetime.dividedBy(2)));
        if (!now.isBefore(mustRefreshAt)) {
            return Decision.FETCH;
        }

        // A short-lived token refreshes ahead for at most half its usable life, or it would refresh constantly
        Duration usableLife = Duration.between(token.issuedAt(), mustRefreshAt);
        Duration window = min(ahead, usableLife.dividedBy(2));
        if (!now.isBefore(mustRefreshAt.minus(window)) && !window.isZero()) {
            return Decision.USE_AND_REFRESH;
        }
        return Decision.USE;
    }

    public Clock clock() {
        return clock;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration requireNotNegative(Duration value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        return value;
    }
}
