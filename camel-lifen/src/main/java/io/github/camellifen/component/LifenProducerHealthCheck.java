package io.github.camellifen.component;

import java.util.Map;

import io.github.camellifen.component.auth.AccessToken;
import io.github.camellifen.component.auth.ClientCredentials;
import io.github.camellifen.component.auth.LifenTokenException;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Reports a producer DOWN while no access token can be obtained for its credentials, with the token error as
 * message, and UP otherwise. It is a readiness check only. It reuses the cached token, and repeats a token failure younger than five seconds
 * instead of sending a new request, so health probes add at most one token request per credential set and round.
 * Its details name the credential set and the token's expiry, never the secret or the token.
 */
final class LifenProducerHealthCheck extends AbstractHealthCheck {

    private final LifenEndpoint endpoint;

    private LifenProducerHealthCheck(LifenEndpoint endpoint) {
        super("camel", "producer:lifen-" + endpoint.getId());
        this.endpoint = endpoint;
    }

    /** Returns a check for the endpoint's producer. Call it only when camel-health is on the class path. */
    static HealthCheck create(LifenEndpoint endpoint) {
        return new LifenProducerHealthCheck(endpoint);
    }

    // Restarting the application fixes no token error, so this check leaves liveness alone
    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        ClientCredentials credentials = endpoint.credentials();
        builder.detail("token.url", credentials.tokenUrl().toString());
        builder.detail("client.id", credentials.clientId());
        builder.detail("audience", credentials.audience());
        builder.detail("database.reference", credentials.databaseReference());

        try {
            AccessToken token = endpoint.tokenProvider().checkToken();
            builder.detail("token.expires", token.expiresAt().toString());
            builder.up();
        } catch (LifenTokenException e) {
            builder.message(e.getMessage());
            builder.error(e);
            if (e.getStatusCode() > 0) {
                builder.detail(HealthCheck.HTTP_RESPONSE_CODE, e.getStatusCode());
            }
            builder.down();
        } catch (RuntimeException e) {
            // Not a token error, whose message could quote anything: name its type only
            builder.message("No Lifen access token: " + e.getClass().getName());
            builder.down();
        }
    }
}
