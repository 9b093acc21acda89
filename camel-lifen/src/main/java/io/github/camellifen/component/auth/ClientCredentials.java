package io.github.camellifen.component.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Everything a token request sends, for one healthcare organisation. Its {@code toString} masks the secret.
 */
public final class ClientCredentials {

    private final URI tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final String audience;
    private final String databaseReference;
    private final TokenRequestFormat format;
    private final TokenKey key;

    public ClientCredentials(URI tokenUrl, String clientId, String clientSecret, String audience,
                             String databaseReference, TokenRequestFormat format) {
        this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.databaseReference = Objects.requireNonNull(databaseReference, "databaseReference");
        this.format = Objects.requireNonNull(format, "format");
        this.key = new TokenKey(tokenUrl.toString(), clientId, sha256(clientSecret), audience, databaseReference);
    }

    public URI tokenUrl() {
        return tokenUrl;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public String audience() {
        return audience;
    }

    public String databaseReference() {
        return databaseReference;
    }

    public TokenRequestFormat format() {
        return format;
    }

    /** Returns the cache key: every field that shapes the token, with the secret only as a hash. */
    public TokenKey key() {
        return key;
    }

    @Override
    public String toString() {
        return "ClientCredentials[tokenUrl=" + tokenUrl + ", clientId=" + clientId + ", clientSecret=xxxxxx, audience="
                + audience + ", databaseReference=" + databaseReference + "]";
    }

    private static String sha256(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // Every Java runtime must provide SHA-256 (java.security.MessageDigest contract)
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }
}
