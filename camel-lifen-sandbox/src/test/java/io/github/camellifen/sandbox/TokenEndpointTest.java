package io.github.camellifen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenEndpointTest {

    private static final String OTHER_AUDIENCE = "https://other.platform-apis/";

    @RegisterExtension
    static LifenSandboxExtension extension = new LifenSandboxExtension(LifenSandbox.builder()
            .rateLimitPerSecond(0)
            .client("second-client", "second-secret", Set.of(LifenSandbox.DEFAULT_AUDIENCE, OTHER_AUDIENCE),
                    Set.of("second-database")));

    private LifenSandbox sandbox;

    @BeforeEach
    void resetSandbox() {
        sandbox = extension.sandbox();
        sandbox.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v2"})
    void formRequestReturnsBearerToken(String version) {
        String url = "v3".equals(version) ? sandbox.tokenUrlV3() : sandbox.tokenUrlV2();

        SandboxHttp.Response response = SandboxHttp.postForm(url, null, SandboxHttp.defaultTokenFields());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertTokenBody(response.json(), 172_800);
    }

    @Test
    void jsonRequestReturnsBearerToken() {
        String body = SandboxHttp.JSON.valueToTree(SandboxHttp.defaultTokenFields()).toString();

        SandboxHttp.Response response = SandboxHttp.postJson(sandbox.tokenUrlV3(), null, "application/json", body);

        assertThat(response.status()).isEqualTo(200);
        assertTokenBody(response.json(), 172_800);
    }

    @Test
    void jsonRequestWithCharsetIsAccepted() {
        String body = SandboxHttp.JSON.valueToTree(SandboxHttp.defaultTokenFields()).toString();

        SandboxHttp.Response response = SandboxHttp.postJson(sandbox.tokenUrlV2(), null,
                "application/json; charset=UTF-8", body);

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void tokensAreDistinctRandomStrings() {
        String first = SandboxHttp.token(sandbox);
        String second = SandboxHttp.token(sandbox);

        assertThat(first).isNotEqualTo(second);
        // 32 random bytes in base64url without padding.
        assertThat(first).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void otherClientGetsTokenForItsDatabase() {
        Map<String, String> fields = SandboxHttp.defaultTokenFields();
        fields.put("client_id", "second-client");
        fields.put("client_secret", "second-secret");
        fields.put("audience", OTHER_AUDIENCE);
        fields.put("database_reference", "second-database");

        SandboxHttp.Response response = SandboxHttp.postForm(sandbox.tokenUrlV3(), null, fields);

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void missingDatabaseReferenceIsRejected() {
        Map<String, String> fields = SandboxHttp.defaultTokenFields();
        fields.remove("database_reference");

        SandboxHttp.Response response = SandboxHttp.postForm(sandbox.tokenUrlV3(), null, fields);

        assertError(response, 400, "invalid_request", "A valid database_reference must be provided.");
    }

    @Test
    void unknownDatabaseReferenceIsRejected() {
        Map<String, String> fields = SandboxHttp.defaultTokenFields();
        fields.put("database_reference", "second-database");

        SandboxHttp.Response response = SandboxHttp.postForm(sandbox.tokenUrlV3(), null, fields);

        assertError(response, 400, "invalid_request", "A valid database_reference must be provided.");
    }

    @Test
    void wrongSecretIsUnauthorized() {
        Map<String, String> fields = SandboxHttp.defaultTokenFields();
        fields.put("client_secret", "sandbox-secreT");

        SandboxHttp.Response response = SandboxHttp.postForm(sandbox.tokenUrlV3(), null, fields);

        assertError(response, 401, "access_denied", "Unauthorized");
    }

    @Test
    void rotatedSecretReplacesOldOne() throws Exception {
        try (LifenSandbox own = LifenSandbox.builder().rateLimitPerSecond(0).start()) {
            String earlierToken = SandboxHttp.token(own);

            own.rotateClientSecret(LifenSandbox.DEFAULT_CLIENT_ID, "rotated-secret");

            Map<String, String> fields = SandboxHttp.defaultTokenFields();
            assertError(SandboxHttp.postForm(own.tokenUrlV3(), null, fields), 401, "access_denied", "Unauthorized");
            fields.put("client_secret", "rotated-secret");
            assertThat(SandboxHttp.postForm(own.tokenUrlV3(), null, fields).status()).isEqualTo(200);
            assertThat(SandboxHttp.get(own.fhirV3Url() + "/Patient/" + SandboxSeedData.PATIENT_MICHUE_ID,
                    earlierToken).status()).as("tokens issued before stay valid").isEqualTo(200);
        }
    }

    @Test
    void rotatingUnknownClientIsRejected() {
        assertThatThrownBy(() -> sandbox.rotateClientSecret("nobody", "secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown client nobody");
    }

    @Test
    void unknownClientIsUnauthorized() {
        Map<String, String> fields = SandboxHttp.defaultTokenFields();
        fields.put("client_id", "nobody");

        SandboxHttp.Response response = SandboxHttp.postForm(sandbox.tokenUrlV2(), null, fields);

        assertError(response, 401, "access_denied", "Unauthorized");
    }

    @Test
    void missingSecretIsUnauthorized() {
        Map<String, String> fields = SandboxHttp.defaultTokenFields();
        fields.remove("client_secret");

        SandboxHttp.Response response = SandboxHttp.postForm(sandbox.tokenUrlV3(), null, fields);

        assertError(response, 401, "access_denied", "Unauthorized");
    }

    @Test
    void audienceNotEnabledIsForbidden() {
        Map<String, String> fields = SandboxHttp.defaultTokenFields();
        fields.put("audience", OTHER_AUDIENCE);

        SandboxHttp.Response response = SandboxHttp.postForm(sandbox.tokenUrlV3(), null, fields);

        assertError(response, 403, "access_denied", "Service not enabled within domain: " + OTHER_AUDIENCE);
    }

    @Test
    void missingAudienceMeansLifenProduction() {
        Map<String, String> fields = SandboxHttp.defaultTokenFields();
        fields.remove("audience");

        SandboxHttp.Response response = SandboxHttp.postForm(sandbox.tokenUrlV3(), null, fields);

        assertError(response, 403, "access_denied",
                "Service not enabled within domain: https://production.platform-apis/");
    }

    @Test
    void otherGrantTypeIsUnsupported() {
        Map<String, String> fields = SandboxHttp.defaultTokenFields();
        fields.put("grant_type", "password");

        SandboxHttp.Response response = SandboxHttp.postForm(sandbox.tokenUrlV3(), null, fields);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("unsupported_grant_type");
        assertThat(response.json().get("error_description").asText()).contains("password");
    }

    @Test
    void missingGrantTypeIsInvalid() {
        Map<String, String> fields = SandboxHttp.defaultTokenFields();
        fields.remove("grant_type");

        SandboxHttp.Response response = SandboxHttp.postForm(sandbox.tokenUrlV3(), null, fields);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void otherContentTypeIsUnsupported() {
        String body = SandboxHttp.formEncode(SandboxHttp.defaultTokenFields());

        SandboxHttp.Response response = SandboxHttp.postJson(sandbox.tokenUrlV3(), null, "text/plain", body);

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.json().get("error").asText()).isEqualTo("invalid_request");
        assertThat(response.json().get("error_description").asText()).contains("text/plain");
    }

    @Test
    void malformedJsonIsInvalid() {
        SandboxHttp.Response response = SandboxHttp.postJson(sandbox.tokenUrlV3(), null, "application/json",
                "{\"client_id\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void countersTrackEveryTokenRequest() {
        SandboxHttp.token(sandbox);
        Map<String, String> fields = SandboxHttp.defaultTokenFields();
        fields.put("client_secret", "wrong");
        SandboxHttp.postForm(sandbox.tokenUrlV2(), null, fields);
        SandboxHttp.postJson(sandbox.tokenUrlV3(), null, "text/plain", "x");

        assertThat(sandbox.tokenRequestCount()).isEqualTo(3);
        assertThat(sandbox.successfulTokenRequestCount()).isEqualTo(1);
        assertThat(sandbox.requestCount("/v1/token", 200)).isEqualTo(1);
        assertThat(sandbox.requestCount("/v1/token", 415)).isEqualTo(1);
        assertThat(sandbox.requestCount("/oauth/token", 401)).isEqualTo(1);
        assertThat(sandbox.requestCount("/oauth/token")).isEqualTo(1);
    }

    @Test
    void getOnTokenPathIsNotAllowed() {
        SandboxHttp.Response response = SandboxHttp.get(sandbox.tokenUrlV3(), null);

        assertThat(response.status()).isEqualTo(405);
        assertThat(sandbox.tokenRequestCount()).isZero();
    }

    private static void assertTokenBody(JsonNode body, long expiresIn) {
        assertThat(body.get("access_token").asText()).isNotBlank();
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").isIntegralNumber()).as("expires_in is a JSON number").isTrue();
        assertThat(body.get("expires_in").asLong()).isEqualTo(expiresIn);
        assertThat(body.get("scope").isTextual()).isTrue();
        assertThat(body.size()).isEqualTo(4);
    }

    private static void assertError(SandboxHttp.Response response, int status, String error, String description) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode expected = SandboxHttp.JSON.createObjectNode()
                .put("error", error)
                .put("error_description", description);
        assertThat(response.json()).isEqualTo(expected);
    }
}
