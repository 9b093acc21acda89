package io.github.camellifen.sandbox;

import static io.github.camellifen.sandbox.SandboxSeedData.ENCOUNTER_DUPRE_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.ENCOUNTER_LEFEVRE_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.ENCOUNTER_MARTIN_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.ENCOUNTER_MARTIN_VISIT_NUMBER;
import static io.github.camellifen.sandbox.SandboxSeedData.ENCOUNTER_MICHUE_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.PATIENT_DUPRE_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.PATIENT_LEFEVRE_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.PATIENT_MARTIN_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.PATIENT_MICHUE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PatientEncounterTest {

    @RegisterExtension
    static LifenSandboxExtension extension = new LifenSandboxExtension(LifenSandbox.builder().rateLimitPerSecond(0));

    private static String token;

    @BeforeAll
    static void requestToken() {
        token = SandboxHttp.token(extension.sandbox());
    }

    @Test
    void patientSearchReturnsLifenSearchset() {
        LifenSandbox sandbox = extension.sandbox();

        SandboxHttp.Response response = searchPatients(Map.of("family", "MICHUE"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/fhir+json").containsIgnoringCase("utf-8");
        JsonNode bundle = response.json();
        assertThat(bundle.get("resourceType").asText()).isEqualTo("Bundle");
        assertThat(bundle.get("type").asText()).isEqualTo("searchset");
        assertThat(bundle.get("total").asInt()).isEqualTo(1);
        assertThat(bundle.get("id").asText()).isNotBlank();
        assertThat(bundle.at("/meta/lastUpdated").asText()).isNotBlank();
        assertThat(bundle.at("/link/0/relation").asText()).isEqualTo("self");
        assertThat(bundle.at("/link/0/url").asText()).isEqualTo(sandbox.fhirV3Url() + "/Patient?family=MICHUE");

        JsonNode entry = bundle.at("/entry/0");
        assertThat(entry.get("fullUrl").asText()).isEqualTo(sandbox.fhirV3Url() + "/Patient/" + PATIENT_MICHUE_ID);
        assertThat(entry.at("/search/mode").asText()).isEqualTo("match");
        assertMichue(entry.get("resource"));
    }

    @Test
    void patientSearchOnV2UsesV2Base() {
        LifenSandbox sandbox = extension.sandbox();

        SandboxHttp.Response response = SandboxHttp.postForm(sandbox.fhirV2Url() + "/Patient/_search", token,
                Map.of("given", "PAULETTE"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/entry/0/fullUrl").asText())
                .isEqualTo(sandbox.fhirV2Url() + "/Patient/" + PATIENT_MICHUE_ID);
    }

    @Test
    void patientReadReturnsSeededExample() {
        SandboxHttp.Response response = SandboxHttp.get(
                extension.sandbox().fhirV3Url() + "/Patient/" + PATIENT_MICHUE_ID, token);

        assertThat(response.status()).isEqualTo(200);
        assertMichue(response.json());
    }

    @Test
    void accentedNamesRoundTripInUtf8() {
        SandboxHttp.Response response = searchPatients(Map.of("given", "Hélène", "family", "Dupré"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(ids(response)).containsExactly(PATIENT_DUPRE_ID);
        JsonNode name = response.json().at("/entry/0/resource/name/0");
        assertThat(name.get("family").asText()).isEqualTo("Dupré");
        assertThat(name.at("/given/0").asText()).isEqualTo("Hélène");
    }

    @Test
    void stringSearchIgnoresCaseAndAccents() {
        assertThat(ids(searchPatients(Map.of("family", "dupre")))).containsExactly(PATIENT_DUPRE_ID);
        assertThat(ids(searchPatients(Map.of("given", "HELENE")))).containsExactly(PATIENT_DUPRE_ID);
        assertThat(ids(searchPatients(Map.of("name", "lef")))).containsExactly(PATIENT_LEFEVRE_ID);
        assertThat(ids(searchPatients(Map.of("name", "Jean-Fran")))).containsExactly(PATIENT_LEFEVRE_ID);
    }

    @Test
    void exactModifierKeepsCaseAndAccents() {
        assertThat(ids(searchPatients(Map.of("family:exact", "Dupré")))).containsExactly(PATIENT_DUPRE_ID);
        assertThat(ids(searchPatients(Map.of("family:exact", "Dupre")))).isEmpty();
        assertThat(ids(searchPatients(Map.of("family:exact", "Dupr")))).isEmpty();
    }

    @Test
    void birthdateSearchUsesPrefixes() {
        assertThat(ids(searchPatients(Map.of("birthdate", "1940-11-10")))).containsExactly(PATIENT_MICHUE_ID);
        assertThat(ids(searchPatientsRepeated("birthdate", "ge1970-01-01", "lt1980-01-01")))
                .containsExactly(PATIENT_DUPRE_ID);
        assertThat(ids(searchPatients(Map.of("birthdate", "gt1975-03-14"))))
                .containsExactly(PATIENT_LEFEVRE_ID);
    }

    @Test
    void identifierSearchMatchesSystemAndValue() {
        String withSystem = SandboxSeedData.IDENTIFIER_SYSTEM + "|" + SandboxSeedData.PATIENT_MICHUE_IPP;

        assertThat(ids(searchPatients(Map.of("identifier", withSystem)))).containsExactly(PATIENT_MICHUE_ID);
        assertThat(ids(searchPatients(Map.of("identifier", SandboxSeedData.PATIENT_DUPRE_IPP))))
                .containsExactly(PATIENT_DUPRE_ID);
        assertThat(ids(searchPatients(Map.of("identifier", "urn:oid:1.2.3|" + SandboxSeedData.PATIENT_DUPRE_IPP))))
                .isEmpty();
    }

    @Test
    void phoneSearchComparesDigits() {
        assertThat(ids(searchPatients(Map.of("phone", "0600000002")))).containsExactly(PATIENT_DUPRE_ID);
    }

    @Test
    void idSearchAcceptsSeveralIds() {
        SandboxHttp.Response commaSeparated =
                searchPatients(Map.of("_id", PATIENT_MICHUE_ID + "," + PATIENT_MARTIN_ID));

        assertThat(ids(commaSeparated)).containsExactly(PATIENT_MICHUE_ID, PATIENT_MARTIN_ID);
    }

    @Test
    void repeatedIdsMatchAny() {
        assertThat(ids(searchPatientsRepeated("_id", PATIENT_MICHUE_ID, PATIENT_MARTIN_ID)))
                .containsExactly(PATIENT_MICHUE_ID, PATIENT_MARTIN_ID);
    }

    @Test
    void repeatedNamesMustAllMatch() {
        assertThat(ids(searchPatientsRepeated("given", "PAULETTE", "Hélène"))).isEmpty();
        assertThat(ids(searchPatientsRepeated("given", "Hél", "Hélène"))).containsExactly(PATIENT_DUPRE_ID);
    }

    @Test
    void countLimitsPageAndKeepsTotal() {
        SandboxHttp.Response response = searchPatients(Map.of("birthdate", "ge1900-01-01", "_count", "1"));

        assertThat(response.json().get("total").asInt()).isEqualTo(4);
        assertThat(response.json().get("entry").size()).isEqualTo(1);
        assertThat(link(response, "self")).isNotNull();
        assertThat(link(response, "next")).isNotNull();
    }

    @Test
    void nextPageLinkNeedsTokenAndWorks() {
        SandboxHttp.Response first = searchPatients(Map.of("birthdate", "ge1900-01-01", "_count", "3"));
        String next = link(first, "next");

        SandboxHttp.Response second = SandboxHttp.get(next, token);

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("entry").size()).isEqualTo(1);
        assertThat(SandboxHttp.get(next, null).status()).isEqualTo(401);
    }

    @Test
    void countZeroIsRejected() {
        SandboxHttp.Response response = searchPatients(Map.of("family", "MICHUE", "_count", "0"));

        assertThat(response.status()).isEqualTo(400);
        JsonNode issue = response.json().at("/issue/0");
        assertThat(response.json().get("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(issue.get("severity").asText()).isEqualTo("ERROR");
        assertThat(issue.get("diagnostics").asText()).contains("_count");
    }

    @Test
    void searchWithoutCriteriaIsUnprocessable() {
        SandboxHttp.Response response = searchPatients(Map.of());

        assertThat(response.status()).isEqualTo(422);
        JsonNode issue = response.json().at("/issue/0");
        assertThat(issue.get("severity").asText()).isEqualTo("ERROR");
        assertThat(issue.get("code").asText()).isEqualTo("PROCESSING");
        assertThat(issue.get("location").asText()).isEqualTo("allValueNull");
    }

    @Test
    void unknownParameterIsUnprocessable() {
        SandboxHttp.Response withoutCriteria = searchPatients(Map.of("city", "Melun"));
        SandboxHttp.Response withCriteria = searchPatients(Map.of("family", "MICHUE", "city", "Melun"));

        assertThat(withoutCriteria.status()).isEqualTo(422);
        assertThat(withoutCriteria.json().get("issue")).hasSize(2);
        assertThat(withoutCriteria.json().at("/issue/0/location").asText()).isEqualTo("allValueNull");
        assertThat(withoutCriteria.json().at("/issue/1/diagnostics").asText()).isEqualTo("Invalid parameter city");
        assertThat(withoutCriteria.json().at("/issue/1/location").asText()).isEqualTo("city");
        assertThat(withCriteria.status()).isEqualTo(422);
        assertThat(withCriteria.json().get("issue")).hasSize(1);
    }

    @Test
    void sortByLastUpdatedDescending() {
        SandboxHttp.Response response =
                searchPatients(Map.of("birthdate", "ge1900-01-01", "_sort", "-_lastUpdated"));

        assertThat(ids(response)).containsExactly(PATIENT_LEFEVRE_ID, PATIENT_MARTIN_ID, PATIENT_DUPRE_ID,
                PATIENT_MICHUE_ID);
    }

    @Test
    void getSearchWorksToo() {
        SandboxHttp.Response response = SandboxHttp.get(
                extension.sandbox().fhirV3Url() + "/Patient?family=" + SandboxHttp.encode("Dupré"), token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(ids(response)).containsExactly(PATIENT_DUPRE_ID);
    }

    @Test
    void unknownPatientIsNotFound() {
        SandboxHttp.Response response = SandboxHttp.get(extension.sandbox().fhirV3Url() + "/Patient/unknown", token);

        assertThat(response.status()).isEqualTo(404);
        JsonNode issue = response.json().at("/issue/0");
        assertThat(issue.get("severity").asText()).isEqualTo("ERROR");
        assertThat(issue.get("code").asText()).isEqualTo("NOTFOUND");
        assertThat(issue.get("diagnostics").asText()).isEqualTo("Unknown service (GET) : Patient/unknown");
    }

    @Test
    void encounterSearchByPatient() {
        SandboxHttp.Response response = searchEncounters(Map.of("patient", "Patient/" + PATIENT_MICHUE_ID));

        assertThat(response.status()).isEqualTo(200);
        assertThat(ids(response)).containsExactly(ENCOUNTER_MICHUE_ID);
        assertThat(response.json().at("/entry/0/search/mode").asText()).isEqualTo("match");
        assertThat(response.json().at("/entry/0/fullUrl").asText())
                .isEqualTo(extension.sandbox().fhirV3Url() + "/Encounter/" + ENCOUNTER_MICHUE_ID);
    }

    @Test
    void encounterSearchBySubjectIdentifierAndId() {
        assertThat(ids(searchEncounters(Map.of("subject", PATIENT_DUPRE_ID)))).containsExactly(ENCOUNTER_DUPRE_ID);
        assertThat(ids(searchEncounters(Map.of("identifier", ENCOUNTER_MARTIN_VISIT_NUMBER))))
                .containsExactly(ENCOUNTER_MARTIN_ID);
        assertThat(ids(searchEncounters(Map.of("_id", ENCOUNTER_MICHUE_ID + "," + ENCOUNTER_DUPRE_ID))))
                .containsExactly(ENCOUNTER_MICHUE_ID, ENCOUNTER_DUPRE_ID);
        assertThat(ids(searchEncounters(Map.of("patient", "Patient/unknown")))).isEmpty();
    }

    @Test
    void encounterSearchWithoutCriteriaIsUnprocessable() throws Exception {
        String expected = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"ERROR\","
                + "\"code\":\"PROCESSING\",\"diagnostics\":\"At least one of patient, date, identifier, "
                + "service-provider._extension or status fields must be filled\",\"location\":\"allValueNull\"}]}";

        SandboxHttp.Response response = searchEncounters(Map.of("_sort", "_id"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).isEqualTo(SandboxHttp.JSON.readTree(expected));
    }

    @Test
    void encounterSearchByDateAndServiceProvider() {
        String range = "date=ge2023-01-01&date=le2023-12-31";

        SandboxHttp.Response inRange = SandboxHttp.postRawForm(extension.sandbox().fhirV3Url() + "/Encounter/_search",
                token, range);

        assertThat(ids(inRange)).containsExactly(ENCOUNTER_DUPRE_ID, ENCOUNTER_MARTIN_ID);
        assertThat(ids(searchEncounters(Map.of("date", "2022-10-24")))).containsExactly(ENCOUNTER_MICHUE_ID);
        assertThat(ids(searchEncounters(Map.of("date", "ge2030-01-01")))).containsExactly(ENCOUNTER_LEFEVRE_ID);
        assertThat(ids(searchEncounters(Map.of("service-provider", "Organization/" + SandboxSeedData.STRUCTURE_ID,
                "status", "finished")))).containsExactly(ENCOUNTER_DUPRE_ID, ENCOUNTER_MARTIN_ID);
    }

    @Test
    void encounterCountZeroIsRejected() {
        assertThat(searchEncounters(Map.of("_count", "0")).status()).isEqualTo(400);
    }

    @Test
    void encounterReadReturnsSeededExample() {
        SandboxHttp.Response response =
                SandboxHttp.get(extension.sandbox().fhirV3Url() + "/Encounter/" + ENCOUNTER_MICHUE_ID, token);

        assertThat(response.status()).isEqualTo(200);
        JsonNode encounter = response.json();
        assertThat(encounter.get("resourceType").asText()).isEqualTo("Encounter");
        assertThat(encounter.get("status").asText()).isEqualTo("in-progress");
        assertThat(encounter.at("/subject/reference").asText()).isEqualTo("Patient/" + PATIENT_MICHUE_ID);
        assertThat(encounter.at("/identifier/0/type/coding/0/code").asText()).isEqualTo("VN");
        assertThat(encounter.at("/period/start").asText()).isEqualTo("2021-11-23T00:00:00+01:00");
        assertThat(encounter.at("/meta/tag/0/code").asText()).isEqualTo("DEFAULT");
        assertDatabaseReference(encounter);
    }

    @Test
    void unknownEncounterIsNotFound() {
        SandboxHttp.Response response = SandboxHttp.get(extension.sandbox().fhirV3Url() + "/Encounter/unknown", token);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().at("/issue/0/code").asText()).isEqualTo("NOTFOUND");
    }

    @Test
    void everySeedPatientHasAnEncounter() {
        for (String patientId : List.of(PATIENT_MICHUE_ID, PATIENT_DUPRE_ID, PATIENT_MARTIN_ID, PATIENT_LEFEVRE_ID)) {
            SandboxHttp.Response response = searchEncounters(Map.of("patient", "Patient/" + patientId));

            assertThat(response.json().get("total").asInt()).as(patientId).isPositive();
        }
    }

    private static void assertMichue(JsonNode patient) {
        assertThat(patient.get("resourceType").asText()).isEqualTo("Patient");
        assertThat(patient.get("id").asText()).isEqualTo(PATIENT_MICHUE_ID);
        assertThat(patient.at("/meta/versionId").asText()).isEqualTo("2");
        assertThat(patient.at("/meta/tag/0/system").asText()).isEqualTo("https://www.lifen.fr/default");
        assertThat(patient.at("/meta/tag/0/code").asText()).isEqualTo("DEFAULT");
        assertThat(patient.at("/name/0/family").asText()).isEqualTo("MICHUE");
        assertThat(patient.at("/name/0/given/0").asText()).isEqualTo("PAULETTE");
        assertThat(patient.get("birthDate").asText()).isEqualTo("1940-11-10");
        assertThat(patient.get("gender").asText()).isEqualTo("female");
        assertThat(patient.at("/identifier/0/value").asText()).isEqualTo(SandboxSeedData.PATIENT_MICHUE_IPP);
        assertDatabaseReference(patient);
    }

    private static void assertDatabaseReference(JsonNode resource) {
        boolean found = false;
        for (JsonNode extension : resource.get("extension")) {
            if (extension.get("url").asText().endsWith("/Resource/Extension/DatabaseReference")) {
                assertThat(extension.get("valueString").asText()).isEqualTo(LifenSandbox.DEFAULT_DATABASE_REFERENCE);
                found = true;
            }
        }
        assertThat(found).as("DatabaseReference extension present").isTrue();
    }

    private static SandboxHttp.Response searchPatients(Map<String, String> parameters) {
        return SandboxHttp.postForm(extension.sandbox().fhirV3Url() + "/Patient/_search", token,
                new LinkedHashMap<>(parameters));
    }

    private static SandboxHttp.Response searchPatientsRepeated(String name, String... values) {
        StringBuilder body = new StringBuilder();
        for (String value : values) {
            body.append(body.length() == 0 ? "" : "&").append(name).append('=').append(SandboxHttp.encode(value));
        }
        return SandboxHttp.postRawForm(extension.sandbox().fhirV3Url() + "/Patient/_search", token, body.toString());
    }

    private static SandboxHttp.Response searchEncounters(Map<String, String> parameters) {
        return SandboxHttp.postForm(extension.sandbox().fhirV3Url() + "/Encounter/_search", token,
                new LinkedHashMap<>(parameters));
    }

    private static String link(SandboxHttp.Response response, String relation) {
        for (JsonNode link : response.json().path("link")) {
            if (relation.equals(link.get("relation").asText())) {
                return link.get("url").asText();
            }
        }
        return null;
    }

    private static List<String> ids(SandboxHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JsonNode entries = response.json().path("entry");
        entries.forEach(entry -> ids.add(entry.at("/resource/id").asText()));
        return ids;
    }
}
