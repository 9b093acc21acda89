package io.github.camellifen.sandbox;

import static io.github.camellifen.sandbox.SandboxHttp.entryIds;
import static io.github.camellifen.sandbox.SandboxSeedData.ORGANIZATION_CARDIOLOGY_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.ORGANIZATION_CH_ANGERS_FINESS;
import static io.github.camellifen.sandbox.SandboxSeedData.ORGANIZATION_CH_ANGERS_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.ORGANIZATION_CLINIQUE_PARC_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.ORGANIZATION_CLINIQUE_PARC_MSSANTE;
import static io.github.camellifen.sandbox.SandboxSeedData.PRACTITIONER_BERNARD_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.PRACTITIONER_LEFEVRE_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.PRACTITIONER_MICHUE_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.PRACTITIONER_MICHUE_MSSANTE;
import static io.github.camellifen.sandbox.SandboxSeedData.PRACTITIONER_MICHUE_RPPS;
import static io.github.camellifen.sandbox.SandboxSeedData.PRACTITIONER_NGUYEN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DirectorySearchTest {

    private static final String ALL_VALUE_NULL =
            "At least one of family, given, name, birthdate, phone or identifier fields must be filled";

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
    void practitionerSearchReturnsLifenSearchset() {
        SandboxHttp.Response response = practitioners(Map.of("family", "michue", "given", "paulette"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode bundle = response.json();
        assertThat(bundle.get("type").asText()).isEqualTo("searchset");
        assertThat(bundle.get("total").asInt()).isEqualTo(1);
        JsonNode entry = bundle.at("/entry/0");
        assertThat(entry.get("fullUrl").asText())
                .isEqualTo(extension.sandbox().fhirV3Url() + "/Practitioner/" + PRACTITIONER_MICHUE_ID);
        assertThat(entry.at("/search/mode").asText()).isEqualTo("match");
        JsonNode practitioner = entry.get("resource");
        assertThat(practitioner.at("/identifier/0/system").asText()).isEqualTo(SandboxSeedData.RPPS_SYSTEM);
        assertThat(practitioner.at("/identifier/0/value").asText()).isEqualTo(PRACTITIONER_MICHUE_RPPS);
        assertThat(practitioner.at("/name/0/prefix/0").asText()).isEqualTo("DR");
        assertThat(practitioner.at("/telecom/1/system").asText()).isEqualTo("email");
        assertThat(practitioner.at("/telecom/1/value").asText()).isEqualTo(PRACTITIONER_MICHUE_MSSANTE);
        assertThat(practitioner.at("/telecom/1/rank").asInt()).isEqualTo(1);
        assertThat(practitioner.at("/address/0/line")).hasSize(3);
    }

    @Test
    void practitionerSearchSelfLinkCarriesForm() {
        SandboxHttp.Response response = practitioners(Map.of("family", "Bernard"));

        assertThat(response.json().at("/link/0/relation").asText()).isEqualTo("self");
        assertThat(response.json().at("/link/0/url").asText())
                .isEqualTo(extension.sandbox().fhirV3Url() + "/Practitioner/$search-for-mss?family=Bernard");
    }

    @Test
    void practitionerCriteriaMatch() {
        assertThat(entryIds(practitioners(Map.of("name", "luc")))).containsExactly(PRACTITIONER_BERNARD_ID);
        assertThat(entryIds(practitioners(Map.of("name", "lefevre")))).containsExactly(PRACTITIONER_LEFEVRE_ID);
        assertThat(entryIds(practitioners(Map.of("given", "Anne-So")))).containsExactly(PRACTITIONER_LEFEVRE_ID);
        String rppsWithSystem = SandboxSeedData.RPPS_SYSTEM + "|" + PRACTITIONER_MICHUE_RPPS;
        assertThat(entryIds(practitioners(Map.of("identifier", rppsWithSystem)))).containsExactly(PRACTITIONER_MICHUE_ID);
        assertThat(entryIds(practitioners(Map.of("identifier", PRACTITIONER_MICHUE_RPPS))))
                .containsExactly(PRACTITIONER_MICHUE_ID);
        assertThat(entryIds(practitioners(Map.of("telecom", PRACTITIONER_MICHUE_MSSANTE.toUpperCase()))))
                .containsExactly(PRACTITIONER_MICHUE_ID);
        assertThat(entryIds(practitioners(Map.of("telecom", "email|cabinet.michue@test.lifen.mssante.fr"))))
                .containsExactly(PRACTITIONER_MICHUE_ID);
        assertThat(entryIds(practitioners(Map.of("address", "lyon")))).containsExactly(PRACTITIONER_NGUYEN_ID);
        assertThat(entryIds(practitioners(Map.of("_id", PRACTITIONER_MICHUE_ID + "," + PRACTITIONER_NGUYEN_ID))))
                .containsExactly(PRACTITIONER_MICHUE_ID, PRACTITIONER_NGUYEN_ID);
    }

    @Test
    void practitionerSearchWithoutMatchIsEmpty() {
        SandboxHttp.Response response = practitioners(Map.of("family", "Inconnu"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("total").asInt()).isZero();
        assertThat(response.json().has("entry")).isFalse();
    }

    @Test
    void stringModifiersApply() {
        assertThat(entryIds(practitioners(Map.of("family:exact", "Lefèvre")))).containsExactly(PRACTITIONER_LEFEVRE_ID);
        assertThat(entryIds(practitioners(Map.of("family:exact", "Lefevre")))).isEmpty();
        assertThat(entryIds(practitioners(Map.of("address:contains", "rue larrey"))))
                .containsExactly(PRACTITIONER_BERNARD_ID);
        assertThat(entryIds(organizations(Map.of("name:contains", "cardiologie"))))
                .containsExactly(ORGANIZATION_CARDIOLOGY_ID);
    }

    @Test
    void repeatedParametersMustAllMatch() {
        String twoPractitioners = "given=Paulette&given=Luc";
        String samePractitioner = "given=Paul&given=Paulette";

        assertThat(entryIds(postRaw("/Practitioner/$search-for-mss", twoPractitioners))).isEmpty();
        assertThat(entryIds(postRaw("/Practitioner/$search-for-mss", samePractitioner)))
                .containsExactly(PRACTITIONER_MICHUE_ID);
    }

    @Test
    void searchWithoutCriteriaIsUnprocessable() throws Exception {
        String expected = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"ERROR\","
                + "\"code\":\"PROCESSING\",\"diagnostics\":\"" + ALL_VALUE_NULL + "\",\"location\":\"allValueNull\"}]}";

        for (String path : List.of("/Practitioner/$search-for-mss", "/Organization/$search-for-mss")) {
            SandboxHttp.Response response = postRaw(path, "_count=10");

            assertThat(response.status()).as(path).isEqualTo(422);
            assertThat(response.json()).as(path).isEqualTo(SandboxHttp.JSON.readTree(expected));
        }
    }

    @Test
    void unknownParameterAddsIssue() {
        SandboxHttp.Response withoutCriteria = postRaw("/Practitioner/$search-for-mss", "birthdate=1970-01-01");
        SandboxHttp.Response withCriteria = postRaw("/Organization/$search-for-mss", "name=CH&family=x");

        assertThat(withoutCriteria.status()).isEqualTo(422);
        assertThat(withoutCriteria.json().get("issue")).hasSize(2);
        assertThat(withoutCriteria.json().at("/issue/0/location").asText()).isEqualTo("allValueNull");
        assertThat(withoutCriteria.json().at("/issue/1/diagnostics").asText()).isEqualTo("Invalid parameter birthdate");
        assertThat(withoutCriteria.json().at("/issue/1/location").asText()).isEqualTo("birthdate");
        assertThat(withCriteria.status()).isEqualTo(422);
        assertThat(withCriteria.json().get("issue")).hasSize(1);
        assertThat(withCriteria.json().at("/issue/0/diagnostics").asText()).isEqualTo("Invalid parameter family");
    }

    @Test
    void unknownModifierIsInvalid() {
        SandboxHttp.Response response = practitioners(Map.of("identifier:exact", PRACTITIONER_MICHUE_RPPS));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().at("/issue/0/diagnostics").asText()).isEqualTo("Invalid parameter identifier:exact");
    }

    @Test
    void organizationCriteriaMatch() {
        assertThat(entryIds(organizations(Map.of("name", "CH Angers")))).containsExactly(ORGANIZATION_CH_ANGERS_ID);
        assertThat(entryIds(organizations(Map.of("identifier", ORGANIZATION_CH_ANGERS_FINESS))))
                .containsExactly(ORGANIZATION_CH_ANGERS_ID);
        assertThat(entryIds(organizations(Map.of("identifier", SandboxSeedData.FINESS_SYSTEM + "|"
                + SandboxSeedData.ORGANIZATION_CARDIOLOGY_FINESS)))).containsExactly(ORGANIZATION_CARDIOLOGY_ID);
        assertThat(entryIds(organizations(Map.of("telecom", ORGANIZATION_CLINIQUE_PARC_MSSANTE))))
                .containsExactly(ORGANIZATION_CLINIQUE_PARC_ID);
        assertThat(entryIds(organizations(Map.of("address", "49100"))))
                .containsExactly(ORGANIZATION_CH_ANGERS_ID, ORGANIZATION_CARDIOLOGY_ID);
        assertThat(entryIds(organizations(Map.of("part-of", "Organization/" + ORGANIZATION_CH_ANGERS_ID))))
                .containsExactly(ORGANIZATION_CARDIOLOGY_ID);
    }

    @Test
    void countPagesDirectoryResults() {
        LifenSandbox sandbox = extension.sandbox();
        SandboxHttp.Response first = organizations(Map.of("address", "FRA", "_count", "2"));

        String next = SandboxHttp.link(first, "next");
        SandboxHttp.Response second = SandboxHttp.get(next, token);

        assertThat(first.json().get("total").asInt()).isEqualTo(3);
        assertThat(entryIds(first)).containsExactly(ORGANIZATION_CH_ANGERS_ID, ORGANIZATION_CLINIQUE_PARC_ID);
        assertThat(next).startsWith(sandbox.fhirV3Url() + "?");
        assertThat(entryIds(second)).containsExactly(ORGANIZATION_CARDIOLOGY_ID);
    }

    @Test
    void sortByIdDescending() {
        assertThat(entryIds(organizations(Map.of("address", "FRA", "_sort", "-_id"))))
                .containsExactly(ORGANIZATION_CARDIOLOGY_ID, ORGANIZATION_CLINIQUE_PARC_ID, ORGANIZATION_CH_ANGERS_ID);
        assertThat(organizations(Map.of("address", "FRA", "_sort", "name")).status()).isEqualTo(400);
    }

    @Test
    void invalidCountIsRejected() {
        assertThat(practitioners(Map.of("family", "Michue", "_count", "0")).status()).isEqualTo(400);
        assertThat(practitioners(Map.of("family", "Michue", "_count", "many")).status()).isEqualTo(400);
    }

    @Test
    void plainSearchAndGetWork() {
        LifenSandbox sandbox = extension.sandbox();

        SandboxHttp.Response search = postRaw("/Practitioner/_search", "family=michue&given=paulette");
        SandboxHttp.Response get = SandboxHttp.get(sandbox.fhirV3Url() + "/Organization/$search-for-mss?name=clinique",
                token);

        assertThat(entryIds(search)).containsExactly(PRACTITIONER_MICHUE_ID);
        assertThat(entryIds(get)).containsExactly(ORGANIZATION_CLINIQUE_PARC_ID);
    }

    @Test
    void directoryIsNational() {
        LifenSandbox sandbox = extension.sandbox();
        String otherToken = SandboxHttp.tokenFor(sandbox, "other-client", "other-secret", "other-database");

        SandboxHttp.Response search = SandboxHttp.postForm(sandbox.fhirV3Url() + "/Practitioner/$search-for-mss",
                otherToken, Map.of("family", "Michue"));
        SandboxHttp.Response patients = SandboxHttp.postForm(sandbox.fhirV3Url() + "/Patient/_search", otherToken,
                Map.of("family", "MICHUE"));

        assertThat(entryIds(search)).containsExactly(PRACTITIONER_MICHUE_ID);
        assertThat(patients.json().get("total").asInt()).isZero();
    }

    @Test
    void entriesAreReadable() {
        LifenSandbox sandbox = extension.sandbox();

        SandboxHttp.Response practitioner =
                SandboxHttp.get(sandbox.fhirV2Url() + "/Practitioner/" + PRACTITIONER_BERNARD_ID, token);
        SandboxHttp.Response organization =
                SandboxHttp.get(sandbox.fhirV3Url() + "/Organization/" + ORGANIZATION_CARDIOLOGY_ID, token);
        SandboxHttp.Response unknown = SandboxHttp.get(sandbox.fhirV3Url() + "/Practitioner/unknown", token);

        assertThat(practitioner.status()).isEqualTo(200);
        assertThat(practitioner.json().at("/name/0/family").asText()).isEqualTo("Bernard");
        assertThat(organization.json().at("/partOf/reference").asText())
                .isEqualTo("Organization/" + ORGANIZATION_CH_ANGERS_ID);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().at("/issue/0/code").asText()).isEqualTo("NOTFOUND");
        assertThat(unknown.json().at("/issue/0/diagnostics").asText())
                .isEqualTo("Unknown service (GET) : Practitioner/unknown");
    }

    private static SandboxHttp.Response practitioners(Map<String, String> parameters) {
        return SandboxHttp.postForm(extension.sandbox().fhirV3Url() + "/Practitioner/$search-for-mss", token,
                new LinkedHashMap<>(parameters));
    }

    private static SandboxHttp.Response organizations(Map<String, String> parameters) {
        return SandboxHttp.postForm(extension.sandbox().fhirV3Url() + "/Organization/$search-for-mss", token,
                new LinkedHashMap<>(parameters));
    }

    private static SandboxHttp.Response postRaw(String path, String form) {
        return SandboxHttp.postRawForm(extension.sandbox().fhirV3Url() + path, token, form);
    }
}
