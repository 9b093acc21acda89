package io.github.camellifen.component;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellifen.component.StubServer.Reply;
import io.github.camellifen.sandbox.LifenSandbox;
import io.github.camellifen.sandbox.LifenSandboxExtension;
import io.github.camellifen.sandbox.SandboxSeedData;
import org.apache.camel.Exchange;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Output types of replies, and the body types a request accepts. */
class BodyTypesTest {

    @RegisterExtension
    static final LifenSandboxExtension SANDBOX = new LifenSandboxExtension(LifenSandbox.builder().rateLimitPerSecond(0));

    private static final String READ_MICHUE = "lifen:read/Patient?resourceId=" + SandboxSeedData.PATIENT_MICHUE_ID;

    private LifenTestContext lifen;

    @BeforeEach
    void startCamel() {
        lifen = new LifenTestContext(SandboxOperationsTest.sandboxConfiguration(SANDBOX.sandbox()));
    }

    @AfterEach
    void stopCamel() {
        lifen.close();
    }

    @Test
    void jsonNodeOutput() {
        Object body = lifen.send(READ_MICHUE + "&outputType=json-node").getMessage().getBody();

        assertThat(body).isInstanceOf(JsonNode.class);
        assertThat(((JsonNode) body).at("/name/0/family").asText()).isEqualTo("MICHUE");
    }

    @Test
    void mapOutput() {
        Object body = lifen.send(READ_MICHUE + "&outputType=map").getMessage().getBody();

        assertThat(body).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) body).get("id")).isEqualTo(SandboxSeedData.PATIENT_MICHUE_ID);
    }

    @Test
    void fhirResourceOutput() {
        Object body = lifen.send(READ_MICHUE + "&outputType=fhir-resource").getMessage().getBody();

        assertThat(body).isInstanceOf(Patient.class);
        assertThat(((Patient) body).getNameFirstRep().getFamily()).isEqualTo("MICHUE");
        assertThat(((Patient) body).getBirthDateElement().getValueAsString()).isEqualTo("1940-11-10");
    }

    @Test
    void fhirBundleOutputForSearch() {
        Object body = lifen.send("lifen:search/Patient?search.family=MICHUE&outputType=fhir-resource")
                .getMessage().getBody();

        assertThat(body).isInstanceOf(Bundle.class);
        assertThat(((Bundle) body).getEntry()).hasSize(1);
    }

    @Test
    void streamedEntriesTakeOutputType() {
        @SuppressWarnings("unchecked")
        Iterator<Object> entries = lifen.send("lifen:search/Patient?search.family=MICHUE&pagingMode=stream&outputType=fhir-resource")
                .getMessage().getBody(Iterator.class);
        List<Object> all = new ArrayList<>();
        entries.forEachRemaining(all::add);

        assertThat(all).hasSize(1).allSatisfy(entry -> assertThat(entry).isInstanceOf(Patient.class));
    }

    @Test
    void requestAcceptsMapJsonNodeAndHapiBodies() throws Exception {
        Patient patient = new Patient();
        patient.addName().setFamily("Dupré").addGiven("Hélène");
        JsonNode node = new ObjectMapper().readTree("{\"resourceType\":\"Patient\",\"active\":true}");
        List<Object> bodies = List.of(Map.of("resourceType", "Patient", "active", true), node, patient,
                "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Dupré\"}]}");

        try (StubServer tokens = new StubServer(); StubServer api = new StubServer()) {
            api.respond(request -> Reply.fhir(201, request.bodyText()).withHeader("Location",
                    api.url("/fhir/v3/Patient/new-1/_history/1")));
            try (LifenTestContext stubbed = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
                for (Object body : bodies) {
                    Exchange exchange = stubbed.send("lifen:request?method=POST&path=Patient",
                            e -> e.getMessage().setBody(body));
                    assertThat(exchange.getException()).as(body.getClass().getSimpleName()).isNull();
                    assertThat(exchange.getMessage().getHeader(LifenConstants.LOCATION, String.class))
                            .endsWith("/Patient/new-1/_history/1");
                }
            }

            List<StubServer.Recorded> requests = api.requests();
            assertThat(requests).allSatisfy(request -> {
                assertThat(request.method()).isEqualTo("POST");
                assertThat(request.header("Content-Type")).isEqualTo("application/fhir+json; charset=UTF-8");
                assertThat(new ObjectMapper().readTree(request.body()).get("resourceType").asText())
                        .isEqualTo("Patient");
            });
            assertThat(requests.get(2).bodyText()).contains("Dupré", "Hélène");
            assertThat(requests.get(3).body()).containsSequence(0xC3, 0xA9);
        }
    }
}
