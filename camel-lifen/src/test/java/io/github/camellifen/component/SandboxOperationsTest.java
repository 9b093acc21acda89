package io.github.camellifen.component;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import io.github.camellifen.sandbox.LifenSandbox;
import io.github.camellifen.sandbox.LifenSandboxExtension;
import io.github.camellifen.sandbox.ReceivedDocument;
import io.github.camellifen.sandbox.SandboxSeedData;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Every operation of this slice against the local Lifen sandbox (Jetty with HAPI FHIR), over real HTTP. */
class SandboxOperationsTest {

    @RegisterExtension
    static final LifenSandboxExtension SANDBOX = new LifenSandboxExtension(LifenSandbox.builder().rateLimitPerSecond(0));

    private static final String MICHUE = "Patient/" + SandboxSeedData.PATIENT_MICHUE_ID;
    private static final String MICHUE_STAY = "Encounter/" + SandboxSeedData.ENCOUNTER_MICHUE_ID;

    private LifenTestContext lifen;

    @BeforeEach
    void startCamel() {
        SANDBOX.sandbox().reset();
        lifen = new LifenTestContext(sandboxConfiguration(SANDBOX.sandbox()));
    }

    @AfterEach
    void stopCamel() {
        lifen.close();
    }

    static java.util.function.Consumer<LifenComponent> sandboxConfiguration(LifenSandbox sandbox) {
        return component -> {
            LifenConfiguration config = component.getConfiguration();
            config.setApiBaseUrl(sandbox.fhirV3Url());
            config.setTokenUrl(sandbox.tokenUrlV3());
            config.setAudience(LifenSandbox.DEFAULT_AUDIENCE);
            config.setClientId(LifenSandbox.DEFAULT_CLIENT_ID);
            config.setClientSecret(LifenSandbox.DEFAULT_CLIENT_SECRET);
            config.setDatabaseReference(LifenSandbox.DEFAULT_DATABASE_REFERENCE);
        };
    }

    static byte[] samplePdf() throws Exception {
        try (InputStream in = SandboxOperationsTest.class.getResourceAsStream("/pdf/crazyones-pdfa.pdf")) {
            return in.readAllBytes();
        }
    }

    @Test
    void readReturnsPatientJson() {
        Exchange exchange = lifen.send("lifen:read/Patient", e -> e.getMessage().setHeader(LifenConstants.RESOURCE_ID,
                SandboxSeedData.PATIENT_MICHUE_ID));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).contains("\"resourceType\":\"Patient\"", "MICHUE");
        assertThat(exchange.getMessage().getHeader(LifenConstants.RESPONSE_CODE)).isEqualTo(200);
        assertThat(exchange.getMessage().getHeader(LifenConstants.RESOURCE_ID)).isEqualTo(SandboxSeedData.PATIENT_MICHUE_ID);
    }

    @Test
    void searchUsesUriParameters() {
        Exchange exchange = lifen.send("lifen:search/Patient?search.family=MICHUE");

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).contains("\"type\":\"searchset\"", "\"total\":1",
                SandboxSeedData.PATIENT_MICHUE_ID);
        assertThat(exchange.getMessage().getHeader(LifenConstants.RESOURCE_ID)).isNull();
    }

    @Test
    void searchRepeatsParametersFromHeader() {
        Exchange exchange = lifen.send("lifen:search/Patient", e -> e.getMessage().setHeader(
                LifenConstants.SEARCH_PARAMETERS, Map.of("_id", List.of(SandboxSeedData.PATIENT_MICHUE_ID,
                        SandboxSeedData.PATIENT_MARTIN_ID))));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).contains("\"total\":2",
                SandboxSeedData.PATIENT_MICHUE_ID, SandboxSeedData.PATIENT_MARTIN_ID);
    }

    @Test
    void accentedSearchRoundTripsAsUtf8() {
        Exchange exchange = lifen.send("lifen:search/Patient", e -> e.getMessage().setHeader(
                LifenConstants.SEARCH_PARAMETERS, Map.of("family", "Dupré")));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).contains("\"total\":1", "Hélène", "Dupré");
    }

    @Test
    void sendToEhrDeliversPdfAndTracks() throws Exception {
        byte[] pdf = samplePdf();
        Exchange sent = lifen.send("lifen:send-to-ehr?subject=" + MICHUE + "&documentType=11488-4", e -> {
            e.getMessage().setBody(pdf);
            e.getMessage().setHeader(LifenConstants.CONTEXT, MICHUE_STAY);
            e.getMessage().setHeader(LifenConstants.DOCUMENT_TITLE, "Compte rendu de télémédecine");
        });

        assertThat(sent.getException()).isNull();
        assertThat(sent.getMessage().getHeader(LifenConstants.RESPONSE_CODE)).isEqualTo(201);
        String trackingUrl = sent.getMessage().getHeader(LifenConstants.TRACKING_URL, String.class);
        String transactionId = sent.getMessage().getHeader(LifenConstants.TRANSACTION_ID, String.class);
        assertThat(trackingUrl).startsWith(SANDBOX.sandbox().fhirV3Url() + "/Communication?based-on=CommunicationRequest/");
        assertThat(transactionId).isNotBlank();

        List<ReceivedDocument> received = SANDBOX.sandbox().receivedDocuments();
        assertThat(received).hasSize(1);
        assertThat(received.get(0).content()).isEqualTo(pdf);
        assertThat(received.get(0).subject()).isEqualTo(MICHUE);
        assertThat(received.get(0).context()).isEqualTo(MICHUE_STAY);
        assertThat(received.get(0).documentTitle()).isEqualTo("Compte rendu de télémédecine");
        assertThat(received.get(0).documentType()).isEqualTo("11488-4");
        assertThat(received.get(0).transactionId()).isEqualTo(transactionId);

        Exchange byUrl = lifen.send("lifen:tracking", e -> e.getMessage().setHeaders(sent.getMessage().getHeaders()));
        assertThat(byUrl.getException()).isNull();
        assertThat(byUrl.getMessage().getHeader(LifenConstants.TRACKING_STATUS, String.class))
                .isIn("in-progress", "completed");

        Exchange byId = lifen.send("lifen:tracking?transactionId=" + transactionId);
        assertThat(byId.getException()).isNull();
        assertThat(byId.getMessage().getHeader(LifenConstants.TRACKING_STATUS)).isEqualTo("completed");
    }

    @Test
    void sendToEhrUnknownPatientFailsWithOutcome() throws Exception {
        byte[] pdf = samplePdf();
        Exception failure = lifen.send("lifen:send-to-ehr?subject=Patient/no-such-patient",
                e -> e.getMessage().setBody(pdf)).getException();

        assertThat(failure).isInstanceOf(LifenApiException.class);
        LifenApiException apiFailure = (LifenApiException) failure;
        assertThat(apiFailure.getStatusCode()).isEqualTo(422);
        assertThat(apiFailure.getHttpResponseStatus()).isEqualTo("Unprocessable Content");
        assertThat(apiFailure.getUri()).isEqualTo(SANDBOX.sandbox().fhirV3Url() + "/CommunicationRequest/$send-to-ehr");
        assertThat(apiFailure.getOperationOutcome().issues()).isNotEmpty();
        assertThat(apiFailure.getOperationOutcome().issues().get(0).code()).isEqualTo("processing");
        assertThat(apiFailure.getMessage()).contains("HTTP 422", "error/processing").doesNotContain("no-such-patient\"");
        assertThat(SANDBOX.sandbox().receivedDocuments()).isEmpty();
    }

    @Test
    void failureStaysOnMessageWhenNotThrowing() {
        Exchange exchange = lifen.send("lifen:read/Patient?resourceId=missing-1&throwExceptionOnFailure=false");

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(LifenConstants.RESPONSE_CODE)).isEqualTo(404);
        assertThat(exchange.getMessage().getBody(String.class)).contains("OperationOutcome");
    }

    @Test
    void readUnknownIdRaisesNotFound() {
        Exception failure = lifen.send("lifen:read/Patient?resourceId=missing-1").getException();

        assertThat(failure).isInstanceOf(LifenApiException.class);
        assertThat(((LifenApiException) failure).getStatusCode()).isEqualTo(404);
    }

    @Test
    void nonPdfBodyIsRejectedBeforeSending() {
        Exception failure = lifen.send("lifen:send-to-ehr?subject=" + MICHUE,
                e -> e.getMessage().setBody("plain text, not a PDF")).getException();

        assertThat(failure).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The message body is not a PDF");
        assertThat(SANDBOX.sandbox().tokenRequestCount()).as("nothing sent, not even a token request").isZero();
    }

    @Test
    void requestOperationReachesAnyPath() {
        Exchange exchange = lifen.send("lifen:request?path=Encounter/" + SandboxSeedData.ENCOUNTER_DUPRE_ID);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).contains("\"resourceType\":\"Encounter\"");
        assertThat(exchange.getMessage().getHeader(LifenConstants.RESOURCE_ID)).isEqualTo(SandboxSeedData.ENCOUNTER_DUPRE_ID);
    }

    @Test
    void requestOperationRejectsAbsolutePath() {
        Exception failure = lifen.send("lifen:request", e -> e.getMessage().setHeader(LifenConstants.REQUEST_PATH,
                "http://127.0.0.1:1/fhir/v3/Patient")).getException();

        assertThat(failure).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Invalid request path");
    }

    @Test
    void revokedTokenIsReplacedTransparently() {
        lifen.send("lifen:read/Patient?resourceId=" + SandboxSeedData.PATIENT_MICHUE_ID);
        SANDBOX.sandbox().revokeAllTokens();

        Exchange exchange = lifen.send("lifen:read/Patient?resourceId=" + SandboxSeedData.PATIENT_MICHUE_ID);

        assertThat(exchange.getException()).isNull();
        assertThat(SANDBOX.sandbox().tokenRequestCount()).isEqualTo(2);
    }

    @Test
    void manyExchangesShareOneToken() {
        for (int i = 0; i < 5; i++) {
            lifen.send("lifen:read/Patient?resourceId=" + SandboxSeedData.PATIENT_MICHUE_ID);
            lifen.send("lifen:search/Encounter?search.patient=" + SandboxSeedData.PATIENT_MICHUE_ID);
        }
        assertThat(SANDBOX.sandbox().tokenRequestCount()).isEqualTo(1);
    }
}
