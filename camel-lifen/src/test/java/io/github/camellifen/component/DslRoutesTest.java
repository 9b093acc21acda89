package io.github.camellifen.component;

import java.util.List;

import io.github.camellifen.sandbox.LifenSandbox;
import io.github.camellifen.sandbox.LifenSandboxExtension;
import io.github.camellifen.sandbox.ReceivedDocument;
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

/** Routes written in YAML and XML, as users write them, configured by properties only: no Java code. */
class DslRoutesTest {

    private static final String RAW_SECRET = "p+q%2Br%";

    @RegisterExtension
    static final LifenSandboxExtension SANDBOX = new LifenSandboxExtension(LifenSandbox.builder()
            .rateLimitPerSecond(0)
            .client("raw-client", RAW_SECRET, java.util.Set.of(LifenSandbox.DEFAULT_AUDIENCE),
                    java.util.Set.of(LifenSandbox.DEFAULT_DATABASE_REFERENCE)));

    private CamelContext camel;

    @BeforeEach
    void startCamel() {
        SANDBOX.sandbox().reset();
        LifenSandbox sandbox = SANDBOX.sandbox();
        camel = new DefaultCamelContext();
        camel.getPropertiesComponent().addInitialProperty("lifen.api", sandbox.fhirV3Url());
        camel.getPropertiesComponent().addInitialProperty("lifen.token", sandbox.tokenUrlV3());
        camel.getPropertiesComponent().addInitialProperty("lifen.audience", LifenSandbox.DEFAULT_AUDIENCE);
        camel.getPropertiesComponent().addInitialProperty("lifen.database", LifenSandbox.DEFAULT_DATABASE_REFERENCE);
        camel.getPropertiesComponent().addInitialProperty("lifen.secret", RAW_SECRET);
    }

    @AfterEach
    void stopCamel() {
        camel.stop();
    }

    @Test
    void yamlRouteSendsDocument() throws Exception {
        load("send.yaml", """
                - route:
                    from:
                      uri: direct:send
                      steps:
                        - to:
                            uri: lifen:send-to-ehr
                            parameters:
                              apiBaseUrl: "{{lifen.api}}"
                              tokenUrl: "{{lifen.token}}"
                              audience: "{{lifen.audience}}"
                              clientId: raw-client
                              clientSecret: "RAW(p+q%2Br%)"
                              databaseReference: "{{lifen.database}}"
                              documentTitle: Compte rendu
                        - to:
                            uri: lifen:tracking
                            parameters:
                              apiBaseUrl: "{{lifen.api}}"
                              tokenUrl: "{{lifen.token}}"
                              audience: "{{lifen.audience}}"
                              clientId: raw-client
                              clientSecret: "RAW({{lifen.secret}})"
                              databaseReference: "{{lifen.database}}"
                """);
        byte[] pdf = SandboxOperationsTest.samplePdf();

        Exchange exchange = camel.createProducerTemplate().send("direct:send", e -> {
            e.getMessage().setBody(pdf);
            e.getMessage().setHeader(LifenConstants.SUBJECT, "Patient/" + SandboxSeedData.PATIENT_DUPRE_ID);
        });

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(LifenConstants.TRACKING_STATUS)).isNotNull();
        List<ReceivedDocument> received = SANDBOX.sandbox().receivedDocuments();
        assertThat(received).hasSize(1);
        assertThat(received.get(0).content()).isEqualTo(pdf);
        assertThat(received.get(0).documentTitle()).isEqualTo("Compte rendu");
        assertThat(SANDBOX.sandbox().tokenRequestCount()).as("both endpoints share one token").isEqualTo(1);
    }

    @Test
    void xmlRouteSearchesPatients() throws Exception {
        load("search.xml", """
                <routes xmlns="http://camel.apache.org/schema/xml-io">
                    <route>
                        <from uri="direct:search"/>
                        <to uri="lifen:search/Patient?apiBaseUrl={{lifen.api}}&amp;tokenUrl={{lifen.token}}&amp;audience={{lifen.audience}}&amp;clientId=raw-client&amp;clientSecret=RAW(p+q%2Br%)&amp;databaseReference={{lifen.database}}&amp;search.family=MICHUE"/>
                    </route>
                </routes>
                """);

        Exchange exchange = camel.createProducerTemplate().send("direct:search", e -> { });

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).contains("\"total\":1", SandboxSeedData.PATIENT_MICHUE_ID);
    }

    private void load(String name, String text) throws Exception {
        PluginHelper.getRoutesLoader(camel).loadRoutes(ResourceHelper.fromString(name, text));
        camel.start();
    }
}
