package io.github.camellifen.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SearchMatchesTest {

    @Test
    void totalCountsMatches() {
        SearchMatches matches = SearchMatches.parse("""
                {"resourceType": "Bundle", "total": 1,
                 "entry": [{"resource": {"resourceType": "Patient", "id": "p1"}, "search": {"mode": "match"}}]}
                """);

        assertThat(matches.count()).isEqualTo(1);
        assertThat(matches.singleId()).isEqualTo("p1");
    }

    @Test
    void includedResourcesAreNotMatches() {
        SearchMatches matches = SearchMatches.parse("""
                {"resourceType": "Bundle",
                 "entry": [{"resource": {"resourceType": "Encounter", "id": "e1"}},
                           {"resource": {"resourceType": "Patient", "id": "p1"}, "search": {"mode": "include"}}]}
                """);

        assertThat(matches.ids()).containsExactly("e1");
        assertThat(matches.singleId()).isEqualTo("e1");
    }

    @Test
    void nextPageMeansMoreThanOne() {
        SearchMatches matches = SearchMatches.parse("""
                {"resourceType": "Bundle", "link": [{"relation": "next", "url": "http://127.0.0.1/next"}],
                 "entry": [{"resource": {"resourceType": "Patient", "id": "p1"}}]}
                """);

        assertThat(matches.count()).isEqualTo(2);
        assertThat(matches.singleId()).isNull();
    }

    @Test
    void emptyBundleMatchesNothing() {
        SearchMatches matches = SearchMatches.parse("{\"resourceType\": \"Bundle\", \"total\": 0}");

        assertThat(matches.count()).isZero();
        assertThat(matches.singleId()).isNull();
    }

    @Test
    void otherJsonIsRejected() {
        assertThatThrownBy(() -> SearchMatches.parse("{\"resourceType\": \"OperationOutcome\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The search reply is not a FHIR Bundle");
    }

    @Test
    void invalidJsonIsNotQuoted() {
        assertThatThrownBy(() -> SearchMatches.parse("MICHUE PAULETTE"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The search reply is not valid JSON")
                .hasNoCause();
    }
}
