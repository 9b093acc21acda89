package io.github.camellifen.sandbox;

import static io.github.camellifen.sandbox.SandboxSeedData.ENCOUNTER_DUPRE_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.ENCOUNTER_MICHUE_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.PATIENT_MICHUE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SendToEhrTest {

    private static final String TRACKING_URL_PATTERN =
            "/Communication?based-on=CommunicationRequest/%s&_elements=status,notDoneReason";

    @RegisterExtension
    static LifenSandboxExtension extension = new LifenSandboxExtension(LifenSandbox.builder().rateLimitPerSecond(0));

    private static String token;

    @BeforeAll
    static void requestToken() {
        token = SandboxHttp.token(extension.sandbox());
    }

    @BeforeEach
    void clearDocuments() {
        extension.sandbox().reset();
    }

    @Test
    void realPdfIsReceivedUnchanged(LifenSandbox sandbox) {
        byte[] pdf = Pdfs.read(Pdfs.PDFLATEX);
        String body = SendToEhrBody.forPatient(PATIENT_MICHUE_ID, pdf)
                .reference("context", "Encounter/" + ENCOUNTER_MICHUE_ID)
                .code("content-type", "application/pdf")
                .code("document-type", "11488-4")
                .string("document-title", "Compte rendu de télémédecine")
                .string("sender-identifier", "sandbox-sender")
                .json();

        SandboxHttp.Response response = send(sandbox.fhirV3Url(), "application/fhir+json", body);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("resourceType").asText()).isEqualTo("Parameters");
        assertThat(response.json().at("/parameter/0/name").asText()).isEqualTo("tracking-url");
        List<ReceivedDocument> documents = sandbox.receivedDocuments();
        assertThat(documents).hasSize(1);
        ReceivedDocument document = documents.get(0);
        assertThat(document.content()).isEqualTo(pdf);
        assertThat(document.subject()).isEqualTo("Patient/" + PATIENT_MICHUE_ID);
        assertThat(document.context()).isEqualTo("Encounter/" + ENCOUNTER_MICHUE_ID);
        assertThat(document.documentType()).isEqualTo("11488-4");
        assertThat(document.documentTitle()).isEqualTo("Compte rendu de télémédecine");
        assertThat(document.contentType()).isEqualTo("application/pdf");
        String expectedUrl = sandbox.fhirV3Url() + TRACKING_URL_PATTERN.formatted(document.transactionId());
        assertThat(response.json().at("/parameter/0/valueString").asText()).isEqualTo(expectedUrl);
    }

    @Test
    void minimalRequestUsesDefaults(LifenSandbox sandbox) {
        byte[] pdf = Pdfs.read(Pdfs.LIBRE_OFFICE);

        SandboxHttp.Response response = send(sandbox.fhirV3Url(), "application/json",
                SendToEhrBody.forPatient(PATIENT_MICHUE_ID, pdf).json());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        ReceivedDocument document = sandbox.receivedDocuments().get(0);
        assertThat(document.contentType()).isEqualTo("application/pdf");
        assertThat(document.context()).isNull();
        assertThat(document.documentType()).isNull();
        assertThat(document.documentTitle()).isNull();
        assertThat(document.content()).isEqualTo(pdf);
    }

    @Test
    void v2RequestGetsV2TrackingUrl(LifenSandbox sandbox) {
        SandboxHttp.Response response = send(sandbox.fhirV2Url(), "application/fhir+json",
                SendToEhrBody.forPatient(PATIENT_MICHUE_ID, Pdfs.read(Pdfs.LIBRE_OFFICE)).json());

        assertThat(response.status()).isEqualTo(201);
        String transactionId = sandbox.receivedDocuments().get(0).transactionId();
        assertThat(response.json().at("/parameter/0/valueString").asText())
                .isEqualTo(sandbox.fhirV2Url() + TRACKING_URL_PATTERN.formatted(transactionId));
    }

    @Test
    void largePayloadIsReceivedUnchanged(LifenSandbox sandbox) {
        byte[] large = Pdfs.large(3 * 1024 * 1024);

        SandboxHttp.Response response = send(sandbox.fhirV3Url(), "application/fhir+json",
                SendToEhrBody.forPatient(PATIENT_MICHUE_ID, large).json());

        assertThat(response.status()).isEqualTo(201);
        assertThat(sandbox.receivedDocuments().get(0).content()).isEqualTo(large);
    }

    @Test
    void documentsKeepArrivalOrder(LifenSandbox sandbox) {
        byte[] first = Pdfs.read(Pdfs.LIBRE_OFFICE);
        byte[] second = Pdfs.read(Pdfs.PDFLATEX);

        send(sandbox.fhirV3Url(), "application/fhir+json", SendToEhrBody.forPatient(PATIENT_MICHUE_ID, first).json());
        send(sandbox.fhirV3Url(), "application/fhir+json", SendToEhrBody.forPatient(PATIENT_MICHUE_ID, second).json());

        List<ReceivedDocument> documents = sandbox.receivedDocuments();
        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).content()).isEqualTo(first);
        assertThat(documents.get(1).content()).isEqualTo(second);
        assertThat(documents.get(0).transactionId()).isNotEqualTo(documents.get(1).transactionId());
    }

    @Test
    void receivedDocumentsAreSnapshots(LifenSandbox sandbox) {
        send(sandbox.fhirV3Url(), "application/fhir+json",
                SendToEhrBody.forPatient(PATIENT_MICHUE_ID, Pdfs.read(Pdfs.LIBRE_OFFICE)).json());
        List<ReceivedDocument> snapshot = sandbox.receivedDocuments();

        snapshot.get(0).content()[0] = 0;

        assertThat(sandbox.receivedDocuments().get(0).content()[0]).isEqualTo((byte) '%');
        assertThat(snapshot).isUnmodifiable();
    }

    static Stream<Arguments> invalidRequests() {
        String notPdf = Base64.getEncoder().encodeToString("plain text".getBytes(StandardCharsets.US_ASCII));
        return Stream.of(
                invalid("missing subject", "subject", body -> body.without("subject")),
                invalid("unknown patient", "subject",
                        body -> body.without("subject").reference("subject", "Patient/unknown")),
                invalid("subject not a patient", "subject",
                        body -> body.without("subject").reference("subject", "Encounter/" + ENCOUNTER_MICHUE_ID)),
                invalid("subject as string", "subject",
                        body -> body.without("subject").string("subject", "Patient/" + PATIENT_MICHUE_ID)),
                invalid("unknown encounter", "context", body -> body.reference("context", "Encounter/unknown")),
                invalid("encounter of another patient", "context",
                        body -> body.reference("context", "Encounter/" + ENCOUNTER_DUPRE_ID)),
                invalid("content type not PDF", "content-type", body -> body.code("content-type", "text/plain")),
                invalid("missing payload", "payload", body -> body.without("payload")),
                invalid("payload not base64", "payload",
                        body -> body.without("payload").string("payload", "%%% not base64 %%%")),
                invalid("payload not a PDF", "payload", body -> body.without("payload").string("payload", notPdf)),
                invalid("unknown parameter", "recipient", body -> body.string("recipient", "someone")),
                invalid("repeated parameter", "document-title",
                        body -> body.string("document-title", "A").string("document-title", "B")),
                invalid("title as code", "document-title", body -> body.code("document-title", "A")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void invalidRequestIsUnprocessable(String description, String location, String body) {
        LifenSandbox sandbox = extension.sandbox();

        SandboxHttp.Response response = send(sandbox.fhirV3Url(), "application/fhir+json", body);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/fhir+json");
        JsonNode outcome = response.json();
        assertThat(outcome.get("resourceType").asText()).isEqualTo("OperationOutcome");
        JsonNode issue = outcome.at("/issue/0");
        assertThat(issue.get("severity").asText()).isEqualTo("ERROR");
        assertThat(issue.get("code").asText()).isEqualTo("PROCESSING");
        assertThat(issue.get("diagnostics").asText()).isNotBlank();
        assertThat(issue.get("location").asText()).isEqualTo(location);
        assertThat(sandbox.receivedDocuments()).isEmpty();
    }

    @Test
    void bodyOtherThanParametersIsUnprocessable(LifenSandbox sandbox) {
        SandboxHttp.Response response = send(sandbox.fhirV3Url(), "application/fhir+json",
                "{\"resourceType\":\"Patient\",\"id\":\"x\"}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().at("/issue/0/location").asText()).isEqualTo("resourceType");
    }

    @Test
    void everyProblemIsReported(LifenSandbox sandbox) {
        String body = new SendToEhrBody().code("content-type", "image/png").json();

        SandboxHttp.Response response = send(sandbox.fhirV3Url(), "application/fhir+json", body);

        assertThat(response.status()).isEqualTo(422);
        List<String> locations = response.json().findValuesAsText("location");
        assertThat(locations).containsExactly("subject", "content-type", "payload");
    }

    // Starts from a valid request for MICHUE PAULETTE and applies one change that makes it invalid.
    private static Arguments invalid(String description, String location, UnaryOperator<SendToEhrBody> change) {
        SendToEhrBody valid = SendToEhrBody.forPatient(PATIENT_MICHUE_ID, Pdfs.read(Pdfs.LIBRE_OFFICE));
        return Arguments.of(description, location, change.apply(valid).json());
    }

    private static SandboxHttp.Response send(String fhirBase, String contentType, String body) {
        return SandboxHttp.postJson(fhirBase + "/CommunicationRequest/$send-to-ehr", token, contentType, body);
    }
}
