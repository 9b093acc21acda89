package io.github.camellifen.component.auth;

/**
 * Token access for one set of credentials, as the producer uses it: a token that may be sent now, and a way to
 * report one the API rejected. How tokens are fetched, cached and refreshed stays behind this interface.
 */
public interface AccessTokenProvider {

    /**
     * Returns a token that is valid for at least the refresh margin, fetching one if needed.
     *
     * @throws LifenTokenException when the token endpoint fails or rejects the credentials
     */
    AccessToken getToken();

    /**
     * Drops {@code rejected} from the cache if it is still the cached token, so the next {@link #getToken} fetches
     * a new one. A token that another exchange already replaced is left alone.
     */
    void invalidate(AccessToken rejected);
}
