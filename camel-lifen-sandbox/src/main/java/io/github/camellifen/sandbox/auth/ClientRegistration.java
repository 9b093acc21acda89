package io.github.camellifen.sandbox.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Set;

/**
 * A client that may request tokens: its credentials, the audiences it is enabled for and the database
 * references it may use.
 *
 * @param clientId OAuth client id
 * @param clientSecret OAuth client secret
 * @param audiences audiences the client is enabled for
 * @param databaseReferences database references the client may request tokens for
 */
public record ClientRegistration(String clientId, String clientSecret, Set<String> audiences,
        Set<String> databaseReferences) {

    /**
     * Creates a registration and copies the sets.
     */
    public ClientRegistration {
        requireText(clientId, "clientId");
        requireText(clientSecret, "clientSecret");
        audiences = Set.copyOf(Objects.requireNonNull(audiences, "audiences"));
        databaseReferences = Set.copyOf(Objects.requireNonNull(databaseReferences, "databaseReferences"));
    }

    /**
     * Compares a presented secret with this client's secret in time that does not depend on where they differ.
     *
     * @param presentedSecret secret from the token request
     * @return {@code true} if the secrets are equal
     */
    public boolean secretMatches(String presentedSecret) {
        byte[] expected = clientSecret.getBytes(StandardCharsets.UTF_8);
        byte[] presented = presentedSecret.getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, presented);
    }

    // Leaves the secret out, so that logging a registration cannot leak it.
    @Override
    public String toString() {
        return "ClientRegistration[clientId=" + clientId
                + ", audiences=" + audiences
                + ", databaseReferences=" + databaseReferences + "]";
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
