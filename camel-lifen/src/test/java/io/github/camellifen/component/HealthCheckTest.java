package io.github.camellifen.component;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import io.github.camellifen.component.auth.AccessToken;
import io.github.camellifen.sandbox.LifenSandbox;
import io.github.camellifen.sandbox.SandboxSeedData;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer health check through camel-health's registry, against the sandbox on loopback: UP with good
 * credentials, DOWN with the token error otherwise, and no token request while a token is cached or a failure is
 * recent. No result shows the client secret or the token.
 */
class HealthCheckTest {

    private static final String CLIENT = "health-client";
    private static final String SECRET = "SECRET-canary-health-5d0e";
    private static final String WRONG_SECRET = "SECRET-canary-wrong-77a1";
    private static final String ROUTE = "lifen:read/Patient?resourceId=" + SandboxSeedData.PATIENT_MICHUE_ID;

    private final MutableClock clock = new MutableClock();
    private LifenSandbox sandbox;
    private CamelContext camel;
    private LifenComponent component;

    @BeforeEach
    void startSandbox() {
        sandbox = sandboxBuilder().start();
    }

    @AfterEach
    void stopAll() {
        if (camel != null) {
            camel.stop();
        }
        sandbox.close();
    }

    private LifenSandbox.Builder sandboxBuilder() {
        return LifenSandbox.builder().rateLimitPerSecond(0)
                .client(CLIENT, SECRET, Set.of(LifenSandbox.DEFAULT_AUDIENCE),
                        Set.of(LifenSandbox.DEFAULT_DATABASE_REFERENCE));
    }

    private void startCamel(Consumer<LifenConfiguration> setup) throws Exception {
        startCamel(setup, true);
    }

    private void startCamel(Consumer<LifenConfiguration> setup, boolean producerChecks) throws Exception {
        component = new LifenComponent();
        component.setClock(clock);
        component.setHealthCheckProducerEnabled(producerChecks);
        LifenConfiguration config = component.getConfiguration();
        config.setApiBaseUrl(sandbox.fhirV3Url());
        config.setTokenUrl(sandbox.tokenUrlV3());
        config.setAudience(LifenSandbox.DEFAULT_AUDIENCE);
        config.setClientId(CLIENT);
        config.setClientSecret(SECRET);
        config.setDatabaseReference(LifenSandbox.DEFAULT_DATABASE_REFERENCE);
        setup.accept(config);

        camel = new DefaultCamelContext();
        camel.addComponent("lifen", component);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:read").routeId("read").to(ROUTE);
            }
        });
        // What camel.health.producersEnabled=true does in Camel Main
        HealthCheckHelper.getHealthCheckRepository(camel, "producers").setEnabled(true);
        camel.start();
    }

    private HealthCheck.Result lifenHealth() {
        List<HealthCheck.Result> results = HealthCheckHelper.invoke(camel).stream()
                .filter(result -> result.getCheck().getId().startsWith("producer:lifen-"))
                .toList();
        assertThat(results).as("one lifen producer check").hasSize(1);
        return results.get(0);
    }

    private AccessToken cachedToken() {
        LifenEndpoint endpoint = camel.getEndpoint(ROUTE, LifenEndpoint.class);
        return component.getTokenManager().store().get(endpoint.credentials().key());
    }

    /** Everything a health consumer can print: state, message, error with its causes, and details. */
    private static String render(HealthCheck.Result result) {
        StringBuilder text = new StringBuilder(result.getState().name()).append('\n');
        result.getMessage().ifPresent(message -> text.append(message).append('\n'));
        for (Throwable error = result.getError().orElse(null); error != null; error = error.getCause()) {
            text.append(error).append('\n');
        }
        text.append(result.getDetails());
        return text.toString();
    }

    @Test
    void upWithValidCredentials() throws Exception {
        startCamel(config -> { });

        HealthCheck.Result result = lifenHealth();

        assertThat(result.getState()).as(render(result)).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getCheck().isReadiness()).isTrue();
        assertThat(result.getCheck().isLiveness()).as("a token error is no reason to restart").isFalse();
        assertThat(result.getDetails()).containsEntry("client.id", CLIENT)
                .containsEntry("token.url", sandbox.tokenUrlV3())
                .containsEntry("audience", LifenSandbox.DEFAULT_AUDIENCE)
                .containsEntry("database.reference", LifenSandbox.DEFAULT_DATABASE_REFERENCE)
                .containsEntry("token.expires", cachedToken().expiresAt().toString());
        assertThat(render(result)).doesNotContain(SECRET, cachedToken().value());
    }

    @Test
    void cachedTokenAnswersRepeatedChecks() throws Exception {
        startCamel(config -> { });

        for (int i = 0; i < 5; i++) {
            assertThat(lifenHealth().getState()).isEqualTo(HealthCheck.State.UP);
        }
        assertThat(camel.createProducerTemplate().send("direct:read", exchange -> { }).getException()).isNull();

        assertThat(sandbox.tokenRequestCount()).as("the checks and the exchange share one token").isEqualTo(1);
    }

    @Test
    void downForWrongSecret() throws Exception {
        startCamel(config -> config.setClientSecret(WRONG_SECRET));

        HealthCheck.Result result = lifenHealth();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValueSatisfying(message ->
                assertThat(message).startsWith("[access_denied] Unauthorized (HTTP 401"));
        assertThat(result.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 401);
        assertThat(render(result)).doesNotContain(WRONG_SECRET, SECRET);
    }

    @Test
    void recentFailureIsReportedWithoutNewRequest() throws Exception {
        startCamel(config -> config.setClientSecret(WRONG_SECRET));

        for (int i = 0; i < 5; i++) {
            assertThat(lifenHealth().getState()).isEqualTo(HealthCheck.State.DOWN);
        }
        assertThat(sandbox.tokenRequestCount()).as("one request, then its failure again").isEqualTo(1);

        clock.advance(Duration.ofSeconds(6));
        assertThat(lifenHealth().getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(sandbox.tokenRequestCount()).as("five seconds later, a new request").isEqualTo(2);
    }

    @Test
    void downForUnknownDatabaseReference() throws Exception {
        startCamel(config -> config.setDatabaseReference("no-such-database"));

        HealthCheck.Result result = lifenHealth();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .startsWith("[invalid_request] A valid database_reference must be provided. (HTTP 400")
                .contains("database reference no-such-database"));
        assertThat(result.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 400)
                .containsEntry("database.reference", "no-such-database");
        assertThat(render(result)).doesNotContain(SECRET);
    }

    @Test
    void stoppedTokenEndpointThenRestarted() throws Exception {
        startCamel(config -> { });
        assertThat(lifenHealth().getState()).isEqualTo(HealthCheck.State.UP);
        String firstToken = cachedToken().value();
        int port = sandbox.port();

        sandbox.close();
        assertThat(lifenHealth().getState()).as("the cached token is still valid").isEqualTo(HealthCheck.State.UP);

        // Past the sandbox's 48 h token lifetime, the check needs a new token
        clock.advance(Duration.ofHours(49));
        HealthCheck.Result down = lifenHealth();
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).hasValueSatisfying(message ->
                assertThat(message).startsWith("The token request to " + sandbox.tokenUrlV3() + " failed"));
        assertThat(render(down)).doesNotContain(SECRET, firstToken);

        sandbox = sandboxBuilder().port(port).start();
        clock.advance(Duration.ofSeconds(6));
        HealthCheck.Result up = lifenHealth();
        assertThat(up.getState()).as(render(up)).isEqualTo(HealthCheck.State.UP);
        assertThat(sandbox.successfulTokenRequestCount()).isEqualTo(1);
        assertThat(render(up)).doesNotContain(SECRET, cachedToken().value());
    }

    @Test
    void disabledCheckSendsNoTokenRequest() throws Exception {
        startCamel(config -> { }, false);

        HealthCheck.Result result = lifenHealth();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UNKNOWN);
        assertThat(sandbox.tokenRequestCount()).isZero();
    }
}
