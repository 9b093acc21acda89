package io.github.camellifen.component;

import io.github.camellifen.component.StubServer.Reply;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A 401 from the API drops that exact token, fetches once and resends once; it never loops. */
class UnauthorizedResendTest {

    private static final String READ = "lifen:read/Patient?resourceId=123";
    private static final String DENIED = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
            + "\"code\":\"processing\",\"diagnostics\":\"Invalid access token\"}]}";
    private static final String PATIENT = "{\"resourceType\":\"Patient\",\"id\":\"123\"}";

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
    void revokedTokenIsReplacedOnce() {
        api.respond(request -> "Bearer token-1".equals(request.header("Authorization"))
                ? Reply.fhir(401, DENIED) : Reply.fhir(200, PATIENT));
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            Exchange exchange = lifen.send(READ);

            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getHeader(LifenConstants.RESPONSE_CODE)).isEqualTo(200);
            assertThat(api.requests()).extracting(request -> request.header("Authorization"))
                    .containsExactly("Bearer token-1", "Bearer token-2");

            lifen.send(READ);
            assertThat(api.last().header("Authorization")).as("new token cached").isEqualTo("Bearer token-2");
        }
        assertThat(tokens.count()).isEqualTo(2);
    }

    @Test
    void secondUnauthorizedFailsWithoutLooping() {
        api.respond(request -> Reply.fhir(401, DENIED));
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            Exception failure = lifen.send(READ).getException();

            assertThat(failure).isInstanceOf(LifenApiException.class);
            LifenApiException apiFailure = (LifenApiException) failure;
            assertThat(apiFailure.getStatusCode()).isEqualTo(401);
            assertThat(apiFailure.getMessage()).contains("refused even after a new one was fetched",
                    "[error/processing]");
            assertThat(apiFailure.getOperationOutcome().issues().get(0).diagnostics())
                    .isEqualTo("Invalid access token");
        }
        assertThat(api.count()).isEqualTo(2);
        assertThat(tokens.count()).isEqualTo(2);
    }

    @Test
    void sendIsResentAfterUnauthorized() throws Exception {
        api.respond(request -> "Bearer token-1".equals(request.header("Authorization"))
                ? Reply.fhir(401, DENIED)
                : Reply.fhir(201, "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"tracking-url\","
                        + "\"valueString\":\"" + api.url("/fhir/v3/Communication?based-on=CommunicationRequest/"
                        + "tx-1&_elements=status,notDoneReason") + "\"}]}"));
        byte[] pdf = "%PDF-1.4 test document".getBytes();
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            Exchange exchange = lifen.send("lifen:send-to-ehr?subject=Patient/123", e -> e.getMessage().setBody(pdf));

            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getHeader(LifenConstants.TRANSACTION_ID)).isEqualTo("tx-1");
        }
        assertThat(api.count()).isEqualTo(2);
        assertThat(api.requests().get(1).body()).isEqualTo(api.requests().get(0).body());
    }

    @Test
    void camelRedeliveryResolvesTokenEachAttempt() throws Exception {
        // An outage outlasts the first token: each redelivery must fetch a fresh one, not replay the stale bearer
        MutableClock clock = new MutableClock();
        tokens.enqueue(Reply.token("token-1", 3), Reply.token("token-2", 3600));
        api.respond(request -> {
            if (api.count() <= 2) {
                return Reply.fhir(500, "{\"resourceType\":\"OperationOutcome\",\"issue\":[]}");
            }
            return "Bearer token-1".equals(request.header("Authorization")) ? Reply.fhir(401, DENIED)
                    : Reply.fhir(200, PATIENT);
        });
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api).andThen(c -> {
            c.setClock(clock);
            c.getConfiguration().setTokenRefreshMargin(1000);
        }))) {
            lifen.camel.addRoutes(new org.apache.camel.builder.RouteBuilder() {
                @Override
                public void configure() {
                    errorHandler(defaultErrorHandler().maximumRedeliveries(5).redeliveryDelay(10)
                            .onRedelivery(exchange -> clock.advance(java.time.Duration.ofSeconds(2))));
                    from("direct:read").to(READ);
                }
            });
            Exchange exchange = lifen.send("direct:read");

            assertThat(exchange.getException()).isNull();
        }
        assertThat(api.requests()).extracting(request -> request.header("Authorization"))
                .containsExactly("Bearer token-1", "Bearer token-2", "Bearer token-2");
        assertThat(tokens.count()).isEqualTo(2);
    }
}
