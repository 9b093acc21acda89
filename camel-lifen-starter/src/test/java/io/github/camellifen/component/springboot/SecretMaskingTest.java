package io.github.camellifen.component.springboot;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.github.camellifen.sandbox.LifenSandboxExtension;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client secret stays out of the console output of a whole run, start-up included, with the component and
 * Camel at TRACE and Spring Boot at DEBUG, and out of the properties bean's toString.
 */
@SpringBootTest(classes = SandboxApplication.class, properties = {
    "logging.level.io.github.camellifen=TRACE",
    "logging.level.org.apache.camel=TRACE",
    "logging.level.org.springframework.boot=DEBUG"
})
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class SecretMaskingTest {

    private static final String FORM_ENCODED_SECRET = URLEncoder.encode(SandboxApplication.CLIENT_SECRET,
            StandardCharsets.UTF_8);

    @RegisterExtension
    static final LifenSandboxExtension SANDBOX = new LifenSandboxExtension(SandboxApplication.sandbox());

    @Autowired
    private ProducerTemplate producer;

    @Autowired
    private LifenComponentConfiguration properties;

    @DynamicPropertySource
    static void sandboxUrl(DynamicPropertyRegistry registry) {
        registry.add("lifen.sandbox.url", () -> SANDBOX.sandbox().baseUrl());
    }

    @Test
    void secretNeverInOutput(CapturedOutput output) throws Exception {
        Exchange sent = producer.request("direct:send-to-ehr", exchange -> exchange.getIn()
                .setBody(SendToEhrStarterTest.testPdf("crazyones-pdfa.pdf")));

        assertThat(sent.getException()).isNull();
        assertThat(SANDBOX.sandbox().successfulTokenRequestCount()).isEqualTo(1);
        // The capture contains the sandbox's start, Spring Boot's and Camel's start, and the token request.
        assertThat(output.getOut()).contains("Lifen sandbox started");
        assertThat(output.getOut()).contains("Started SecretMaskingTest");
        assertThat(output.getOut()).contains("Apache Camel");
        assertThat(output.getOut()).contains("Requesting a Lifen access token");
        assertThat(output.getOut()).contains("for client " + SandboxApplication.CLIENT_ID);
        assertThat(output.getAll()).doesNotContain(SandboxApplication.CLIENT_SECRET);
        assertThat(output.getAll()).doesNotContain(FORM_ENCODED_SECRET);
    }

    @Test
    void toStringMasksSecret() {
        String printed = properties.toString();

        assertThat(printed).contains("clientId=" + SandboxApplication.CLIENT_ID);
        assertThat(printed).contains("clientSecret=xxxxxx");
        assertThat(printed).doesNotContain(SandboxApplication.CLIENT_SECRET);
    }
}
