package io.github.camellifen.sandbox;

import static io.github.camellifen.sandbox.SandboxHttp.entryIds;
import static io.github.camellifen.sandbox.SandboxSeedData.APPOINTMENT_MARTIN_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.APPOINTMENT_MICHUE_FOLLOW_UP_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.APPOINTMENT_MICHUE_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.COVERAGE_DUPRE_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.COVERAGE_MICHUE_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.PATIENT_DUPRE_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.PATIENT_MARTIN_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.PATIENT_MICHUE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CoverageAppointmentTest {

    @RegisterExtension
    static LifenSandboxExtension extension = new LifenSandboxExtension(LifenSandbox.builder()
            .rateLimitPerSecond(0)
            .client("other-client", "other-secret", Set.of(LifenSandbox.DEFAULT_AUDIENCE), Set.of("other-database")));

    private static String token;

    @BeforeAll
    static void requestToken() {
        token = SandboxHttp.token(extension.sandbox());
    }

    @Test
    void coverageReadHasLifenShape() {
        SandboxHttp.Response response = read("Coverage", COVERAGE_MICHUE_ID);

        assertThat(response.status()).isEqualTo(200);
        JsonNode coverage = response.json();
        assertThat(coverage.get("resourceType").asText()).isEqualTo("Coverage");
        assertThat(coverage.get("status").asText()).isEqualTo("active");
        assertThat(coverage.at("/identifier/0/type/coding/0/code").asText()).isEqualTo("NH");
        assertThat(coverage.at("/identifier/0/system").asText()).isEqualTo("urn:oid:1.2.250.1.213.1.4.8");
        assertThat(coverage.at("/identifier/0/value").asText()).isEqualTo(SandboxSeedData.COVERAGE_MICHUE_NIR);
        assertThat(coverage.at("/beneficiary/reference").asText()).isEqualTo("Patient/" + PATIENT_MICHUE_ID);
        assertThat(coverage.at("/payor/0/reference").asText()).startsWith("Organization/");
        assertLifenMeta(coverage);
    }

    @Test
    void coverageSearchByBeneficiary() {
        assertThat(entryIds(search("Coverage", Map.of("beneficiary", "Patient/" + PATIENT_MICHUE_ID))))
                .containsExactly(COVERAGE_MICHUE_ID);
        assertThat(entryIds(search("Coverage", Map.of("beneficiary", PATIENT_DUPRE_ID))))
                .containsExactly(COVERAGE_DUPRE_ID);
        assertThat(entryIds(search("Coverage", Map.of("patient", "Patient/" + PATIENT_DUPRE_ID))))
                .containsExactly(COVERAGE_DUPRE_ID);
        assertThat(entryIds(search("Coverage", Map.of("_id", COVERAGE_MICHUE_ID + "," + COVERAGE_DUPRE_ID))))
                .containsExactly(COVERAGE_MICHUE_ID, COVERAGE_DUPRE_ID);
    }

    @Test
    void coverageSearchWithoutResultHasNoEntry() {
        SandboxHttp.Response response = search("Coverage", Map.of("beneficiary", "Patient/" + PATIENT_MARTIN_ID));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("type").asText()).isEqualTo("searchset");
        assertThat(response.json().get("total").asInt()).isZero();
        assertThat(response.json().has("entry")).isFalse();
    }

    @Test
    void coverageSearchWithoutBeneficiaryIsUnprocessable() throws Exception {
        String expected = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"ERROR\","
                + "\"code\":\"PROCESSING\",\"diagnostics\":\"must not be empty\",\"location\":\"patient\"}]}";

        SandboxHttp.Response empty = search("Coverage", Map.of());
        SandboxHttp.Response blank = search("Coverage", Map.of("beneficiary", ""));

        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json()).isEqualTo(SandboxHttp.JSON.readTree(expected));
        assertThat(blank.status()).isEqualTo(422);
    }

    @Test
    void unknownCoverageIsNotFound() {
        SandboxHttp.Response response = read("Coverage", "unknown");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().at("/issue/0/code").asText()).isEqualTo("NOTFOUND");
        assertThat(response.json().at("/issue/0/diagnostics").asText())
                .isEqualTo("Unknown service (GET) : Coverage/unknown");
    }

    @Test
    void appointmentReadHasLifenShape() {
        SandboxHttp.Response response = read("Appointment", APPOINTMENT_MICHUE_ID);

        assertThat(response.status()).isEqualTo(200);
        JsonNode appointment = response.json();
        assertThat(appointment.get("status").asText()).isEqualTo("booked");
        assertThat(appointment.get("start").asText()).isEqualTo("2026-03-10T09:30:00+01:00");
        assertThat(appointment.at("/participant/0/actor/reference").asText()).isEqualTo("Patient/" + PATIENT_MICHUE_ID);
        assertLifenMeta(appointment);
    }

    @Test
    void appointmentSearchByPatientAndDateRange() {
        String body = "patient=Patient%2F" + PATIENT_MICHUE_ID + "&date=ge2026-01-01&date=le2026-12-31";

        SandboxHttp.Response response = SandboxHttp.postRawForm(
                extension.sandbox().fhirV3Url() + "/Appointment/_search", token, body);

        assertThat(entryIds(response)).containsExactly(APPOINTMENT_MICHUE_ID, APPOINTMENT_MICHUE_FOLLOW_UP_ID);
    }

    @Test
    void appointmentDatePrefixes() {
        assertThat(entryIds(search("Appointment", Map.of("date", "2026-03-10")))).containsExactly(APPOINTMENT_MICHUE_ID);
        assertThat(entryIds(search("Appointment", Map.of("date", "eq2026-09"))))
                .containsExactly(APPOINTMENT_MICHUE_FOLLOW_UP_ID);
        assertThat(entryIds(search("Appointment", Map.of("date", "lt2026-03-10")))).containsExactly(APPOINTMENT_MARTIN_ID);
        assertThat(entryIds(search("Appointment", Map.of("date", "gt2026-03-10"))))
                .containsExactly(APPOINTMENT_MICHUE_FOLLOW_UP_ID);
        assertThat(entryIds(search("Appointment", Map.of("date", "ge2025")))).hasSize(3);
        assertThat(entryIds(search("Appointment", Map.of("date", "le2025-11-20T08:59:59Z")))).isEmpty();
        assertThat(entryIds(search("Appointment", Map.of("date", "ge2025-11-20T09:00:00Z"))))
                .containsExactly(APPOINTMENT_MARTIN_ID, APPOINTMENT_MICHUE_ID, APPOINTMENT_MICHUE_FOLLOW_UP_ID);
    }

    @Test
    void appointmentSearchByIdAndCount() {
        SandboxHttp.Response response = search("Appointment",
                Map.of("_id", APPOINTMENT_MICHUE_ID + "," + APPOINTMENT_MARTIN_ID, "_count", "1"));

        assertThat(response.json().get("total").asInt()).isEqualTo(2);
        assertThat(entryIds(response)).hasSize(1);
        assertThat(SandboxHttp.link(response, "next")).isNotNull();
        assertThat(search("Appointment", Map.of("patient", "Patient/" + PATIENT_MICHUE_ID, "_count", "0")).status())
                .isEqualTo(400);
    }

    @Test
    void unknownSearchParameterIsUnprocessable() {
        SandboxHttp.Response response = search("Appointment", Map.of("status", "booked"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().at("/issue/0/diagnostics").asText()).isEqualTo("Invalid parameter status");
        assertThat(response.json().at("/issue/0/location").asText()).isEqualTo("status");
    }

    @Test
    void otherDatabaseSeesNoCoverageOrAppointment() {
        LifenSandbox sandbox = extension.sandbox();
        String otherToken = SandboxHttp.tokenFor(sandbox, "other-client", "other-secret", "other-database");

        SandboxHttp.Response coverage = SandboxHttp.get(sandbox.fhirV3Url() + "/Coverage/" + COVERAGE_MICHUE_ID,
                otherToken);
        SandboxHttp.Response appointments = SandboxHttp.postForm(sandbox.fhirV3Url() + "/Appointment/_search",
                otherToken, Map.of("patient", "Patient/" + PATIENT_MICHUE_ID));

        assertThat(coverage.status()).isEqualTo(404);
        assertThat(appointments.json().get("total").asInt()).isZero();
    }

    private static void assertLifenMeta(JsonNode resource) {
        assertThat(resource.at("/meta/tag/0/system").asText()).isEqualTo("https://www.lifen.fr/default");
        assertThat(resource.at("/meta/tag/0/code").asText()).isEqualTo("DEFAULT");
        assertThat(resource.at("/meta/versionId").asText()).isNotBlank();
        assertThat(resource.at("/extension/0/url").asText())
                .isEqualTo("http://lifen.fr/fhir/StructureDefinition/Resource/Extension/DatabaseReference");
        assertThat(resource.at("/extension/0/valueString").asText()).isEqualTo(LifenSandbox.DEFAULT_DATABASE_REFERENCE);
    }

    private static SandboxHttp.Response read(String type, String id) {
        return SandboxHttp.get(extension.sandbox().fhirV3Url() + "/" + type + "/" + id, token);
    }

    private static SandboxHttp.Response search(String type, Map<String, String> parameters) {
        return SandboxHttp.postForm(extension.sandbox().fhirV3Url() + "/" + type + "/_search", token,
                new LinkedHashMap<>(parameters));
    }
}
