package io.github.camellifen.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.github.camellifen.component.auth.LifenTokenException;
import io.github.camellifen.sandbox.LifenSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The XML search-patients route against the sandbox's four seed patients. */
class SearchPatientsRouteTest {

    private static LifenSandbox sandbox;

    @TempDir
    Path work;

    @BeforeAll
    static void startSandbox() {
        sandbox = LifenExampleMain.startSandbox();
    }

    @AfterAll
    static void closeSandbox() {
        sandbox.close();
    }

    @ParameterizedTest(name = "family {0} matches {1}")
    @CsvSource({
            "MICHUE, 1",
            // The sandbox matches family names by prefix, ignoring case and accents, as FHIR string searches do
            "M, 2",
            "dupre, 1",
            "Nobody, 0"
    })
    void familyNameSearchCountsMatches(String family, int expected) throws Exception {
        try (CapturedLog log = CapturedLog.start();
             ExampleApplication application = ExampleApplication.start(properties(family))) {
            assertThat(application.searchPatients()).isEqualTo(expected);
            assertThat(log.text()).contains("Patients matching the family name: " + expected);
            assertThat(log.text()).doesNotContainIgnoringCase(family.length() > 1 ? family : "MICHUE");
        }
    }

    @Test
    void searchWithoutTokenFails() throws Exception {
        Map<String, String> properties = properties("MICHUE");
        properties.put("camel.component.lifen.client-secret", "not-the-sandbox-secret");

        try (ExampleApplication application = ExampleApplication.start(properties)) {
            assertThatThrownBy(application::searchPatients)
                    .isInstanceOf(LifenTokenException.class)
                    .hasMessageContaining("401");
        }
    }

    private Map<String, String> properties(String family) {
        Map<String, String> properties = new HashMap<>(LifenTarget.Sandbox.properties(sandbox));
        properties.put("example.work-dir", work.toString());
        properties.put("example.search.family", family);
        return properties;
    }
}
