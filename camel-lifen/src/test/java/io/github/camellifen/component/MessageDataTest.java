package io.github.camellifen.component;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.github.camellifen.component.StubServer.Reply;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Accented text both ways, and property placeholders in message data sent literally, never resolved. */
class MessageDataTest {

    private static final String CANARY = "SECRET-canary-7f3a";

    private StubServer tokens;
    private StubServer api;

    @BeforeEach
    void startStubs() throws Exception {
        tokens = new StubServer();
        api = new StubServer();
    }

    @AfterEach
    void stopStubs() {
        tokens.close();
        api.close();
    }

    @Test
    void accentedSearchIsFormEncodedAsUtf8() {
        api.respond(request -> Reply.fhir(200, "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":0}"));
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            lifen.send("lifen:search/Patient", e -> e.getMessage().setHeader(LifenConstants.SEARCH_PARAMETERS,
                    Map.of("family", "Dupré")));
        }
        assertThat(api.last().bodyText()).isEqualTo("family=Dupr%C3%A9");
        assertThat(api.last().header("Content-Type")).isEqualTo("application/x-www-form-urlencoded; charset=UTF-8");
    }

    @Test
    void replyWithoutCharsetIsReadAsUtf8() {
        byte[] utf8 = "{\"resourceType\":\"Patient\",\"id\":\"1\",\"name\":[{\"family\":\"Dupré\",\"given\":[\"Hélène\"]}]}"
                .getBytes(StandardCharsets.UTF_8);
        api.respond(request -> new Reply(200, "application/fhir+json", new String(utf8, StandardCharsets.UTF_8), 0,
                Map.of()));
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            Exchange exchange = lifen.send("lifen:read/Patient?resourceId=1");

            assertThat(exchange.getMessage().getBody(String.class)).contains("Dupré", "Hélène");
        }
    }

    @Test
    void placeholdersInMessageDataAreSentLiterally() {
        api.respond(request -> Reply.fhir(200, "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":0}"));
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            lifen.camel.getPropertiesComponent().addInitialProperty("lifen.client-secret", CANARY);
            lifen.send("lifen:search/Patient", e -> {
                e.getMessage().setHeader(LifenConstants.SEARCH_PARAMETERS, Map.of("family", "{{lifen.client-secret}}"));
                e.getMessage().setHeader(Exchange.HTTP_URI, "{{lifen.client-secret}}");
            });
            lifen.send("lifen:request?method=POST&path=Patient",
                    e -> e.getMessage().setBody("{\"resourceType\":\"Patient\",\"id\":\"{{lifen.client-secret}}\"}"));
        }

        assertThat(api.requests()).hasSize(2).allSatisfy(request -> {
            assertThat(request.bodyText()).doesNotContain(CANARY);
            assertThat(request.path() + request.query() + request.headers()).doesNotContain(CANARY);
        });
        assertThat(api.requests().get(0).bodyText()).isEqualTo("family=%7B%7Blifen.client-secret%7D%7D");
        assertThat(api.requests().get(1).bodyText()).contains("{{lifen.client-secret}}");
    }
}
