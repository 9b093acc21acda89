package io.github.camellifen.sandbox;

import static io.github.camellifen.sandbox.SandboxSeedData.PATIENT_MICHUE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingTest {

    @Test
    void statusCompletesAfterConfiguredDelay() {
        MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
        try (LifenSandbox sandbox = LifenSandbox.builder()
                .rateLimitPerSecond(0)
                .clock(clock)
                .trackingCompletesAfter(Duration.ofMinutes(5))
                .start()) {
            String token = SandboxHttp.token(sandbox);
            String trackingUrl = sendDocument(sandbox, sandbox.fhirV3Url(), token);
            String transactionId = sandbox.receivedDocuments().get(0).transactionId();

            assertThat(statusFromTrackingUrl(trackingUrl, token)).isEqualTo("in-progress");
            assertThat(statusFromTrackingOperation(sandbox, transactionId, token)).isEqualTo("in-progress");

            clock.advance(Duration.ofMinutes(4));
            assertThat(statusFromTrackingUrl(trackingUrl, token)).isEqualTo("in-progress");

            clock.advance(Duration.ofMinutes(1));
            assertThat(statusFromTrackingOperation(sandbox, transactionId, token)).isEqualTo("completed");
            assertThat(statusFromTrackingUrl(trackingUrl, token)).isEqualTo("completed");
        }
    }

    @Test
    void defaultDelayCompletesOnFirstRead() {
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0).start()) {
            String token = SandboxHttp.token(sandbox);
            String trackingUrl = sendDocument(sandbox, sandbox.fhirV2Url(), token);

            assertThat(statusFromTrackingUrl(trackingUrl, token)).isEqualTo("completed");
        }
    }

    @Test
    void trackingUrlReturnsSearchsetWithCommunication() {
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0).start()) {
            String token = SandboxHttp.token(sandbox);
            String trackingUrl = sendDocument(sandbox, sandbox.fhirV3Url(), token);

            SandboxHttp.Response response = SandboxHttp.get(trackingUrl, token);

            assertThat(response.status()).isEqualTo(200);
            JsonNode bundle = response.json();
            assertThat(bundle.get("type").asText()).isEqualTo("searchset");
            assertThat(bundle.get("total").asInt()).isEqualTo(1);
            assertThat(bundle.at("/entry/0/resource/resourceType").asText()).isEqualTo("Communication");
            assertThat(bundle.at("/entry/0/search/mode").asText()).isEqualTo("match");
            assertThat(bundle.at("/entry/0/fullUrl").asText()).startsWith(sandbox.fhirV3Url() + "/Communication/");
        }
    }

    @Test
    void trackingOperationReturnsLifenCollection() {
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0).start()) {
            String token = SandboxHttp.token(sandbox);
            sendDocument(sandbox, sandbox.fhirV3Url(), token);
            String transactionId = sandbox.receivedDocuments().get(0).transactionId();

            SandboxHttp.Response response = tracking(sandbox, transactionId, token);

            assertThat(response.status()).isEqualTo(200);
            JsonNode bundle = response.json();
            assertThat(bundle.get("resourceType").asText()).isEqualTo("Bundle");
            assertThat(bundle.get("type").asText()).isEqualTo("collection");
            assertThat(bundle.get("total").asInt()).isEqualTo(1);
            JsonNode communication = bundle.at("/entry/0/resource");
            assertThat(communication.get("resourceType").asText()).isEqualTo("Communication");
            assertThat(communication.get("status").asText()).isEqualTo("completed");
            assertThat(communication.at("/basedOn/0/reference").asText())
                    .isEqualTo("CommunicationRequest/" + transactionId);
        }
    }

    @Test
    void unknownTransactionIsNotFound() {
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0).start()) {
            String token = SandboxHttp.token(sandbox);

            SandboxHttp.Response response = tracking(sandbox, "00000000-0000-0000-0000-000000000000", token);

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.json().get("resourceType").asText()).isEqualTo("OperationOutcome");
            assertThat(response.json().at("/issue/0/code").asText()).isEqualTo("NOTFOUND");
            SandboxHttp.Response search = SandboxHttp.get(sandbox.fhirV3Url()
                    + "/Communication?based-on=CommunicationRequest/unknown&_elements=status,notDoneReason", token);
            assertThat(search.json().get("total").asInt()).isZero();
        }
    }

    @Test
    void missingTransactionIdIsInvalid() {
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0).start()) {
            String token = SandboxHttp.token(sandbox);

            SandboxHttp.Response response = SandboxHttp.get(sandbox.fhirV3Url() + "/CommunicationRequest/$tracking",
                    token);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("resourceType").asText()).isEqualTo("OperationOutcome");
        }
    }

    @Test
    void otherDatabaseCannotTrackTransaction() {
        try (LifenSandbox sandbox = LifenSandbox.builder()
                .rateLimitPerSecond(0)
                .client("multi-client", "multi-secret", Set.of(LifenSandbox.DEFAULT_AUDIENCE),
                        Set.of(LifenSandbox.DEFAULT_DATABASE_REFERENCE, "other-database"))
                .start()) {
            String token = SandboxHttp.token(sandbox);
            sendDocument(sandbox, sandbox.fhirV3Url(), token);
            String transactionId = sandbox.receivedDocuments().get(0).transactionId();
            Map<String, String> fields = SandboxHttp.defaultTokenFields();
            fields.put("client_id", "multi-client");
            fields.put("client_secret", "multi-secret");
            fields.put("database_reference", "other-database");
            String otherToken = SandboxHttp.postForm(sandbox.tokenUrlV3(), null, fields).json()
                    .get("access_token").asText();

            assertThat(tracking(sandbox, transactionId, otherToken).status()).isEqualTo(404);
        }
    }

    @Test
    void communicationRequestIsReadable() {
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0).start()) {
            String token = SandboxHttp.token(sandbox);
            sendDocument(sandbox, sandbox.fhirV3Url(), token);
            String transactionId = sandbox.receivedDocuments().get(0).transactionId();

            SandboxHttp.Response response =
                    SandboxHttp.get(sandbox.fhirV3Url() + "/CommunicationRequest/" + transactionId, token);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().at("/subject/reference").asText()).isEqualTo("Patient/" + PATIENT_MICHUE_ID);
            assertThat(response.json().at("/payload/0/contentAttachment/contentType").asText())
                    .isEqualTo("application/pdf");
        }
    }

    private static String sendDocument(LifenSandbox sandbox, String fhirBase, String token) {
        String body = SendToEhrBody.forPatient(PATIENT_MICHUE_ID, Pdfs.read(Pdfs.LIBRE_OFFICE)).json();
        SandboxHttp.Response response = SandboxHttp.postJson(fhirBase + "/CommunicationRequest/$send-to-ehr", token,
                "application/fhir+json", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().at("/parameter/0/valueString").asText();
    }

    private static String statusFromTrackingUrl(String trackingUrl, String token) {
        SandboxHttp.Response response = SandboxHttp.get(trackingUrl, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().at("/entry/0/resource/status").asText();
    }

    private static String statusFromTrackingOperation(LifenSandbox sandbox, String transactionId, String token) {
        SandboxHttp.Response response = tracking(sandbox, transactionId, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().at("/entry/0/resource/status").asText();
    }

    private static SandboxHttp.Response tracking(LifenSandbox sandbox, String transactionId, String token) {
        return SandboxHttp.get(sandbox.fhirV3Url() + "/CommunicationRequest/$tracking?transaction-id="
                + SandboxHttp.encode(transactionId), token);
    }
}
