package io.github.camellifen.component;

import io.github.camellifen.component.StubServer.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The component works in an application without HAPI FHIR, and its error names what to add for fhir-resource output. */
class WithoutHapiTest {

    @Test
    void readsWithoutHapiOnClassPath() throws Exception {
        try (StubServer tokens = new StubServer(); StubServer api = new StubServer()) {
            api.respond(request -> Reply.fhir(200, "{\"resourceType\":\"Patient\",\"id\":\"1\"}"));

            // The sandbox's jar goes too: its manifest class path names the HAPI jars beside it
            ChildJvm.Result child = ChildJvm.run("-Xmx128m", entry -> !entry.contains("hapi")
                    && !entry.contains("org.hl7.fhir") && !entry.contains("camel-lifen-sandbox"),
                    WithoutHapiReader.class, api.url("/fhir/v3"), tokens.url("/oauth/token"));

            assertThat(child.exitStatus()).as(child.output()).isZero();
            assertThat(child.output()).contains("hapi present: false", "body type: java.util.LinkedHashMap",
                    "needs HAPI FHIR");
            assertThat(api.count()).isEqualTo(1);
        }
    }
}
