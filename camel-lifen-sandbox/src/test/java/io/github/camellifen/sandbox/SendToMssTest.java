package io.github.camellifen.sandbox;

import static io.github.camellifen.sandbox.SandboxSeedData.ENCOUNTER_DUPRE_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.ENCOUNTER_MICHUE_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.ORGANIZATION_CARDIOLOGY_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.ORGANIZATION_CARDIOLOGY_MSSANTE;
import static io.github.camellifen.sandbox.SandboxSeedData.ORGANIZATION_CH_ANGERS_FINESS;
import static io.github.camellifen.sandbox.SandboxSeedData.ORGANIZATION_CH_ANGERS_MSSANTE;
import static io.github.camellifen.sandbox.SandboxSeedData.PATIENT_MICHUE_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.PRACTITIONER_BERNARD_MSSANTE;
import static io.github.camellifen.sandbox.SandboxSeedData.PRACTITIONER_BERNARD_RPPS;
import static io.github.camellifen.sandbox.SandboxSeedData.PRACTITIONER_MICHUE_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.PRACTITIONER_MICHUE_MSSANTE;
import static io.github.camellifen.sandbox.SandboxSeedData.PRACTITIONER_NGUYEN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SendToMssTest {

    private static final String NO_SUPPORT_CLIENT = "no-support-client";
    private static final String NO_SEND_CLIENT = "no-send-client";
    private static final String SUPPORT_MISSING_BODY = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{"
            + "\"severity\":\"ERROR\",\"code\":\"PROCESSING\","
            + "\"diagnostics\":\"Mail support missing, please defined it in `https://portal.lifen.fr`\"}]}";

    @RegisterExtension
    static LifenSandboxExtension extension = new LifenSandboxExtension(LifenSandbox.builder()
            .rateLimitPerSecond(0)
            .client(NO_SUPPORT_CLIENT, "secret-1", Set.of(LifenSandbox.DEFAULT_AUDIENCE),
                    Set.of(LifenSandbox.DEFAULT_DATABASE_REFERENCE))
            .client(NO_SEND_CLIENT, "secret-2", Set.of(LifenSandbox.DEFAULT_AUDIENCE),
                    Set.of(LifenSandbox.DEFAULT_DATABASE_REFERENCE))
            .clientWithoutSupportAddress(NO_SUPPORT_CLIENT)
            .clientWithoutSendPermission(NO_SEND_CLIENT));

    private static String token;

    @BeforeAll
    static void requestToken() {
        token = SandboxHttp.token(extension.sandbox());
    }

    @BeforeEach
    void clearRecords() {
        extension.sandbox().reset();
    }

    @Test
    void sendingReturnsTrackingUrlAndTransactionId(LifenSandbox sandbox) {
        SandboxHttp.Response response = send(sandbox.fhirV3Url(), token,
                SendToMssBody.forPatient(PATIENT_MICHUE_ID, Pdfs.read(Pdfs.LIBRE_OFFICE)).json());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.header("Content-Type")).startsWith("application/fhir+json");
        JsonNode parameters = response.json();
        String transactionId = sandbox.receivedMssSendings().get(0).transactionId();
        assertThat(parameters.get("resourceType").asText()).isEqualTo("Parameters");
        assertThat(parameters.get("parameter")).hasSize(2);
        assertThat(parameters.at("/parameter/0/name").asText()).isEqualTo("tracking-url");
        assertThat(parameters.at("/parameter/0/valueString").asText()).isEqualTo(
                sandbox.fhirV3Url() + "/CommunicationRequest/$tracking?transaction-id=" + transactionId);
        assertThat(parameters.at("/parameter/1/name").asText()).isEqualTo("transaction-id");
        assertThat(parameters.at("/parameter/1/valueString").asText()).isEqualTo(transactionId);
    }

    @Test
    void sendingIsRecordedWithDocuments(LifenSandbox sandbox) {
        byte[] first = Pdfs.read(Pdfs.LIBRE_OFFICE);
        byte[] second = Pdfs.read(Pdfs.PDFLATEX);
        String body = new SendToMssBody()
                .reference("subject", "Patient/" + PATIENT_MICHUE_ID)
                .reference("context", "Encounter/" + ENCOUNTER_MICHUE_ID)
                .reference("sender", "Practitioner/" + PRACTITIONER_NGUYEN_ID)
                .reference("recipient", "Practitioner/" + PRACTITIONER_MICHUE_ID)
                .string("recipient-identifier", ORGANIZATION_CH_ANGERS_FINESS)
                .document(first, "Compte rendu opératoire", "11488-4")
                .document(second, null, null)
                .json();

        SandboxHttp.Response response = send(sandbox.fhirV3Url(), token, body);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        List<ReceivedMssSending> sendings = sandbox.receivedMssSendings();
        assertThat(sendings).hasSize(1);
        ReceivedMssSending sending = sendings.get(0);
        assertThat(sending.subject()).isEqualTo("Patient/" + PATIENT_MICHUE_ID);
        assertThat(sending.detailedSubjectFamily()).isNull();
        assertThat(sending.context()).isEqualTo("Encounter/" + ENCOUNTER_MICHUE_ID);
        assertThat(sending.sender()).isEqualTo("Practitioner/" + PRACTITIONER_NGUYEN_ID);
        assertThat(sending.recipients())
                .containsExactly("Practitioner/" + PRACTITIONER_MICHUE_ID, ORGANIZATION_CH_ANGERS_FINESS);
        assertThat(sending.documents()).hasSize(2);
        assertThat(sending.documents().get(0).content()).isEqualTo(first);
        assertThat(sending.documents().get(0).documentTitle()).isEqualTo("Compte rendu opératoire");
        assertThat(sending.documents().get(0).documentType()).isEqualTo("11488-4");
        assertThat(sending.documents().get(1).content()).isEqualTo(second);
        assertThat(sending.documents().get(1).documentTitle()).isNull();
        assertThat(sending.documents().get(1).documentType()).isNull();
        assertThat(sandbox.receivedDocuments()).containsExactlyElementsOf(sending.documents());
        assertThat(sandbox.receivedDocuments()).allSatisfy(document -> {
            assertThat(document.transactionId()).isEqualTo(sending.transactionId());
            assertThat(document.contentType()).isEqualTo("application/pdf");
        });
    }

    @Test
    void detailedSubjectNeedsNoId(LifenSandbox sandbox) {
        String body = new SendToMssBody()
                .detailedSubject("DURAND", "Chloé")
                .string("sender-identifier", "cabinet-durand")
                .string("recipient-identifier", PRACTITIONER_BERNARD_RPPS)
                .document(Pdfs.read(Pdfs.LIBRE_OFFICE), "Lettre", "34133-9")
                .json();

        SandboxHttp.Response response = send(sandbox.fhirV3Url(), token, body);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        ReceivedMssSending sending = sandbox.receivedMssSendings().get(0);
        assertThat(sending.subject()).isNull();
        assertThat(sending.detailedSubjectFamily()).isEqualTo("DURAND");
        assertThat(sending.sender()).isEqualTo("cabinet-durand");
        assertThat(sending.recipients()).containsExactly(PRACTITIONER_BERNARD_RPPS);
        assertThat(sandbox.receivedDocuments().get(0).subject()).isNull();
    }

    @Test
    void jsonContentTypeIsAccepted(LifenSandbox sandbox) {
        SandboxHttp.Response response = SandboxHttp.postJson(sandbox.fhirV2Url() + "/CommunicationRequest/$send-to-mss",
                token, "application/json", SendToMssBody.forPatient(PATIENT_MICHUE_ID, Pdfs.read(Pdfs.PDFLATEX)).json());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().at("/parameter/0/valueString").asText())
                .startsWith(sandbox.fhirV2Url() + "/CommunicationRequest/$tracking?transaction-id=");
    }

    @Test
    void trackingReportsMssanteMediumPerRecipient() {
        MutableClock clock = new MutableClock(Instant.parse("2026-02-01T08:00:00Z"));
        try (LifenSandbox sandbox = LifenSandbox.builder()
                .rateLimitPerSecond(0)
                .clock(clock)
                .trackingCompletesAfter(Duration.ofMinutes(2))
                .start()) {
            String localToken = SandboxHttp.token(sandbox);
            String body = new SendToMssBody()
                    .reference("subject", "Patient/" + PATIENT_MICHUE_ID)
                    .reference("recipient", "Practitioner/" + PRACTITIONER_MICHUE_ID)
                    .reference("recipient", "Organization/" + ORGANIZATION_CARDIOLOGY_ID)
                    .string("recipient-identifier", PRACTITIONER_BERNARD_RPPS)
                    .string("recipient-identifier", ORGANIZATION_CH_ANGERS_FINESS)
                    .document(Pdfs.read(Pdfs.LIBRE_OFFICE), "Lettre", null)
                    .json();
            SandboxHttp.Response sent = send(sandbox.fhirV3Url(), localToken, body);
            assertThat(sent.status()).as(sent.body()).isEqualTo(201);
            String trackingUrl = sent.json().at("/parameter/0/valueString").asText();

            JsonNode inProgress = tracked(trackingUrl, localToken);
            clock.advance(Duration.ofMinutes(2));
            JsonNode completed = tracked(trackingUrl, localToken);

            assertThat(inProgress.get("status").asText()).isEqualTo("in-progress");
            assertThat(completed.get("status").asText()).isEqualTo("completed");
            List<String> addresses = new ArrayList<>();
            for (JsonNode medium : completed.get("medium")) {
                assertThat(medium.at("/coding/0/system").asText())
                        .isEqualTo("http://lifen.fr/fhir/ValueSet/communication-medium");
                assertThat(medium.at("/coding/0/code").asText()).isEqualTo("MSSANTE");
                addresses.add(medium.get("text").asText());
            }
            assertThat(addresses).containsExactly(PRACTITIONER_MICHUE_MSSANTE, ORGANIZATION_CARDIOLOGY_MSSANTE,
                    PRACTITIONER_BERNARD_MSSANTE, ORGANIZATION_CH_ANGERS_MSSANTE);
        }
    }

    @Test
    void trackedCommunicationRequestIsReadable(LifenSandbox sandbox) {
        SandboxHttp.Response sent = send(sandbox.fhirV3Url(), token,
                SendToMssBody.forPatient(PATIENT_MICHUE_ID, Pdfs.read(Pdfs.LIBRE_OFFICE)).json());
        String transactionId = sent.json().at("/parameter/1/valueString").asText();

        SandboxHttp.Response read = SandboxHttp.get(sandbox.fhirV3Url() + "/CommunicationRequest/" + transactionId,
                token);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().at("/recipient/0/reference").asText()).isEqualTo("Practitioner/" + PRACTITIONER_MICHUE_ID);
        assertThat(read.json().at("/medium/0/coding/0/code").asText()).isEqualTo("MSSANTE");
        assertThat(read.json().at("/payload/0/contentAttachment/title").asText()).isEqualTo("Compte rendu");
    }

    @Test
    void missingSupportAddressFailsPrecondition(LifenSandbox sandbox) throws Exception {
        String otherToken = SandboxHttp.token(sandbox, NO_SUPPORT_CLIENT, "secret-1");

        SandboxHttp.Response response = send(sandbox.fhirV3Url(), otherToken,
                SendToMssBody.forPatient(PATIENT_MICHUE_ID, Pdfs.read(Pdfs.LIBRE_OFFICE)).json());

        assertThat(response.status()).isEqualTo(412);
        assertThat(response.json()).isEqualTo(SandboxHttp.JSON.readTree(SUPPORT_MISSING_BODY));
        assertThat(sandbox.receivedMssSendings()).isEmpty();
    }

    @Test
    void supportAddressNotNeededForEhr(LifenSandbox sandbox) {
        String otherToken = SandboxHttp.token(sandbox, NO_SUPPORT_CLIENT, "secret-1");

        SandboxHttp.Response response = SandboxHttp.postJson(
                sandbox.fhirV3Url() + "/CommunicationRequest/$send-to-ehr", otherToken, "application/fhir+json",
                SendToEhrBody.forPatient(PATIENT_MICHUE_ID, Pdfs.read(Pdfs.LIBRE_OFFICE)).json());

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void clientWithoutPermissionIsForbidden(LifenSandbox sandbox) {
        String otherToken = SandboxHttp.token(sandbox, NO_SEND_CLIENT, "secret-2");

        SandboxHttp.Response mss = send(sandbox.fhirV3Url(), otherToken,
                SendToMssBody.forPatient(PATIENT_MICHUE_ID, Pdfs.read(Pdfs.LIBRE_OFFICE)).json());
        SandboxHttp.Response ehr = SandboxHttp.postJson(sandbox.fhirV3Url() + "/CommunicationRequest/$send-to-ehr",
                otherToken, "application/fhir+json",
                SendToEhrBody.forPatient(PATIENT_MICHUE_ID, Pdfs.read(Pdfs.LIBRE_OFFICE)).json());

        for (SandboxHttp.Response response : List.of(mss, ehr)) {
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.json().at("/issue/0/severity").asText()).isEqualTo("ERROR");
            assertThat(response.json().at("/issue/0/code").asText()).isEqualTo("FORBIDDEN");
        }
        assertThat(sandbox.receivedDocuments()).isEmpty();
    }

    static Stream<Arguments> invalidRequests() {
        String notPdf = Base64.getEncoder().encodeToString("plain text".getBytes(StandardCharsets.US_ASCII));
        byte[] pdf = Pdfs.read(Pdfs.LIBRE_OFFICE);
        return Stream.of(
                invalid("no subject", "subject", body -> body.without("subject")),
                invalid("subject and detailed subject", "subject", body -> body.detailedSubject("DURAND", "Chloé")),
                invalid("unknown patient", "subject",
                        body -> body.without("subject").reference("subject", "Patient/unknown")),
                invalid("subject not a patient", "subject",
                        body -> body.without("subject").reference("subject", "Encounter/" + ENCOUNTER_MICHUE_ID)),
                invalid("detailed subject without family", "detailed-subject",
                        body -> body.without("subject").detailedSubject(null, "Chloé")),
                invalid("encounter of another patient", "context",
                        body -> body.reference("context", "Encounter/" + ENCOUNTER_DUPRE_ID)),
                invalid("unknown encounter", "context", body -> body.reference("context", "Encounter/unknown")),
                invalid("unknown sender", "sender", body -> body.reference("sender", "Practitioner/unknown")),
                invalid("sender and sender identifier", "sender",
                        body -> body.reference("sender", "Practitioner/" + PRACTITIONER_NGUYEN_ID)
                                .string("sender-identifier", "someone")),
                invalid("no recipient", "recipient", body -> body.without("recipient")),
                invalid("unknown recipient", "recipient",
                        body -> body.reference("recipient", "Organization/unknown")),
                invalid("recipient not in directory types", "recipient",
                        body -> body.reference("recipient", "Patient/" + PATIENT_MICHUE_ID)),
                invalid("unknown recipient identifier", "recipient-identifier",
                        body -> body.string("recipient-identifier", "99999999999")),
                invalid("eleven recipients", "recipient", SendToMssTest::elevenRecipients),
                invalid("no document", "document", body -> body.without("document")),
                invalid("eleven documents", "document", body -> {
                    for (int i = 0; i < 10; i++) {
                        body.document(pdf, "Page " + i, null);
                    }
                    return body;
                }),
                invalid("document not PDF type", "document",
                        body -> body.without("document").document("text/plain", notPdf, null, null)),
                invalid("document without content type", "document", body -> body.without("document")
                        .document(null, Base64.getEncoder().encodeToString(pdf), null, null)),
                invalid("document not base64", "document",
                        body -> body.without("document").document("application/pdf", "%%% not base64 %%%", null, null)),
                invalid("document not a PDF", "document",
                        body -> body.without("document").document("application/pdf", notPdf, null, null)),
                invalid("document without data", "document",
                        body -> body.without("document").document("application/pdf", null, "Vide", null)),
                invalid("unknown parameter", "payload", body -> body.string("payload", "x")),
                invalid("repeated subject", "subject",
                        body -> body.reference("subject", "Patient/" + PATIENT_MICHUE_ID)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void invalidRequestIsUnprocessable(String description, String location, String body) {
        LifenSandbox sandbox = extension.sandbox();

        SandboxHttp.Response response = send(sandbox.fhirV3Url(), token, body);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        JsonNode issue = response.json().at("/issue/0");
        assertThat(issue.get("severity").asText()).isEqualTo("ERROR");
        assertThat(issue.get("code").asText()).isEqualTo("PROCESSING");
        assertThat(issue.get("diagnostics").asText()).isNotBlank();
        assertThat(response.json().findValuesAsText("location")).contains(location);
        assertThat(sandbox.receivedMssSendings()).isEmpty();
        assertThat(sandbox.receivedDocuments()).isEmpty();
    }

    @Test
    void bodyOtherThanParametersIsUnprocessable(LifenSandbox sandbox) {
        SandboxHttp.Response response = send(sandbox.fhirV3Url(), token, "{\"resourceType\":\"Patient\"}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().at("/issue/0/location").asText()).isEqualTo("resourceType");
    }

    @Test
    void tenRecipientsAndDocumentsAreAccepted(LifenSandbox sandbox) {
        byte[] pdf = Pdfs.read(Pdfs.LIBRE_OFFICE);
        SendToMssBody body = tenRecipients(new SendToMssBody().reference("subject", "Patient/" + PATIENT_MICHUE_ID));
        for (int i = 0; i < 10; i++) {
            body.document(pdf, "Document " + i, null);
        }

        SandboxHttp.Response response = send(sandbox.fhirV3Url(), token, body.json());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(sandbox.receivedMssSendings().get(0).recipients()).hasSize(10);
        assertThat(sandbox.receivedDocuments()).hasSize(10);
    }

    // Repeats the directory's seven entries, which the sandbox accepts, up to ten recipients.
    private static SendToMssBody tenRecipients(SendToMssBody body) {
        List<String> references = List.of("Practitioner/sandbox-practitioner-1", "Practitioner/sandbox-practitioner-2",
                "Practitioner/sandbox-practitioner-3", "Practitioner/sandbox-practitioner-4",
                "Organization/sandbox-organization-1", "Organization/sandbox-organization-2",
                "Organization/sandbox-organization-3");
        for (int i = 0; i < 10; i++) {
            body.reference("recipient", references.get(i % references.size()));
        }
        return body;
    }

    private static SendToMssBody elevenRecipients(SendToMssBody body) {
        return tenRecipients(body.without("recipient")).string("recipient-identifier", PRACTITIONER_BERNARD_RPPS);
    }

    // Starts from a valid request for MICHUE PAULETTE and applies one change that makes it invalid.
    private static Arguments invalid(String description, String location, UnaryOperator<SendToMssBody> change) {
        SendToMssBody valid = SendToMssBody.forPatient(PATIENT_MICHUE_ID, Pdfs.read(Pdfs.LIBRE_OFFICE));
        return Arguments.of(description, location, change.apply(valid).json());
    }

    private static JsonNode tracked(String trackingUrl, String token) {
        SandboxHttp.Response response = SandboxHttp.get(trackingUrl, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("type").asText()).isEqualTo("collection");
        assertThat(response.json().get("total").asInt()).isEqualTo(1);
        return response.json().at("/entry/0/resource");
    }

    private static SandboxHttp.Response send(String fhirBase, String token, String body) {
        return SandboxHttp.postJson(fhirBase + "/CommunicationRequest/$send-to-mss", token, "application/fhir+json",
                body);
    }
}
