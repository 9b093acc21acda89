package io.github.camellifen.component;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellifen.sandbox.LifenSandbox;
import io.github.camellifen.sandbox.LifenSandboxExtension;
import io.github.camellifen.sandbox.ReceivedMssSending;
import io.github.camellifen.sandbox.SandboxSeedData;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Lifen operation as users write it, in YAML or XML routes configured by component properties, against the
 * local sandbox.
 */
class OperationRoutesTest {

    @RegisterExtension
    static final LifenSandboxExtension SANDBOX = new LifenSandboxExtension(LifenSandbox.builder().rateLimitPerSecond(0));

    private static final ObjectMapper JSON = new ObjectMapper();

    private CamelContext camel;

    @BeforeEach
    void configureCamel() {
        SANDBOX.sandbox().reset();
        camel = new DefaultCamelContext();
        LifenComponent component = new LifenComponent();
        SandboxOperationsTest.sandboxConfiguration(SANDBOX.sandbox()).accept(component);
        camel.addComponent("lifen", component);
        camel.getPropertiesComponent().addInitialProperty("v2", SANDBOX.sandbox().fhirV2Url());
        camel.start();
    }

    @AfterEach
    void stopCamel() {
        camel.stop();
    }

    private void load(String name, String text) throws Exception {
        PluginHelper.getRoutesLoader(camel).loadRoutes(ResourceHelper.fromString(name, text));
    }

    private Exchange send(String uri, Object body) {
        return camel.createProducerTemplate().send(uri, e -> e.getMessage().setBody(body));
    }

    private static JsonNode json(Exchange exchange) throws Exception {
        assertThat(exchange.getException()).isNull();
        return JSON.readTree(exchange.getMessage().getBody(String.class));
    }

    @Test
    void appointmentSearchRepeatsDateBounds() throws Exception {
        load("appointments.xml", """
                <routes xmlns="http://camel.apache.org/schema/xml-io">
                    <route>
                        <from uri="direct:appointments"/>
                        <to uri="lifen:search/Appointment?search.patient=Patient/sandbox-patient-1&amp;search.date=ge2000-01-01&amp;search.date=le2100-12-31"/>
                    </route>
                </routes>
                """);

        JsonNode bundle = json(send("direct:appointments", null));

        assertThat(bundle.get("resourceType").asText()).isEqualTo("Bundle");
        assertThat(bundle.toString()).contains(SandboxSeedData.APPOINTMENT_MICHUE_ID)
                .doesNotContain(SandboxSeedData.APPOINTMENT_MARTIN_ID);
    }

    @Test
    void coverageSearchAndRead() throws Exception {
        load("coverage.yaml", """
                - route:
                    from:
                      uri: direct:coverage
                      steps:
                        - to:
                            uri: lifen:search/Coverage
                            parameters:
                              search.beneficiary: Patient/sandbox-patient-2
                              outputType: map
                        - setHeader:
                            name: CamelLifenResourceId
                            simple: "${body[entry][0][resource][id]}"
                        - to: lifen:read/Coverage
                """);

        Exchange exchange = send("direct:coverage", null);

        assertThat(json(exchange).get("id").asText()).isEqualTo(SandboxSeedData.COVERAGE_DUPRE_ID);
        assertThat(exchange.getMessage().getHeader(LifenConstants.RESOURCE_ID)).isEqualTo(SandboxSeedData.COVERAGE_DUPRE_ID);
    }

    @Test
    void directorySearches() throws Exception {
        load("directory.yaml", """
                - route:
                    from:
                      uri: direct:practitioners
                      steps:
                        - to:
                            uri: lifen:search-for-mss/Practitioner
                            parameters:
                              search.identifier: "10000000002"
                - route:
                    from:
                      uri: direct:organizations
                      steps:
                        - to: "lifen:search-for-mss/Organization?search.identifier=999000012"
                """);

        assertThat(json(send("direct:practitioners", null)).toString()).contains(SandboxSeedData.PRACTITIONER_BERNARD_ID)
                .contains(SandboxSeedData.PRACTITIONER_BERNARD_MSSANTE);
        assertThat(json(send("direct:organizations", null)).toString())
                .contains(SandboxSeedData.ORGANIZATION_CLINIQUE_PARC_ID);
    }

    @Test
    void directorySearchWithoutCriteriaFails() throws Exception {
        Exception failure = send("lifen:search-for-mss/Practitioner", null).getException();

        assertThat(failure).isInstanceOf(LifenApiException.class);
        assertThat(((LifenApiException) failure).getStatusCode()).isEqualTo(422);
        assertThat(((LifenApiException) failure).getOperationOutcome().issues().get(0).location()).isEqualTo("allValueNull");
    }

    @Test
    void sendToMssDeliversDocumentsAndTracks() throws Exception {
        load("mss.yaml", """
                - route:
                    from:
                      uri: direct:mss
                      steps:
                        - to:
                            uri: lifen:send-to-mss
                            parameters:
                              subject: Patient/sandbox-patient-1
                              recipients: Practitioner/sandbox-practitioner-2,10000000003
                              documentTitle: Lettre de liaison
                              documentType: 34133-9
                        - to: lifen:tracking
                """);
        byte[] first = SandboxOperationsTest.samplePdf();
        byte[] second = SamplePdfs.libreOfficeLetter();

        Exchange exchange = send("direct:mss", List.of(first, new LifenDocument(second, "Résultats", "11502-2")));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(LifenConstants.TRACKING_STATUS)).isNotNull();
        List<ReceivedMssSending> sendings = SANDBOX.sandbox().receivedMssSendings();
        assertThat(sendings).hasSize(1);
        ReceivedMssSending sending = sendings.get(0);
        assertThat(sending.transactionId()).isEqualTo(exchange.getMessage().getHeader(LifenConstants.TRANSACTION_ID));
        assertThat(sending.subject()).isEqualTo("Patient/" + SandboxSeedData.PATIENT_MICHUE_ID);
        assertThat(sending.recipients()).hasSize(2);
        assertThat(sending.documents()).hasSize(2);
        assertThat(sending.documents().get(0).content()).isEqualTo(first);
        assertThat(sending.documents().get(0).documentTitle()).isEqualTo("Lettre de liaison");
        assertThat(sending.documents().get(1).content()).isEqualTo(second);
        assertThat(sending.documents().get(1).documentTitle()).isEqualTo("Résultats");
        assertThat(sending.documents().get(1).documentType()).isEqualTo("11502-2");
    }

    @Test
    void namedOperationPassesParametersThrough() throws Exception {
        String base64 = java.util.Base64.getEncoder().encodeToString(SandboxOperationsTest.samplePdf());
        String parameters = "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"subject\",\"valueReference\":"
                + "{\"reference\":\"Patient/sandbox-patient-3\"}},{\"name\":\"payload\",\"valueString\":\"" + base64
                + "\"}]}";
        load("operation.xml", """
                <routes xmlns="http://camel.apache.org/schema/xml-io">
                    <route>
                        <from uri="direct:operation"/>
                        <to uri="lifen:operation/CommunicationRequest?operationName=send-to-ehr"/>
                    </route>
                </routes>
                """);

        Exchange exchange = send("direct:operation", parameters);

        assertThat(json(exchange).toString()).contains("tracking-url");
        assertThat(exchange.getMessage().getHeader(LifenConstants.RESPONSE_CODE)).isEqualTo(201);
        assertThat(SANDBOX.sandbox().receivedDocuments()).hasSize(1);
    }

    @Test
    void v2CreateReadAndUpdate() throws Exception {
        load("v2.yaml", """
                - route:
                    from:
                      uri: direct:create-binary
                      steps:
                        - to: "lifen:create/Binary?apiBaseUrl={{v2}}"
                - route:
                    from:
                      uri: direct:create-patient
                      steps:
                        - to: "lifen:create/Patient?apiBaseUrl={{v2}}"
                - route:
                    from:
                      uri: direct:update-patient
                      steps:
                        - to: "lifen:update/Patient?apiBaseUrl={{v2}}"
                        - to: "lifen:read/Patient?apiBaseUrl={{v2}}"
                """);
        byte[] pdf = SandboxOperationsTest.samplePdf();

        Exchange binary = send("direct:create-binary", pdf);
        assertThat(binary.getException()).isNull();
        assertThat(binary.getMessage().getHeader(LifenConstants.RESPONSE_CODE)).isEqualTo(201);
        String binaryId = binary.getMessage().getHeader(LifenConstants.RESOURCE_ID, String.class);
        Exchange readBinary = send("lifen:read/Binary?apiBaseUrl=" + SANDBOX.sandbox().fhirV2Url() + "&resourceId="
                + binaryId, null);
        assertThat(java.util.Base64.getDecoder().decode(json(readBinary).get("data").asText())).isEqualTo(pdf);

        String communicationRequest = "{\"resourceType\":\"CommunicationRequest\",\"status\":\"active\","
                + "\"subject\":{\"reference\":\"Patient/" + SandboxSeedData.PATIENT_MICHUE_ID + "\"},\"payload\":"
                + "[{\"contentReference\":{\"reference\":\"Binary/" + binaryId + "\"}}]}";
        Exchange sent = send("lifen:create/CommunicationRequest?apiBaseUrl=" + SANDBOX.sandbox().fhirV2Url(),
                communicationRequest);
        assertThat(sent.getException()).isNull();
        assertThat(sent.getMessage().getHeader(LifenConstants.RESPONSE_CODE)).isEqualTo(201);
        assertThat(SANDBOX.sandbox().receivedDocuments()).extracting(document -> document.content())
                .containsExactly(pdf);

        Exchange created = send("direct:create-patient", Map.of("resourceType", "Patient",
                "name", List.of(Map.of("family", "Lefèvre", "given", List.of("Zoé")))));
        assertThat(created.getException()).isNull();
        String patientId = created.getMessage().getHeader(LifenConstants.RESOURCE_ID, String.class);
        assertThat(created.getMessage().getHeader(LifenConstants.LOCATION, String.class)).contains("/Patient/" + patientId);

        Exchange updated = camel.createProducerTemplate().send("direct:update-patient", e -> {
            e.getMessage().setHeader(LifenConstants.RESOURCE_ID, patientId);
            e.getMessage().setBody("{\"resourceType\":\"Patient\",\"id\":\"" + patientId + "\",\"name\":[{\"family\":"
                    + "\"Lefèvre\",\"given\":[\"Zoé\",\"Marie\"]}]}");
        });
        assertThat(json(updated).at("/name/0/given/1").asText()).isEqualTo("Marie");
        assertThat(json(updated).at("/meta/versionId").asText()).isEqualTo("2");
    }

    @Test
    void wrongMediaTypeIsRejected() {
        Exception failure = send("lifen:request?method=POST&path=Patient&requestContentType=text/plain", "hello")
                .getException();

        assertThat(failure).isInstanceOf(LifenApiException.class);
        assertThat(((LifenApiException) failure).getStatusCode()).isEqualTo(415);
    }

    @Test
    void unknownIdIsNotFound() {
        Exception failure = send("lifen:read/Coverage?resourceId=no-such-coverage", null).getException();

        assertThat(failure).isInstanceOf(LifenApiException.class);
        assertThat(((LifenApiException) failure).getStatusCode()).isEqualTo(404);
    }
}
