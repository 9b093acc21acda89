package io.github.camellifen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FhirAuthenticationTest {

    private static final String INVALID_TOKEN_BODY = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{"
            + "\"severity\":\"error\",\"code\":\"processing\",\"diagnostics\":\"Invalid access token\"}]}";
    private static final String MICHUE_URL = "/Patient/" + SandboxSeedData.PATIENT_MICHUE_ID;

    @Test
    void missingTokenGetsLifenUnauthorizedBody() throws Exception {
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0).start()) {
            SandboxHttp.Response response = SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, null);

            assertInvalidToken(response);
        }
    }

    @Test
    void everyFhirPathRequiresToken() throws Exception {
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0).start()) {
            assertInvalidToken(SandboxHttp.get(sandbox.fhirV2Url() + MICHUE_URL, null));
            assertInvalidToken(SandboxHttp.get(sandbox.fhirV3Url() + "/metadata", null));
            assertInvalidToken(SandboxHttp.postForm(sandbox.fhirV3Url() + "/Patient/_search", null,
                    Map.of("family", "MICHUE")));
            assertInvalidToken(SandboxHttp.postJson(sandbox.fhirV3Url() + "/CommunicationRequest/$send-to-ehr", null,
                    "application/fhir+json", "{}"));
        }
    }

    @Test
    void unknownOrMalformedTokenIsUnauthorized() throws Exception {
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0).start()) {
            assertInvalidToken(SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, "not-a-token"));

            // A valid token under another scheme is still no bearer token.
            String token = SandboxHttp.token(sandbox);
            SandboxHttp.Response basic = SandboxHttp.getWithAuthorization(sandbox.fhirV3Url() + MICHUE_URL,
                    "Basic " + token);
            assertInvalidToken(basic);
        }
    }

    @Test
    void validTokenReadsPatient() throws Exception {
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0).start()) {
            String token = SandboxHttp.token(sandbox);

            SandboxHttp.Response response = SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, token);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("id").asText()).isEqualTo(SandboxSeedData.PATIENT_MICHUE_ID);
        }
    }

    @Test
    void revokedTokenIsUnauthorized() throws Exception {
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0).start()) {
            String token = SandboxHttp.token(sandbox);

            sandbox.revokeAllTokens();

            assertInvalidToken(SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, token));
            String newToken = SandboxHttp.token(sandbox);
            assertThat(SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, newToken).status()).isEqualTo(200);
        }
    }

    @Test
    void tokenExpiresAfterLifetime() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2025-01-15T08:00:00Z"));
        try (LifenSandbox sandbox = LifenSandbox.builder()
                .rateLimitPerSecond(0)
                .tokenLifetime(Duration.ofMinutes(10))
                .clock(clock)
                .start()) {
            SandboxHttp.Response tokenResponse =
                    SandboxHttp.postForm(sandbox.tokenUrlV3(), null, SandboxHttp.defaultTokenFields());
            assertThat(tokenResponse.json().get("expires_in").asLong()).isEqualTo(600);
            String token = tokenResponse.json().get("access_token").asText();

            clock.advance(Duration.ofSeconds(599));
            assertThat(SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, token).status()).isEqualTo(200);

            clock.advance(Duration.ofSeconds(1));
            assertInvalidToken(SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, token));
        }
    }

    @Test
    void tokenLifetimeChangesAtRunTime() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2025-01-15T08:00:00Z"));
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0).clock(clock).start()) {
            String longLived = SandboxHttp.token(sandbox);

            sandbox.setTokenLifetime(Duration.ofSeconds(30));
            SandboxHttp.Response tokenResponse =
                    SandboxHttp.postForm(sandbox.tokenUrlV3(), null, SandboxHttp.defaultTokenFields());
            String shortLived = tokenResponse.json().get("access_token").asText();
            clock.advance(Duration.ofSeconds(30));

            assertThat(tokenResponse.json().get("expires_in").asLong()).isEqualTo(30);
            assertInvalidToken(SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, shortLived));
            assertThat(SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, longLived).status()).isEqualTo(200);
        }
    }

    @Test
    void otherDatabaseSeesNoSeedData() throws Exception {
        try (LifenSandbox sandbox = LifenSandbox.builder()
                .rateLimitPerSecond(0)
                .client("multi-client", "multi-secret", Set.of(LifenSandbox.DEFAULT_AUDIENCE),
                        Set.of(LifenSandbox.DEFAULT_DATABASE_REFERENCE, "other-database"))
                .start()) {
            String defaultToken = tokenFor(sandbox, LifenSandbox.DEFAULT_DATABASE_REFERENCE);
            String otherToken = tokenFor(sandbox, "other-database");
            Map<String, String> search = Map.of("family", "MICHUE");

            SandboxHttp.Response defaultSearch =
                    SandboxHttp.postForm(sandbox.fhirV3Url() + "/Patient/_search", defaultToken, search);
            SandboxHttp.Response otherSearch =
                    SandboxHttp.postForm(sandbox.fhirV3Url() + "/Patient/_search", otherToken, search);
            SandboxHttp.Response otherRead = SandboxHttp.get(sandbox.fhirV3Url() + MICHUE_URL, otherToken);
            SandboxHttp.Response otherEncounters = SandboxHttp.postForm(sandbox.fhirV3Url() + "/Encounter/_search",
                    otherToken, Map.of("patient", "Patient/" + SandboxSeedData.PATIENT_MICHUE_ID));
            SandboxHttp.Response otherSend = SandboxHttp.postJson(
                    sandbox.fhirV3Url() + "/CommunicationRequest/$send-to-ehr", otherToken, "application/fhir+json",
                    SendToEhrBody.forPatient(SandboxSeedData.PATIENT_MICHUE_ID, Pdfs.read(Pdfs.LIBRE_OFFICE)).json());

            assertThat(defaultSearch.json().get("total").asInt()).isEqualTo(1);
            assertThat(otherSearch.status()).isEqualTo(200);
            assertThat(otherSearch.json().get("total").asInt()).isZero();
            assertThat(otherRead.status()).isEqualTo(404);
            assertThat(otherEncounters.json().get("total").asInt()).isZero();
            assertThat(otherSend.status()).isEqualTo(422);
            assertThat(sandbox.receivedDocuments()).isEmpty();
        }
    }

    private static String tokenFor(LifenSandbox sandbox, String databaseReference) {
        Map<String, String> fields = SandboxHttp.defaultTokenFields();
        fields.put("client_id", "multi-client");
        fields.put("client_secret", "multi-secret");
        fields.put("database_reference", databaseReference);
        SandboxHttp.Response response = SandboxHttp.postForm(sandbox.tokenUrlV3(), null, fields);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("access_token").asText();
    }

    private static void assertInvalidToken(SandboxHttp.Response response) throws Exception {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/fhir+json");
        JsonNode expected = SandboxHttp.JSON.readTree(INVALID_TOKEN_BODY);
        assertThat(response.json()).isEqualTo(expected);
    }
}
