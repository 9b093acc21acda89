package io.github.camellifen.component.springboot;

import java.util.Set;

import io.github.camellifen.sandbox.LifenSandbox;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The test application: Camel on Spring Boot with one {@code lifen:send-to-ehr} route whose endpoint has no
 * options, so the component's whole configuration comes from {@code application.properties}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class SandboxApplication {

    /** The client of {@code application.properties}, registered in each test's sandbox. */
    static final String CLIENT_ID = "boot-client";
    /** Its secret, with characters that form encoding changes, so a test notices any re-encoding. */
    static final String CLIENT_SECRET = "boot+secret/canary=7f1c";

    @Bean
    RouteBuilder sendToEhrRoute() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send-to-ehr").routeId("send-to-ehr").to("lifen:send-to-ehr");
            }
        };
    }

    /** Returns the settings of a sandbox that accepts the client of {@code application.properties}. */
    static LifenSandbox.Builder sandbox() {
        return LifenSandbox.builder().client(CLIENT_ID, CLIENT_SECRET, Set.of(LifenSandbox.DEFAULT_AUDIENCE),
                Set.of(LifenSandbox.DEFAULT_DATABASE_REFERENCE));
    }
}
