package io.github.camellifen.sandbox;

import static io.github.camellifen.sandbox.SandboxSeedData.PATIENT_MICHUE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camellifen.sandbox.http.RequestSizeFilter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestLimitsTest {

    private static final String MEDIA_TYPE_BODY = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{"
            + "\"severity\":\"ERROR\",\"code\":\"STRUCTURE\",\"diagnostics\":\"Issue with media type\"}]}";

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

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "v3, /Patient/_search, text/plain",
        "v3, /Patient/_search, application/fhir+json",
        "v3, /Practitioner/$search-for-mss, application/json",
        "v3, /CommunicationRequest/$send-to-ehr, text/plain",
        "v3, /CommunicationRequest/$send-to-mss, application/x-www-form-urlencoded",
        "v3, /CommunicationRequest/$send-to-mss, application/fhir+xml",
        "v2, /Patient, text/plain",
        "v2, /Binary, text/plain",
        "v2, /DocumentReference, application/pdf"
    })
    void wrongMediaTypeIsUnsupported(String version, String path, String contentType) throws Exception {
        SandboxHttp.Response response = SandboxHttp.postJson(base(version) + path, token, contentType, "{}");

        assertThat(response.status()).as(response.body()).isEqualTo(415);
        assertThat(response.header("Content-Type")).startsWith("application/fhir+json");
        assertThat(response.json()).isEqualTo(SandboxHttp.JSON.readTree(MEDIA_TYPE_BODY));
    }

    @Test
    void putWithWrongMediaTypeIsUnsupported(LifenSandbox sandbox) {
        SandboxHttp.Response response = SandboxHttp.send(sandbox.fhirV2Url() + "/Patient/" + PATIENT_MICHUE_ID, token,
                "PUT", "text/plain", "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(415);
    }

    @Test
    void postBodyWithoutMediaTypeIsUnsupported(LifenSandbox sandbox) {
        SandboxHttp.Response response = SandboxHttp.send(sandbox.fhirV3Url() + "/CommunicationRequest/$send-to-ehr",
                token, "POST", null, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(415);
    }

    @Test
    void getChecksDeclaredMediaType(LifenSandbox sandbox) {
        String url = sandbox.fhirV3Url() + "/Patient/" + PATIENT_MICHUE_ID;

        assertThat(SandboxHttp.getWithContentType(url, token, "text/plain").status()).isEqualTo(415);
        assertThat(SandboxHttp.getWithContentType(url, token, "application/fhir+json").status()).isEqualTo(200);
        assertThat(SandboxHttp.get(url, token).status()).isEqualTo(200);
    }

    @Test
    void mediaTypeParametersAndCaseAreIgnored(LifenSandbox sandbox) {
        SandboxHttp.Response search = SandboxHttp.postJson(sandbox.fhirV3Url() + "/Patient/_search", token,
                "Application/X-WWW-Form-Urlencoded; charset=UTF-8", "family=MICHUE");
        SandboxHttp.Response send = SandboxHttp.postJson(sandbox.fhirV3Url() + "/CommunicationRequest/$send-to-ehr",
                token, "application/fhir+json; charset=UTF-8; fhirVersion=4.0",
                SendToEhrBody.forPatient(PATIENT_MICHUE_ID, Pdfs.read(Pdfs.LIBRE_OFFICE)).json());

        assertThat(search.status()).as(search.body()).isEqualTo(200);
        assertThat(send.status()).as(send.body()).isEqualTo(201);
    }

    @Test
    void emptyPostWithoutMediaTypeIsAccepted(LifenSandbox sandbox) {
        SandboxHttp.Response response = SandboxHttp.send(sandbox.fhirV3Url() + "/Patient/_search?family=MICHUE", token,
                "POST", null, new byte[0]);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void oversizedContentLengthRejectedEarly(LifenSandbox sandbox) throws Exception {
        // Above the drain limit, so the sandbox replies without reading the body
        long tooLarge = RequestSizeFilter.DRAIN_LIMIT + 1;
        String head = "POST /fhir/v3/CommunicationRequest/$send-to-ehr HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: application/fhir+json\r\n"
                + "Content-Length: " + tooLarge + "\r\n";

        // Sends no body at all: a response proves that the sandbox did not wait for it.
        RawHttp.Response response = RawHttp.exchange(sandbox.port(), head, new byte[0]);

        assertThat(response.status()).isEqualTo(413);
        JsonNode issue = SandboxHttp.JSON.readTree(response.body()).at("/issue/0");
        assertThat(issue.get("severity").asText()).isEqualTo("ERROR");
        assertThat(issue.get("code").asText()).isEqualTo("TOO-LONG");
        assertThat(issue.get("diagnostics").asText()).contains(Long.toString(tooLarge),
                Long.toString(LifenSandbox.DEFAULT_MAX_REQUEST_BYTES));
        assertThat(sandbox.requestCount("/fhir/v3/CommunicationRequest/$send-to-ehr", 413)).isEqualTo(1);
    }

    @Test
    void configuredLimitApplies() throws Exception {
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0).maxRequestBytes(4096).start()) {
            String localToken = SandboxHttp.token(sandbox);
            byte[] body = new byte[4097];

            RawHttp.Response declared = RawHttp.exchange(sandbox.port(), head(localToken, "Content-Length: 4097"),
                    body);
            RawHttp.Response chunked = RawHttp.exchange(sandbox.port(),
                    head(localToken, "Transfer-Encoding: chunked"), RawHttp.chunked(body));
            RawHttp.Response small = RawHttp.exchange(sandbox.port(),
                    head(localToken, "Transfer-Encoding: chunked"), RawHttp.chunked(
                    "{\"resourceType\":\"Parameters\"}".getBytes(StandardCharsets.UTF_8)));

            assertThat(declared.status()).isEqualTo(413);
            assertThat(chunked.status()).isEqualTo(413);
            assertThat(SandboxHttp.JSON.readTree(chunked.body()).at("/issue/0/diagnostics").asText())
                    .isEqualTo("The request body of more than 4096 bytes exceeds the limit of 4096 bytes.");
            assertThat(small.status()).as(small.body()).isEqualTo(422);
        }
    }

    @Test
    void continueExpectingClientGetsNoContinue(LifenSandbox sandbox) {
        String head = "POST /fhir/v3/CommunicationRequest/$send-to-ehr HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: application/fhir+json\r\n"
                + "Expect: 100-continue\r\n"
                + "Content-Length: " + (LifenSandbox.DEFAULT_MAX_REQUEST_BYTES + 1) + "\r\n";

        RawHttp.Response response = RawHttp.exchange(sandbox.port(), head, new byte[0]);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.head()).doesNotContain("100 Continue");
    }

    @Test
    void chunkedBodyWithinLimitIsReceived(LifenSandbox sandbox) {
        byte[] pdf = Pdfs.read(Pdfs.PDFLATEX);
        byte[] body = SendToEhrBody.forPatient(PATIENT_MICHUE_ID, pdf).json().getBytes(StandardCharsets.UTF_8);

        SandboxHttp.Response response = SandboxHttp.postChunked(
                sandbox.fhirV3Url() + "/CommunicationRequest/$send-to-ehr", token, "application/fhir+json", body);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(sandbox.receivedDocuments().get(0).content()).isEqualTo(pdf);
    }

    @Test
    void fifteenMegabytePdfFitsDefaultLimit(LifenSandbox sandbox) {
        byte[] pdf = Pdfs.large(15 * 1024 * 1024);
        String body = new SendToMssBody()
                .reference("subject", "Patient/" + PATIENT_MICHUE_ID)
                .reference("recipient", "Practitioner/" + SandboxSeedData.PRACTITIONER_BERNARD_ID)
                .document(pdf, "Imagerie", null)
                .json();

        SandboxHttp.Response response = SandboxHttp.postJson(sandbox.fhirV3Url() + "/CommunicationRequest/$send-to-mss",
                token, "application/fhir+json", body);

        assertThat(body.length()).isGreaterThan(20_000_000);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(sandbox.receivedDocuments().get(0).content()).isEqualTo(pdf);
    }

    @Test
    void earlyRejectionsKeepClientUsable(LifenSandbox sandbox) {
        byte[] large = SendToEhrBody.forPatient(PATIENT_MICHUE_ID, Pdfs.large(3 * 1024 * 1024)).json()
                .getBytes(StandardCharsets.UTF_8);
        String sendToEhr = sandbox.fhirV3Url() + "/CommunicationRequest/$send-to-ehr";
        String patient = sandbox.fhirV3Url() + "/Patient/" + PATIENT_MICHUE_ID;

        // The shared client reuses connections: a rejection that leaves a body unread must not break the next request.
        for (int round = 0; round < 3; round++) {
            assertThat(SandboxHttp.send(sendToEhr, "not-a-token", "POST", "application/fhir+json", large).status())
                    .isEqualTo(401);
            assertThat(SandboxHttp.get(patient, token).status()).isEqualTo(200);
            assertThat(SandboxHttp.send(sendToEhr, token, "POST", "text/plain", large).status()).isEqualTo(415);
            assertThat(SandboxHttp.get(patient, token).status()).isEqualTo(200);
        }
    }

    @Test
    void searchFormStillWorksAfterFilter(LifenSandbox sandbox) {
        SandboxHttp.Response response = SandboxHttp.postForm(sandbox.fhirV3Url() + "/Patient/_search", token,
                Map.of("family", "MICHUE"));

        assertThat(response.json().get("total").asInt()).isEqualTo(1);
    }

    private static String head(String token, String lengthHeader) {
        return "POST /fhir/v3/CommunicationRequest/$send-to-ehr HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: application/fhir+json\r\n"
                + "Connection: close\r\n"
                + lengthHeader + "\r\n";
    }

    private static String base(String version) {
        return "v2".equals(version) ? extension.sandbox().fhirV2Url() : extension.sandbox().fhirV3Url();
    }
}
