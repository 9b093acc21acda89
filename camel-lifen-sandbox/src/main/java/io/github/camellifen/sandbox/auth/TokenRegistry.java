package io.github.camellifen.sandbox.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registered clients and the access tokens issued to them.
 *
 * <p>Tokens are opaque random strings: 32 bytes from {@link SecureRandom}, base64url-encoded without padding.
 */
public final class TokenRegistry {

    private static final int TOKEN_BYTES = 32;
    private static final ClientRegistration UNKNOWN_CLIENT =
            new ClientRegistration("unknown-client", "unknown-client-secret", Set.of(), Set.of());

    private final Clock clock;
    private final Map<String, ClientRegistration> clients;
    private final Map<String, AccessGrant> grantsByToken = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private volatile Duration tokenLifetime;

    /**
     * Creates a registry.
     *
     * @param clock clock that dates issue and expiry
     * @param clients registered clients
     * @param tokenLifetime lifetime of the tokens issued from now on
     */
    public TokenRegistry(Clock clock, Collection<ClientRegistration> clients, Duration tokenLifetime) {
        this.clock = clock;
        this.clients = new ConcurrentHashMap<>();
        clients.forEach(client -> this.clients.put(client.clientId(), client));
        setTokenLifetime(tokenLifetime);
    }

    /**
     * Finds a client by id and checks its secret.
     *
     * @param clientId client id from the request
     * @param clientSecret client secret from the request
     * @return the client, or empty if the id is unknown or the secret does not match
     */
    public Optional<ClientRegistration> authenticate(String clientId, String clientSecret) {
        ClientRegistration client = clients.get(clientId);
        if (client == null) {
            // Compares anyway, so that an unknown id takes as long as a wrong secret.
            UNKNOWN_CLIENT.secretMatches(clientSecret);
            return Optional.empty();
        }
        if (!client.secretMatches(clientSecret)) {
            return Optional.empty();
        }
        return Optional.of(client);
    }

    /**
     * Issues a new access token.
     *
     * @param clientId client the token is for
     * @param audience audience the token is for
     * @param databaseReference database the token can see
     * @return the token value
     */
    public String issue(String clientId, String audience, String databaseReference) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

        AccessGrant grant = new AccessGrant(clientId, audience, databaseReference,
                clock.instant().plus(tokenLifetime));
        grantsByToken.put(token, grant);
        return token;
    }

    /**
     * Looks up the grant of an access token.
     *
     * @param token token from the Authorization header
     * @return the grant, or empty if the token is unknown, revoked or expired
     */
    public Optional<AccessGrant> find(String token) {
        AccessGrant grant = grantsByToken.get(token);
        if (grant == null) {
            return Optional.empty();
        }
        if (!grant.isValidAt(clock.instant())) {
            grantsByToken.remove(token, grant);
            return Optional.empty();
        }
        return Optional.of(grant);
    }

    /**
     * Replaces the secret of a registered client, as a secret rotation does. Tokens already issued stay valid.
     *
     * @param clientId id of a registered client
     * @param newSecret the secret that token requests must present from now on
     * @throws IllegalArgumentException if no client has this id
     */
    public void replaceSecret(String clientId, String newSecret) {
        ClientRegistration client = clients.get(clientId);
        if (client == null) {
            throw new IllegalArgumentException("Unknown client " + clientId + ": register it before rotating its secret");
        }
        clients.put(clientId, new ClientRegistration(clientId, newSecret, client.audiences(),
                client.databaseReferences()));
    }

    /** Revokes every token issued so far. */
    public void revokeAll() {
        grantsByToken.clear();
    }

    /**
     * Sets the lifetime of the tokens issued from now on. Tokens already issued keep their expiry.
     *
     * @param lifetime a positive duration of whole seconds or more
     */
    public void setTokenLifetime(Duration lifetime) {
        if (lifetime == null || lifetime.isNegative() || lifetime.toSeconds() < 1) {
            throw new IllegalArgumentException("Token lifetime must be at least one second, not " + lifetime);
        }
        this.tokenLifetime = lifetime;
    }

    public Duration tokenLifetime() {
        return tokenLifetime;
    }
}
