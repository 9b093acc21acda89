package io.github.camellifen.component;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.github.camellifen.component.StubServer.Reply;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A route fed by a platform-http consumer: the headers it leaves (path, query, method, an inbound Authorization)
 * and headers a route sets to another host change nothing in what the lifen producer sends.
 */
class PlatformHttpRouteTest {

    private StubServer tokens;
    private StubServer api;
    private StubServer foreign;

    @BeforeEach
    void startStubs() throws Exception {
        tokens = new StubServer();
        api = new StubServer().respond(request -> Reply.fhir(200, "{\"resourceType\":\"Patient\",\"id\":\"123\"}"));
        foreign = new StubServer();
    }

    @AfterEach
    void stopStubs() {
        tokens.close();
        api.close();
        foreign.close();
    }

    @Test
    void inboundHttpHeadersDoNotSteerTheProducer() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);

        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            lifen.camel.addService(new VertxPlatformHttpServer(server), true, true);
            lifen.camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("platform-http:/in/*").to("lifen:read/Patient?resourceId=123");
                    from("platform-http:/steered/*")
                            .setHeader(Exchange.HTTP_URI, constant(foreign.url("/x")))
                            .setHeader(Exchange.HTTP_PATH, constant("/x"))
                            .setHeader(Exchange.HTTP_QUERY, constant("y=1"))
                            .setHeader(Exchange.HTTP_RAW_QUERY, constant("y=1"))
                            .setHeader(Exchange.REST_HTTP_URI, constant(foreign.url("/rest")))
                            .to("lifen:read/Patient?resourceId=123");
                }
            });

            HttpClient client = HttpClient.newHttpClient();
            for (String path : new String[] {"/in/foo?bar=1", "/steered/foo?bar=1"}) {
                HttpResponse<String> reply = client.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Basic dXNlcjpwYXNz")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(reply.statusCode()).as(path).isEqualTo(200);
                assertThat(reply.body()).as(path).contains("\"id\":\"123\"");
            }
        }

        assertThat(api.requests()).hasSize(2).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.path()).isEqualTo("/fhir/v3/Patient/123");
            assertThat(request.query()).isNull();
            assertThat(request.header("Authorization")).isEqualTo("Bearer token-1");
        });
        assertThat(foreign.count()).isZero();
    }
}
