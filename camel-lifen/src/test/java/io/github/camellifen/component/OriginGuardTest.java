package io.github.camellifen.component;

import io.github.camellifen.component.StubServer.Reply;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bearer token goes only to the configured API origin. */
class OriginGuardTest {

    private static final String PATIENT = "{\"resourceType\":\"Patient\",\"id\":\"1\"}";

    private StubServer tokens;
    private StubServer api;
    private StubServer foreign;

    @BeforeEach
    void startStubs() throws Exception {
        tokens = new StubServer();
        api = new StubServer();
        foreign = new StubServer().respond(request -> Reply.fhir(200, PATIENT));
    }

    @AfterEach
    void stopStubs() {
        tokens.close();
        api.close();
        foreign.close();
    }

    @Test
    void crossOriginRedirectIsNotFollowed() {
        api.respond(request -> new Reply(302, null, null, 0, java.util.Map.of("Location",
                foreign.url("/fhir/v3/Patient/1"))));
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            Exception failure = lifen.send("lifen:read/Patient?resourceId=1").getException();

            assertThat(failure).isInstanceOf(LifenApiException.class)
                    .hasMessageContaining("redirected to another origin http://127.0.0.1:" + foreign.port())
                    .hasMessageContaining("set apiBaseUrl");
            assertThat(((LifenApiException) failure).getRedirectLocation()).isEqualTo(foreign.url("/fhir/v3/Patient/1"));
        }
        assertThat(foreign.count()).isZero();
    }

    @Test
    void sameOriginRedirectKeepsBearer() {
        api.respond(request -> request.path().endsWith("/Patient/1")
                ? new Reply(302, null, null, 0, java.util.Map.of("Location", "/fhir/v3/Patient/1b"))
                : Reply.fhir(200, PATIENT));
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            Exchange exchange = lifen.send("lifen:read/Patient?resourceId=1");

            assertThat(exchange.getException()).isNull();
        }
        assertThat(api.requests()).extracting(StubServer.Recorded::path)
                .containsExactly("/fhir/v3/Patient/1", "/fhir/v3/Patient/1b");
        assertThat(api.last().header("Authorization")).isEqualTo("Bearer token-1");
    }

    @Test
    void foreignTrackingUrlIsRejectedBeforeSending() {
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            Exception failure = lifen.send("lifen:tracking", e -> e.getMessage().setHeader(
                    LifenConstants.TRACKING_URL, foreign.url("/fhir/v3/Communication?based-on=x"))).getException();

            assertThat(failure).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Request to http://127.0.0.1:" + foreign.port() + " rejected");
        }
        assertThat(foreign.count()).isZero();
        assertThat(api.count()).isZero();
    }

    @Test
    void strayCamelHttpHeadersAreIgnored() {
        api.respond(request -> Reply.fhir(200, PATIENT));
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            Exchange exchange = lifen.send("lifen:read/Patient?resourceId=123", e -> {
                e.getMessage().setHeader(Exchange.HTTP_URI, foreign.url("/x"));
                e.getMessage().setHeader(Exchange.HTTP_PATH, "/x");
                e.getMessage().setHeader(Exchange.HTTP_QUERY, "y=1");
                e.getMessage().setHeader(Exchange.HTTP_RAW_QUERY, "y=1");
                e.getMessage().setHeader(Exchange.HTTP_METHOD, "DELETE");
                e.getMessage().setHeader("Authorization", "Basic dXNlcjpwYXNz");
            });

            assertThat(exchange.getException()).isNull();
        }
        StubServer.Recorded request = api.last();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/fhir/v3/Patient/123");
        assertThat(request.query()).isNull();
        assertThat(request.header("Authorization")).isEqualTo("Bearer token-1");
        assertThat(foreign.count()).isZero();
    }

    @Test
    void placeholderInResourceIdIsRejected() {
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            Exception failure = lifen.send("lifen:read/Patient", e -> e.getMessage().setHeader(
                    LifenConstants.RESOURCE_ID, "{{lifen.client-secret}}")).getException();

            assertThat(failure).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Invalid resource id '{{lifen.client-secret}}'");
        }
        assertThat(api.count()).isZero();
    }
}
