package io.github.camellifen.component.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * An OAuth2 access token issued by Lifen's token endpoint. Its {@code toString} never shows the token value.
 */
public final class AccessToken {

    private final String value;
    private final String tokenType;
    private final String scope;
    private final Instant issuedAt;
    private final Instant expiresAt;

    public AccessToken(String value, String tokenType, String scope, Instant issuedAt, Instant expiresAt) {
        this.value = Objects.requireNonNull(value, "value");
        this.tokenType = tokenType == null ? "Bearer" : tokenType;
        this.scope = scope;
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Returns the raw token, for the {@code Authorization} header only. */
    public String value() {
        return value;
    }

    public String tokenType() {
        return tokenType;
    }

    /** Returns the scopes the token endpoint granted, space separated, or null when the reply had none. */
    public String scope() {
        return scope;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** Returns the header value, such as {@code Bearer eyJ...}; Lifen issues bearer tokens only. */
    public String authorizationHeader() {
        return "Bearer " + value;
    }

    @Override
    public String toString() {
        return "AccessToken[value=xxxxxx, expiresAt=" + expiresAt + ", scope=" + scope + "]";
    }
}
