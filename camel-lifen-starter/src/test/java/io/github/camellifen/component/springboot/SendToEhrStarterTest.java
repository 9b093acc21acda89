package io.github.camellifen.component.springboot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.camellifen.component.LifenComponent;
import io.github.camellifen.component.LifenConfiguration;
import io.github.camellifen.component.LifenConstants;
import io.github.camellifen.sandbox.LifenSandbox;
import io.github.camellifen.sandbox.LifenSandboxExtension;
import io.github.camellifen.sandbox.ReceivedDocument;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A Spring Boot application configured by application.properties alone sends PDFs to the sandbox. */
@SpringBootTest(classes = SandboxApplication.class)
@DirtiesContext
class SendToEhrStarterTest {

    @RegisterExtension
    static final LifenSandboxExtension SANDBOX = new LifenSandboxExtension(SandboxApplication.sandbox());

    @Autowired
    private CamelContext camelContext;

    @Autowired
    private ProducerTemplate producer;

    @DynamicPropertySource
    static void sandboxUrl(DynamicPropertyRegistry registry) {
        registry.add("lifen.sandbox.url", () -> SANDBOX.sandbox().baseUrl());
    }

    @Test
    void sendToEhrDeliversPdfsWithOneToken() throws Exception {
        LifenSandbox sandbox = SANDBOX.sandbox();
        Path letter = testPdf("crazyones-pdfa.pdf");
        Path report = testPdf("pdflatex-4-pages.pdf");

        Exchange first = producer.request("direct:send-to-ehr", exchange -> exchange.getIn().setBody(letter));
        Exchange second = producer.request("direct:send-to-ehr", exchange -> exchange.getIn().setBody(report));

        assertThat(first.getException()).isNull();
        assertThat(second.getException()).isNull();
        List<ReceivedDocument> received = sandbox.receivedDocuments();
        assertThat(received).hasSize(2);
        assertThat(received.get(0).content()).isEqualTo(Files.readAllBytes(letter));
        assertThat(received.get(1).content()).isEqualTo(Files.readAllBytes(report));
        assertThat(received.get(0).transactionId())
                .isEqualTo(first.getMessage().getHeader(LifenConstants.TRANSACTION_ID));
        assertThat(received.get(0).subject()).isEqualTo("Patient/sandbox-patient-1");
        assertThat(received.get(0).documentType()).isEqualTo("11488-4");
        assertThat(received.get(0).documentTitle()).isEqualTo("Consultation letter");
        assertThat(sandbox.tokenRequestCount()).isEqualTo(1);
        assertThat(sandbox.successfulTokenRequestCount()).isEqualTo(1);
    }

    @Test
    void propertiesReachComponent() {
        LifenConfiguration configuration = camelContext.getComponent("lifen", LifenComponent.class)
                .getConfiguration();

        assertThat(configuration.getClientId()).isEqualTo(SandboxApplication.CLIENT_ID);
        assertThat(configuration.getClientSecret()).isEqualTo(SandboxApplication.CLIENT_SECRET);
        assertThat(configuration.getTokenUrl()).isEqualTo(SANDBOX.sandbox().tokenUrlV3());
        assertThat(configuration.getApiBaseUrl()).isEqualTo(SANDBOX.sandbox().fhirV3Url());
        assertThat(configuration.getTokenRefreshMargin()).isEqualTo(90_000);
        assertThat(configuration.getRequestTimeout()).isEqualTo(120_000);
        assertThat(configuration.getMaxRetries()).isEqualTo(2);
        assertThat(configuration.getSearchParameters()).isEqualTo(Map.of("family", "MICHUE", "_count", "5",
                "_lastUpdated", "ge2024-01-01", "organization.name", "Lifen"));
    }

    static Path testPdf(String name) throws Exception {
        return Path.of(SendToEhrStarterTest.class.getResource("/pdf/" + name).toURI());
    }
}
