package io.github.camellifen.component;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellifen.component.StubServer.Reply;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Parameters that send-to-mss sends, and Lifen's limits checked before sending. */
class MssSendingTest {

    private static final String SEND = "lifen:send-to-mss?subject=Patient/123";
    private static final byte[] PDF_A = "%PDF-1.4 first document".getBytes();
    private static final byte[] PDF_B = "%PDF-1.4 second document".getBytes();

    private StubServer tokens;
    private StubServer api;

    @BeforeEach
    void startStubs() throws Exception {
        tokens = new StubServer();
        api = new StubServer().respond(request -> Reply.fhir(201, "{\"resourceType\":\"Parameters\",\"parameter\":["
                + "{\"name\":\"tracking-url\",\"valueString\":\"" + api.url("/fhir/v3/CommunicationRequest/$tracking"
                + "?transaction-id=tx-9") + "\"},{\"name\":\"transaction-id\",\"valueString\":\"tx-9\"}]}"));
    }

    @AfterEach
    void stopStubs() {
        tokens.close();
        api.close();
    }

    @Test
    void parametersCarryRecipientsAndDocuments() throws Exception {
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            Exchange exchange = lifen.send(SEND + "&recipients=Practitioner/p1,810000000001&documentType=11488-4"
                    + "&sender=Practitioner/s1", e -> {
                e.getMessage().setBody(List.of(PDF_A, new LifenDocument(PDF_B, "Second", "18748-4")));
                e.getMessage().setHeader(LifenConstants.DOCUMENT_TITLE, "First");
            });

            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getHeader(LifenConstants.TRANSACTION_ID)).isEqualTo("tx-9");
            assertThat(exchange.getMessage().getHeader(LifenConstants.TRACKING_URL, String.class))
                    .endsWith("$tracking?transaction-id=tx-9");
        }

        StubServer.Recorded request = api.last();
        assertThat(request.path()).isEqualTo("/fhir/v3/CommunicationRequest/$send-to-mss");
        assertThat(request.header("Content-Type")).isEqualTo("application/fhir+json; charset=UTF-8");
        JsonNode parameters = new ObjectMapper().readTree(request.body()).get("parameter");
        assertThat(parameter(parameters, "subject", 0).at("/valueReference/reference").asText()).isEqualTo("Patient/123");
        assertThat(parameter(parameters, "sender", 0).at("/valueReference/reference").asText())
                .isEqualTo("Practitioner/s1");
        assertThat(parameter(parameters, "recipient", 0).at("/valueReference/reference").asText())
                .isEqualTo("Practitioner/p1");
        assertThat(parameter(parameters, "recipient-identifier", 0).get("valueString").asText())
                .isEqualTo("810000000001");

        JsonNode first = parameter(parameters, "document", 0).at("/part/0");
        JsonNode second = parameter(parameters, "document", 1).at("/part/0");
        assertThat(first.get("name").asText()).isEqualTo("document-reference");
        assertThat(first.at("/resource/resourceType").asText()).isEqualTo("DocumentReference");
        assertThat(first.at("/resource/content/0/attachment/contentType").asText()).isEqualTo("application/pdf");
        assertThat(first.at("/resource/content/0/attachment/title").asText()).isEqualTo("First");
        assertThat(first.at("/resource/type/coding/0/code").asText()).isEqualTo("11488-4");
        assertThat(Base64.getDecoder().decode(first.at("/resource/content/0/attachment/data").asText())).isEqualTo(PDF_A);
        assertThat(second.at("/resource/content/0/attachment/title").asText()).isEqualTo("Second");
        assertThat(second.at("/resource/type/coding/0/code").asText()).isEqualTo("18748-4");
        assertThat(Base64.getDecoder().decode(second.at("/resource/content/0/attachment/data").asText())).isEqualTo(PDF_B);
    }

    @Test
    void detailedSubjectReplacesReference() throws Exception {
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            Exchange exchange = lifen.send("lifen:send-to-mss?recipients=Practitioner/p1", e -> {
                e.getMessage().setBody(PDF_A);
                e.getMessage().setHeader(LifenConstants.DETAILED_SUBJECT, Map.of("resourceType", "Patient",
                        "name", List.of(Map.of("family", "Dupré"))));
            });
            assertThat(exchange.getException()).isNull();
        }

        JsonNode parameters = new ObjectMapper().readTree(api.last().body()).get("parameter");
        assertThat(parameter(parameters, "detailed-subject", 0).at("/resource/name/0/family").asText()).isEqualTo("Dupré");
        assertThat(parameter(parameters, "subject", 0)).isNull();
    }

    @Test
    void recipientLimitsAreChecked() {
        String eleven = String.join(",", java.util.Collections.nCopies(11, "Practitioner/p1"));
        assertRejected(SEND + "&recipients=" + eleven, PDF_A, "send-to-mss takes 1 to 10 recipients, not 11");
        assertRejected(SEND, PDF_A, "send-to-mss takes 1 to 10 recipients, not 0");
        assertRejected(SEND + "&recipients=not a reference", PDF_A, "Invalid recipient 'not a reference'");
    }

    @Test
    void documentLimitsAreChecked() {
        List<byte[]> eleven = java.util.Collections.nCopies(11, PDF_A);
        assertRejected(SEND + "&recipients=Practitioner/p1", eleven, "send-to-mss takes 1 to 10 documents, not 11");
        assertRejected(SEND + "&recipients=Practitioner/p1&contentType=text/plain", "hello",
                "send-to-mss sends PDF documents only");
        assertRejected(SEND + "&recipients=Practitioner/p1", List.of(PDF_A, "not a pdf".getBytes()),
                "is not a PDF");
    }

    private void assertRejected(String uri, Object body, String message) {
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            Exception failure = lifen.send(uri, e -> e.getMessage().setBody(body)).getException();
            assertThat(failure).as(uri).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
        }
        assertThat(api.count()).as("nothing sent for " + uri).isZero();
    }

    private static JsonNode parameter(JsonNode parameters, String name, int index) {
        int seen = 0;
        for (JsonNode parameter : parameters) {
            if (name.equals(parameter.get("name").asText()) && seen++ == index) {
                return parameter;
            }
        }
        return null;
    }
}
