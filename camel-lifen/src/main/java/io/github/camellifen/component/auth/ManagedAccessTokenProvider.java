package io.github.camellifen.component.auth;

import java.util.Objects;

/**
 * Binds one endpoint's credentials, refresh policy and token client to its component's {@link TokenManager}. The
 * credentials can be replaced while exchanges run, after a client secret rotation.
 */
public final class ManagedAccessTokenProvider implements AccessTokenProvider {

    private final TokenManager manager;
    private final TokenRefreshPolicy policy;
    private final TokenClient client;
    private volatile ClientCredentials credentials;

    public ManagedAccessTokenProvider(TokenManager manager, ClientCredentials credentials, TokenRefreshPolicy policy,
                                      TokenClient client) {
        this.manager = Objects.requireNonNull(manager, "manager must not be null");
        this.credentials = Objects.requireNonNull(credentials, "credentials must not be null");
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
        this.client = Objects.requireNonNull(client, "client must not be null");
    }

    @Override
    public AccessToken getToken() {
        return manager.getToken(credentials, policy, client);
    }

    @Override
    public void invalidate(AccessToken rejected) {
        manager.invalidate(credentials, rejected);
    }

    /** Returns a token for a health check, without a token request while one is cached or just failed. */
    public AccessToken checkToken() {
        return manager.checkToken(credentials, policy, client);
    }

    /** Sends the next token requests with {@code replacement}. Exchanges already waiting keep their request. */
    public void useCredentials(ClientCredentials replacement) {
        this.credentials = Objects.requireNonNull(replacement, "replacement must not be null");
    }

    public ClientCredentials credentials() {
        return credentials;
    }

    @Override
    public String toString() {
        return "ManagedAccessTokenProvider[" + credentials.key() + "]";
    }
}
