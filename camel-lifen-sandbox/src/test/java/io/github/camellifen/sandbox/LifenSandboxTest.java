package io.github.camellifen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LifenSandboxTest {

    @Test
    void urlsFollowPort() {
        try (LifenSandbox sandbox = LifenSandbox.start()) {
            assertThat(sandbox.port()).isPositive();
            assertThat(sandbox.baseUrl()).isEqualTo("http://127.0.0.1:" + sandbox.port());
            assertThat(sandbox.fhirV3Url()).isEqualTo(sandbox.baseUrl() + "/fhir/v3");
            assertThat(sandbox.fhirV2Url()).isEqualTo(sandbox.baseUrl() + "/fhir/v2");
            assertThat(sandbox.tokenUrlV3()).isEqualTo(sandbox.baseUrl() + "/v1/token");
            assertThat(sandbox.tokenUrlV2()).isEqualTo(sandbox.baseUrl() + "/oauth/token");
        }
    }

    @Test
    void takenPortFailsStart() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            LifenSandbox.Builder builder = LifenSandbox.builder().port(taken.getLocalPort());

            assertThatThrownBy(builder::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(String.valueOf(taken.getLocalPort()));
        }
    }

    @Test
    void closeStopsServerAndIsIdempotent() {
        LifenSandbox sandbox = LifenSandbox.start();
        String tokenUrl = sandbox.tokenUrlV3();

        sandbox.close();
        sandbox.close();

        assertThatThrownBy(() -> SandboxHttp.postForm(tokenUrl, null, SandboxHttp.defaultTokenFields()))
                .isInstanceOf(java.io.UncheckedIOException.class);
    }

    @Test
    void resetClearsCountersButKeepsTokensAndData() {
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0).start()) {
            String token = SandboxHttp.token(sandbox);
            SandboxHttp.postJson(sandbox.fhirV3Url() + "/CommunicationRequest/$send-to-ehr", token,
                    "application/fhir+json",
                    SendToEhrBody.forPatient(SandboxSeedData.PATIENT_MICHUE_ID, Pdfs.read(Pdfs.LIBRE_OFFICE)).json());
            assertThat(sandbox.receivedDocuments()).hasSize(1);
            assertThat(sandbox.requestCount("/fhir/v3/CommunicationRequest/$send-to-ehr", 201)).isEqualTo(1);

            sandbox.reset();

            assertThat(sandbox.tokenRequestCount()).isZero();
            assertThat(sandbox.successfulTokenRequestCount()).isZero();
            assertThat(sandbox.receivedDocuments()).isEmpty();
            assertThat(sandbox.requestCount("/fhir/v3/CommunicationRequest/$send-to-ehr")).isZero();
            SandboxHttp.Response search = SandboxHttp.postForm(sandbox.fhirV3Url() + "/Patient/_search", token,
                    Map.of("family", "MICHUE"));
            assertThat(search.status()).isEqualTo(200);
            assertThat(search.json().get("total").asInt()).isEqualTo(1);
        }
    }

    @Test
    void requestCountsGroupByPathAndStatus() {
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0).start()) {
            String token = SandboxHttp.token(sandbox);
            SandboxHttp.get(sandbox.fhirV3Url() + "/Patient/" + SandboxSeedData.PATIENT_MICHUE_ID, token);
            SandboxHttp.get(sandbox.fhirV3Url() + "/Patient/unknown", token);
            SandboxHttp.get(sandbox.fhirV3Url() + "/Patient/unknown", null);

            assertThat(sandbox.requestCount("/fhir/v3/Patient/" + SandboxSeedData.PATIENT_MICHUE_ID, 200)).isEqualTo(1);
            assertThat(sandbox.requestCount("/fhir/v3/Patient/unknown", 404)).isEqualTo(1);
            assertThat(sandbox.requestCount("/fhir/v3/Patient/unknown", 401)).isEqualTo(1);
            assertThat(sandbox.requestCount("/fhir/v3/Patient/unknown")).isEqualTo(2);
            assertThat(sandbox.requestCount("/v1/token", 200)).isEqualTo(1);
        }
    }

    @Test
    void builderRejectsInvalidSettings() {
        LifenSandbox.Builder builder = LifenSandbox.builder();

        assertThatThrownBy(() -> builder.port(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.port(65_536)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.rateLimitPerSecond(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.tokenLifetime(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.trackingCompletesAfter(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.client(" ", "secret", java.util.Set.of(), java.util.Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.maxRequestBytes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.maxRequestBytes(Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.generatedPatients(-1, "X")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.generatedPatients(3, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.clientWithoutSupportAddress("unknown-client"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown-client");
        assertThatThrownBy(() -> builder.clientWithoutSendPermission("unknown-client"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.webhookRetrySchedule(java.util.List.of(Duration.ofSeconds(-1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("retry schedule");
        assertThatThrownBy(() -> builder.webhookReplyTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reply timeout");
        assertThatThrownBy(() -> builder.webhookMaxRetryAfter(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Retry-After");
    }

    @Test
    void resetClearsMssSendings() {
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0).start()) {
            String token = SandboxHttp.token(sandbox);
            SandboxHttp.postJson(sandbox.fhirV3Url() + "/CommunicationRequest/$send-to-mss", token,
                    "application/fhir+json",
                    SendToMssBody.forPatient(SandboxSeedData.PATIENT_MICHUE_ID, Pdfs.read(Pdfs.LIBRE_OFFICE)).json());
            assertThat(sandbox.receivedMssSendings()).hasSize(1);

            sandbox.reset();

            assertThat(sandbox.receivedMssSendings()).isEmpty();
            assertThat(sandbox.receivedDocuments()).isEmpty();
        }
    }

    @Test
    void receivedMssSendingCopiesLists() {
        java.util.List<String> recipients = new java.util.ArrayList<>(java.util.List.of("Practitioner/1"));
        ReceivedMssSending sending = new ReceivedMssSending("id", "Patient/1", null, null, null, recipients,
                java.util.List.of());

        recipients.add("Practitioner/2");

        assertThat(sending.recipients()).containsExactly("Practitioner/1");
        assertThat(sending.recipients()).isUnmodifiable();
    }

    @Test
    void receivedDocumentToStringHidesContent() {
        ReceivedDocument document = new ReceivedDocument("id", "Patient/1", null, null, null, "application/pdf",
                new byte[] {1, 2, 3});

        assertThat(document.toString()).contains("contentLength=3").doesNotContain("[B@");
        assertThat(document).isEqualTo(new ReceivedDocument("id", "Patient/1", null, null, null, "application/pdf",
                new byte[] {1, 2, 3}));
    }
}
