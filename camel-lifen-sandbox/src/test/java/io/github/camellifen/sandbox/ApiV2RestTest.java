package io.github.camellifen.sandbox;

import static io.github.camellifen.sandbox.SandboxSeedData.ENCOUNTER_MICHUE_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.PATIENT_MICHUE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiV2RestTest {

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
    void createReturnsLocationAndResource(LifenSandbox sandbox) {
        SandboxHttp.Response response = create("Patient", "{\"resourceType\":\"Patient\",\"id\":\"client-id\","
                + "\"name\":[{\"family\":\"NOUVEAU\",\"given\":[\"Jean\"]}]}");

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode patient = response.json();
        String id = patient.get("id").asText();
        assertThat(id).isNotEqualTo("client-id");
        assertThat(response.header("Location")).isEqualTo(sandbox.fhirV2Url() + "/Patient/" + id + "/_history/1");
        assertThat(patient.at("/meta/versionId").asText()).isEqualTo("1");
        assertThat(patient.at("/meta/tag/0/code").asText()).isEqualTo("DEFAULT");
        assertThat(patient.at("/extension/0/valueString").asText()).isEqualTo(LifenSandbox.DEFAULT_DATABASE_REFERENCE);
        assertThat(patient.at("/name/0/family").asText()).isEqualTo("NOUVEAU");
    }

    @Test
    void createdPatientIsVisibleOnV3(LifenSandbox sandbox) {
        String id = create("Patient", "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"VISIBLE\"}]}")
                .json().get("id").asText();

        SandboxHttp.Response read = SandboxHttp.get(sandbox.fhirV3Url() + "/Patient/" + id, token);
        SandboxHttp.Response search = SandboxHttp.postForm(sandbox.fhirV3Url() + "/Patient/_search", token,
                Map.of("family", "VISIBLE"));

        assertThat(read.status()).isEqualTo(200);
        assertThat(SandboxHttp.entryIds(search)).containsExactly(id);
    }

    @Test
    void updateIncrementsVersion(LifenSandbox sandbox) {
        String id = create("Patient", "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"AVANT\"}]}")
                .json().get("id").asText();

        SandboxHttp.Response first = update("Patient", id,
                "{\"resourceType\":\"Patient\",\"id\":\"" + id + "\",\"name\":[{\"family\":\"APRES\"}]}");
        SandboxHttp.Response second = update("Patient", id,
                "{\"resourceType\":\"Patient\",\"id\":\"" + id + "\",\"name\":[{\"family\":\"ENCORE\"}]}");
        SandboxHttp.Response read = SandboxHttp.get(sandbox.fhirV2Url() + "/Patient/" + id, token);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().at("/meta/versionId").asText()).isEqualTo("2");
        assertThat(second.json().at("/meta/versionId").asText()).isEqualTo("3");
        assertThat(read.json().at("/meta/versionId").asText()).isEqualTo("3");
        assertThat(read.json().at("/name/0/family").asText()).isEqualTo("ENCORE");
        assertThat(read.json().at("/meta/tag")).hasSize(1);
        assertThat(read.json().get("extension")).hasSize(1);
    }

    @Test
    void seedPatientUpdateStartsFromItsVersion(LifenSandbox sandbox) {
        String url = sandbox.fhirV2Url() + "/Patient/" + SandboxSeedData.PATIENT_LEFEVRE_ID;
        SandboxHttp.Response original = SandboxHttp.get(url, token);
        ObjectNode changed = (ObjectNode) original.json();
        changed.put("gender", "other");

        SandboxHttp.Response updated = update("Patient", SandboxSeedData.PATIENT_LEFEVRE_ID, changed.toString());

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().at("/meta/versionId").asText()).isEqualTo("3");
        assertThat(updated.json().get("gender").asText()).isEqualTo("other");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Binary", "DocumentReference", "CommunicationRequest", "Patient"})
    void unknownIdIsNotFound(String type) {
        LifenSandbox sandbox = extension.sandbox();

        SandboxHttp.Response read = SandboxHttp.get(sandbox.fhirV2Url() + "/" + type + "/unknown", token);
        SandboxHttp.Response update = update(type, "unknown",
                "{\"resourceType\":\"" + type + "\",\"id\":\"unknown\"}");

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.json().at("/issue/0/code").asText()).isEqualTo("NOTFOUND");
        assertThat(read.json().at("/issue/0/diagnostics").asText())
                .isEqualTo("Unknown service (GET) : " + type + "/unknown");
        assertThat(update.status()).as(update.body()).isEqualTo(404);
        assertThat(update.json().at("/issue/0/diagnostics").asText())
                .isEqualTo("Unknown service (PUT) : " + type + "/unknown");
    }

    @Test
    void binaryCreatedFromRawPdfIsReadable(LifenSandbox sandbox) {
        byte[] pdf = Pdfs.read(Pdfs.LIBRE_OFFICE);

        SandboxHttp.Response created = SandboxHttp.postBytes(sandbox.fhirV2Url() + "/Binary", token, "application/pdf", pdf);
        String id = created.json().get("id").asText();
        SandboxHttp.Response read = SandboxHttp.getWithAccept(sandbox.fhirV2Url() + "/Binary/" + id, token,
                "application/fhir+json");
        SandboxHttp.Response raw = SandboxHttp.getWithAccept(sandbox.fhirV2Url() + "/Binary/" + id, token,
                "application/pdf");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(sandbox.fhirV2Url() + "/Binary/" + id + "/_history/1");
        assertThat(read.json().get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(Base64.getDecoder().decode(read.json().get("data").asText())).isEqualTo(pdf);
        assertThat(raw.status()).isEqualTo(200);
        assertThat(raw.header("Content-Type")).startsWith("application/pdf");
        assertThat(raw.body()).startsWith("%PDF-");
    }

    @Test
    void documentReferenceRoundTrips() {
        String id = create("DocumentReference", documentReferenceWithData(Pdfs.read(Pdfs.PDFLATEX))).json()
                .get("id").asText();

        SandboxHttp.Response updated = update("DocumentReference", id, "{\"resourceType\":\"DocumentReference\",\"id\":\""
                + id + "\",\"status\":\"superseded\"}");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("status").asText()).isEqualTo("superseded");
        assertThat(updated.json().at("/meta/versionId").asText()).isEqualTo("2");
    }

    @Test
    void communicationRequestWithBinaryIsReceived(LifenSandbox sandbox) {
        byte[] pdf = Pdfs.read(Pdfs.LIBRE_OFFICE);
        String binaryId = SandboxHttp.postBytes(sandbox.fhirV2Url() + "/Binary", token, "application/pdf", pdf).json()
                .get("id").asText();

        SandboxHttp.Response created = create("CommunicationRequest", communicationRequest("Binary/" + binaryId));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        List<ReceivedDocument> documents = sandbox.receivedDocuments();
        assertThat(documents).hasSize(1);
        ReceivedDocument document = documents.get(0);
        assertThat(document.transactionId()).isEqualTo(created.json().get("id").asText());
        assertThat(document.subject()).isEqualTo("Patient/" + PATIENT_MICHUE_ID);
        assertThat(document.context()).isEqualTo("Encounter/" + ENCOUNTER_MICHUE_ID);
        assertThat(document.documentType()).isEqualTo("11488-4");
        assertThat(document.contentType()).isEqualTo("application/pdf");
        assertThat(document.content()).isEqualTo(pdf);
    }

    @Test
    void communicationRequestWithDocumentReferenceIsReceived(LifenSandbox sandbox) {
        byte[] inline = Pdfs.read(Pdfs.PDFLATEX);
        byte[] linked = Pdfs.read(Pdfs.LIBRE_OFFICE);
        String inlineId = create("DocumentReference", documentReferenceWithData(inline)).json().get("id").asText();
        String binaryId = SandboxHttp.postBytes(sandbox.fhirV2Url() + "/Binary", token, "application/pdf", linked)
                .json().get("id").asText();
        String linkedId = create("DocumentReference", "{\"resourceType\":\"DocumentReference\",\"status\":\"current\","
                + "\"description\":\"Lettre de liaison\",\"content\":[{\"attachment\":{\"contentType\":\"application/pdf\","
                + "\"url\":\"Binary/" + binaryId + "\"}}]}").json().get("id").asText();

        create("CommunicationRequest", communicationRequest("DocumentReference/" + inlineId,
                "DocumentReference/" + linkedId, "Binary/unknown"));

        List<ReceivedDocument> documents = sandbox.receivedDocuments();
        assertThat(documents).hasSize(3);
        assertThat(documents.get(0).content()).isEqualTo(inline);
        assertThat(documents.get(0).documentTitle()).isEqualTo("Compte rendu");
        assertThat(documents.get(0).documentType()).isEqualTo("34133-9");
        assertThat(documents.get(1).content()).isEqualTo(linked);
        assertThat(documents.get(1).documentTitle()).isEqualTo("Lettre de liaison");
        assertThat(documents.get(2).content()).isEmpty();
    }

    @Test
    void createdCommunicationRequestIsTracked(LifenSandbox sandbox) {
        String binaryId = SandboxHttp.postBytes(sandbox.fhirV2Url() + "/Binary", token, "application/pdf",
                Pdfs.read(Pdfs.LIBRE_OFFICE)).json().get("id").asText();
        String id = create("CommunicationRequest", communicationRequest("Binary/" + binaryId)).json().get("id").asText();

        SandboxHttp.Response tracking = SandboxHttp.get(sandbox.fhirV2Url()
                + "/Communication?based-on=CommunicationRequest/" + id + "&_elements=status,notDoneReason", token);
        SandboxHttp.Response read = SandboxHttp.get(sandbox.fhirV3Url() + "/CommunicationRequest/" + id, token);

        assertThat(tracking.json().get("total").asInt()).isEqualTo(1);
        assertThat(tracking.json().at("/entry/0/resource/status").asText()).isEqualTo("completed");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().at("/payload/0/contentReference/reference").asText()).isEqualTo("Binary/" + binaryId);
    }

    @Test
    void communicationRequestWithoutDocumentIsOnlyStored(LifenSandbox sandbox) {
        SandboxHttp.Response created = create("CommunicationRequest", "{\"resourceType\":\"CommunicationRequest\","
                + "\"status\":\"draft\",\"payload\":[{\"contentString\":\"Bonjour\"}]}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(sandbox.receivedDocuments()).isEmpty();
    }

    @Test
    void v3HasNoCreateOrV2Types(LifenSandbox sandbox) {
        SandboxHttp.Response create = SandboxHttp.postJson(sandbox.fhirV3Url() + "/Patient", token,
                "application/fhir+json", "{\"resourceType\":\"Patient\"}");
        SandboxHttp.Response binary = SandboxHttp.get(sandbox.fhirV3Url() + "/Binary/anything", token);

        assertThat(create.status()).isEqualTo(400);
        assertThat(binary.status()).isEqualTo(404);
        assertThat(binary.json().at("/issue/0/code").asText()).isEqualTo("NOTFOUND");
    }

    private static String documentReferenceWithData(byte[] pdf) {
        return "{\"resourceType\":\"DocumentReference\",\"status\":\"current\",\"type\":{\"coding\":[{"
                + "\"system\":\"http://loinc.org\",\"code\":\"34133-9\"}]},\"content\":[{\"attachment\":{"
                + "\"contentType\":\"application/pdf\",\"title\":\"Compte rendu\",\"data\":\""
                + Base64.getEncoder().encodeToString(pdf) + "\"}}]}";
    }

    private static String communicationRequest(String... payloadReferences) {
        ObjectNode request = SandboxHttp.JSON.createObjectNode()
                .put("resourceType", "CommunicationRequest")
                .put("status", "active");
        request.putArray("category").addObject().putArray("coding").addObject()
                .put("system", "http://loinc.org").put("code", "11488-4");
        request.putObject("subject").put("reference", "Patient/" + PATIENT_MICHUE_ID);
        request.putObject("encounter").put("reference", "Encounter/" + ENCOUNTER_MICHUE_ID);
        for (String reference : payloadReferences) {
            request.withArray("payload").addObject().putObject("contentReference").put("reference", reference);
        }
        return request.toString();
    }

    private static SandboxHttp.Response create(String type, String body) {
        return SandboxHttp.postJson(extension.sandbox().fhirV2Url() + "/" + type, token, "application/fhir+json", body);
    }

    private static SandboxHttp.Response update(String type, String id, String body) {
        return SandboxHttp.putJson(extension.sandbox().fhirV2Url() + "/" + type + "/" + id, token, body);
    }
}
