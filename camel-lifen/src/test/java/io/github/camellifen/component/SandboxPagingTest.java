package io.github.camellifen.component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellifen.sandbox.LifenSandbox;
import io.github.camellifen.sandbox.LifenSandboxExtension;
import io.github.camellifen.sandbox.SandboxSeedData;
import org.apache.camel.Exchange;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A search of 250 patients, 100 a page, through the three paging modes against the sandbox. */
class SandboxPagingTest {

    private static final String FAMILY = "PAGINATION";
    private static final String SEARCH = "lifen:search/Patient?search.family=" + FAMILY + "&search._count=100";

    @RegisterExtension
    static final LifenSandboxExtension SANDBOX = new LifenSandboxExtension(LifenSandbox.builder()
            .rateLimitPerSecond(0)
            .generatedPatients(250, FAMILY));

    private static final ObjectMapper JSON = new ObjectMapper();

    private LifenTestContext lifen;

    @BeforeEach
    void startCamel() {
        SANDBOX.sandbox().reset();
        lifen = new LifenTestContext(SandboxOperationsTest.sandboxConfiguration(SANDBOX.sandbox()));
    }

    @AfterEach
    void stopCamel() {
        lifen.close();
    }

    @Test
    void singleModeReturnsFirstHundred() throws Exception {
        JsonNode bundle = JSON.readTree(lifen.send(SEARCH).getMessage().getBody(String.class));

        assertThat(bundle.get("total").asInt()).isEqualTo(250);
        assertThat(bundle.get("entry")).hasSize(100);
        assertThat(bundle.get("link").toString()).contains("\"next\"");
    }

    @Test
    void allModeMergesThreePages() throws Exception {
        Exchange exchange = lifen.send(SEARCH + "&pagingMode=all");

        assertThat(exchange.getException()).isNull();
        JsonNode bundle = JSON.readTree(exchange.getMessage().getBody(String.class));
        assertThat(ids(bundle.get("entry"))).hasSize(250);
        assertThat(SANDBOX.sandbox().tokenRequestCount()).isEqualTo(1);
    }

    @Test
    void streamModeSplitsEveryPatient() throws Exception {
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        lifen.camel.getRegistry().bind("collect", (org.apache.camel.Processor) exchange ->
                ids.add(JSON.readTree(exchange.getMessage().getBody(String.class)).get("id").asText()));
        PluginHelper.getRoutesLoader(lifen.camel).loadRoutes(ResourceHelper.fromString("stream.yaml", """
                - route:
                    from:
                      uri: direct:stream
                      steps:
                        - to: "%s&pagingMode=stream"
                        - split:
                            simple: "${body}"
                            streaming: true
                            steps:
                              - process:
                                  ref: collect
                """.formatted(SEARCH)));

        Exchange exchange = lifen.send("direct:stream");

        assertThat(exchange.getException()).isNull();
        assertThat(ids).hasSize(250);
        assertThat(new HashSet<>(ids)).hasSize(250);
        assertThat(ids).allSatisfy(id -> assertThat(id).startsWith(SandboxSeedData.GENERATED_PATIENT_ID_PREFIX));
    }

    private static Set<String> ids(JsonNode entries) {
        Set<String> ids = new HashSet<>();
        entries.forEach(entry -> ids.add(entry.at("/resource/id").asText()));
        return ids;
    }
}
