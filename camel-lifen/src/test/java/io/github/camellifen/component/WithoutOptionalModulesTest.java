package io.github.camellifen.component;

import java.util.regex.Pattern;

import io.github.camellifen.component.StubServer.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The component runs in an application without camel-health, camel-console, camel-management or Micrometer. */
class WithoutOptionalModulesTest {

    private static final Pattern OPTIONAL = Pattern.compile(".*(camel-(health|console|management|micrometer)-4|micrometer-)"
            + "[^/\\\\]*\\.jar");

    @Test
    void readsWithoutOptionalModules() throws Exception {
        try (StubServer tokens = new StubServer(); StubServer api = new StubServer()) {
            api.respond(request -> Reply.fhir(200, "{\"resourceType\":\"Patient\",\"id\":\"1\"}"));

            ChildJvm.Result child = ChildJvm.run("-Xmx128m", entry -> !OPTIONAL.matcher(entry).matches(),
                    WithoutOptionalModulesReader.class, api.url("/fhir/v3"), tokens.url("/oauth/token"));

            assertThat(child.exitStatus()).as(child.output()).isZero();
            assertThat(child.output()).contains("health registry: false, console registry: false, jmx: false",
                    "read failure: null");
            assertThat(api.count()).isEqualTo(1);
        }
    }
}
