package io.github.camellifen.component.auth;

import java.util.Objects;

/** Binds one endpoint's credentials, refresh policy and token client to its component's {@link TokenManager}. */
public final class ManagedAccessTokenProvider implements AccessTokenProvider {

    private final TokenManager manager;
    private final ClientCredentials credentials;
    private final TokenRefreshPolicy policy;
    private final TokenClient client;

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

    public ClientCredentials credentials() {
        return credentials;
    }

    @Override
    public String toString() {
        return "ManagedAccessTokenProvider[" + credentials.key() + "]";
    }
}
