package io.github.camellifen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private static final String MICHUE_URL = "/Patient/" + SandboxSeedData.PATIENT_MICHUE_ID;

    @Test
    void requestsOverLimitGetTooManyRequests() {
        // A clock that never moves puts every request in the same second.
        MutableClock clock = new MutableClock(Instant.parse("2025-06-01T12:00:00Z"));
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(3).clock(clock).start()) {
            String token = SandboxHttp.token(sandbox);
            assertThat(SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, token).status()).isEqualTo(200);
            assertThat(SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, token).status()).isEqualTo(200);

            SandboxHttp.Response fhir = SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, token);
            SandboxHttp.Response tokenResponse =
                    SandboxHttp.postForm(sandbox.tokenUrlV3(), null, SandboxHttp.defaultTokenFields());

            assertThat(fhir.status()).isEqualTo(429);
            assertThat(fhir.header("Retry-After")).isEqualTo("1");
            assertThat(fhir.json().get("resourceType").asText()).isEqualTo("OperationOutcome");
            assertThat(fhir.json().at("/issue/0/code").asText()).isEqualTo("THROTTLED");
            assertThat(tokenResponse.status()).isEqualTo(429);
            assertThat(tokenResponse.header("Retry-After")).isEqualTo("1");
            assertThat(tokenResponse.json().get("error").asText()).isEqualTo("too_many_requests");
            assertThat(tokenResponse.json().get("error_description").asText()).isNotBlank();
        }
    }

    @Test
    void limitFreesUpAfterOneSecond() {
        MutableClock clock = new MutableClock(Instant.parse("2025-06-01T12:00:00Z"));
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(2).clock(clock).start()) {
            String token = SandboxHttp.token(sandbox);
            SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, token);
            assertThat(SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, token).status()).isEqualTo(429);

            clock.advance(Duration.ofSeconds(1));

            assertThat(SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, token).status()).isEqualTo(200);
        }
    }

    @Test
    void limitIsPerClient() {
        MutableClock clock = new MutableClock(Instant.parse("2025-06-01T12:00:00Z"));
        try (LifenSandbox sandbox = LifenSandbox.builder()
                .rateLimitPerSecond(1)
                .clock(clock)
                .client("second-client", "second-secret", Set.of(LifenSandbox.DEFAULT_AUDIENCE),
                        Set.of(LifenSandbox.DEFAULT_DATABASE_REFERENCE))
                .start()) {
            SandboxHttp.token(sandbox);
            Map<String, String> fields = SandboxHttp.defaultTokenFields();
            fields.put("client_id", "second-client");
            fields.put("client_secret", "second-secret");

            SandboxHttp.Response second = SandboxHttp.postForm(sandbox.tokenUrlV3(), null, fields);
            SandboxHttp.Response firstAgain =
                    SandboxHttp.postForm(sandbox.tokenUrlV3(), null, SandboxHttp.defaultTokenFields());

            assertThat(second.status()).isEqualTo(200);
            assertThat(firstAgain.status()).isEqualTo(429);
        }
    }

    @Test
    void zeroTurnsLimitOff() {
        MutableClock clock = new MutableClock(Instant.parse("2025-06-01T12:00:00Z"));
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0).clock(clock).start()) {
            String token = SandboxHttp.token(sandbox);

            for (int i = 0; i < 30; i++) {
                assertThat(SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, token).status()).as("request " + i)
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void defaultLimitIsTenPerSecond() {
        MutableClock clock = new MutableClock(Instant.parse("2025-06-01T12:00:00Z"));
        try (LifenSandbox sandbox = LifenSandbox.builder().clock(clock).start()) {
            String token = SandboxHttp.token(sandbox);

            for (int i = 0; i < 9; i++) {
                assertThat(SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, token).status()).as("request " + i)
                        .isEqualTo(200);
            }
            assertThat(SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, token).status()).isEqualTo(429);
        }
    }
}
