package io.github.camellifen.component;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camellifen.component.auth.AccessToken;
import io.github.camellifen.component.auth.LifenTokenException;
import io.github.camellifen.sandbox.LifenSandbox;
import io.github.camellifen.sandbox.SandboxSeedData;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.ContextReloadStrategy;
import org.apache.camel.spi.PropertiesFunction;
import org.apache.camel.support.DefaultContextReloadStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client secret rotated on the sandbox and on the component side: the next exchange requests a token with the new
 * secret and succeeds, and no token obtained with the old secret is sent after the rotation. The sandbox revokes
 * every earlier token at rotation, so sending one would show as a 401 in its counts.
 */
class SecretRotationTest {

    private static final String CLIENT = "rotating-client";
    private static final String OLD_SECRET = "SECRET-before-rotation-4b2d";
    private static final String NEW_SECRET = "SECRET-after-rotation-e81c";
    private static final String PATIENT_PATH = "/fhir/v3/Patient/" + SandboxSeedData.PATIENT_MICHUE_ID;

    /** A stand-in for a vault such as {@code aws:}: a properties function whose values the test changes. */
    private final Map<String, String> vault = new ConcurrentHashMap<>(Map.of("lifen-secret", OLD_SECRET));
    private LifenSandbox sandbox;
    private CamelContext camel;
    private LifenComponent component;

    @BeforeEach
    void startSandbox() {
        sandbox = LifenSandbox.builder().rateLimitPerSecond(0)
                .client(CLIENT, OLD_SECRET, Set.of(LifenSandbox.DEFAULT_AUDIENCE),
                        Set.of(LifenSandbox.DEFAULT_DATABASE_REFERENCE))
                .start();
    }

    @AfterEach
    void stopAll() {
        camel.stop();
        sandbox.close();
    }

    private void startCamel(String endpointUri) throws Exception {
        component = new LifenComponent();
        LifenConfiguration config = component.getConfiguration();
        config.setApiBaseUrl(sandbox.fhirV3Url());
        config.setTokenUrl(sandbox.tokenUrlV3());
        config.setAudience(LifenSandbox.DEFAULT_AUDIENCE);
        config.setClientId(CLIENT);
        config.setClientSecret(OLD_SECRET);
        config.setDatabaseReference(LifenSandbox.DEFAULT_DATABASE_REFERENCE);
        config.setMaxRetries(0);

        camel = new DefaultCamelContext();
        camel.getPropertiesComponent().addPropertiesFunction(new VaultFunction());
        camel.addService(new DefaultContextReloadStrategy());
        camel.addComponent("lifen", component);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:read").routeId("read").to(endpointUri);
            }
        });
        camel.start();
    }

    private Exchange read() {
        return camel.createProducerTemplate().send("direct:read", exchange -> { });
    }

    private AccessToken cachedToken() {
        LifenEndpoint endpoint = camel.getEndpoints().stream()
                .filter(LifenEndpoint.class::isInstance).map(LifenEndpoint.class::cast)
                .findFirst().orElseThrow();
        return component.getTokenManager().store().get(endpoint.credentials().key());
    }

    /** Rotates the secret on the sandbox: the old secret stops working and tokens issued with it are revoked. */
    private void rotateOnSandbox() {
        sandbox.rotateClientSecret(CLIENT, NEW_SECRET);
        sandbox.revokeAllTokens();
        sandbox.reset();
    }

    private void assertNoOldTokenSent(String oldToken) {
        assertThat(sandbox.requestCount(PATIENT_PATH, 401)).as("requests with a revoked token").isZero();
        assertThat(sandbox.requestCount(PATIENT_PATH, 200)).isEqualTo(1);
        assertThat(sandbox.tokenRequestCount()).as("one token request, with the new secret").isEqualTo(1);
        assertThat(sandbox.successfulTokenRequestCount()).isEqualTo(1);
        assertThat(cachedToken().value()).isNotEqualTo(oldToken);
        assertThat(component.getTokenManager().store().size()).as("the old token was dropped").isEqualTo(1);
    }

    @Test
    void componentSecretRotation() throws Exception {
        startCamel("lifen:read/Patient?resourceId=" + SandboxSeedData.PATIENT_MICHUE_ID);
        assertThat(read().getException()).isNull();
        String oldToken = cachedToken().value();

        rotateOnSandbox();
        // What an application does once its vault changed the secret: set it on the component, then call back
        component.getConfiguration().setClientSecret(NEW_SECRET);
        component.onSecretRotation("test vault");

        Exchange exchange = read();
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).contains("MICHUE");
        assertNoOldTokenSent(oldToken);
    }

    @Test
    void contextReloadRotatesUriSecret() throws Exception {
        startCamel("lifen:read/Patient?resourceId=" + SandboxSeedData.PATIENT_MICHUE_ID
                + "&clientSecret=RAW({{vault:lifen-secret}})");
        assertThat(read().getException()).isNull();
        String oldToken = cachedToken().value();

        rotateOnSandbox();
        vault.put("lifen-secret", NEW_SECRET);
        // What a vault's refresh task triggers on Camel 4.18: reload the properties and restart the routes
        camel.hasService(ContextReloadStrategy.class).onReload("test vault");

        Exchange exchange = read();
        assertThat(exchange.getException()).isNull();
        assertNoOldTokenSent(oldToken);
    }

    @Test
    void unchangedSecretKeepsToken() throws Exception {
        startCamel("lifen:read/Patient?resourceId=" + SandboxSeedData.PATIENT_MICHUE_ID);
        assertThat(read().getException()).isNull();
        String token = cachedToken().value();

        component.onSecretRotation("test vault");

        assertThat(read().getException()).isNull();
        assertThat(cachedToken().value()).isEqualTo(token);
        assertThat(sandbox.tokenRequestCount()).as("nothing changed, so no new token").isEqualTo(1);
    }

    @Test
    void withoutComponentRotationOldSecretFails() throws Exception {
        startCamel("lifen:read/Patient?resourceId=" + SandboxSeedData.PATIENT_MICHUE_ID);
        assertThat(read().getException()).isNull();

        rotateOnSandbox();

        Exchange exchange = read();
        assertThat(exchange.getException()).isInstanceOf(LifenTokenException.class)
                .hasMessageStartingWith("[access_denied] Unauthorized");
        assertThat(sandbox.requestCount(PATIENT_PATH, 401)).as("the revoked token, then no new one").isEqualTo(1);
    }

    private final class VaultFunction implements PropertiesFunction {

        @Override
        public String getName() {
            return "vault";
        }

        @Override
        public String apply(String remainder) {
            return vault.get(remainder);
        }
    }
}
