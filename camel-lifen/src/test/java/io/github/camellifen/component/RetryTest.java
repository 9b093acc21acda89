package io.github.camellifen.component;

import io.github.camellifen.component.StubServer.Reply;
import io.github.camellifen.component.http.ApiTransportException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads are retried on 429, 503 and failed connections; sendings never are. */
class RetryTest {

    private static final String READ = "lifen:read/Patient?resourceId=1&retryDelay=10";
    private static final String PATIENT = "{\"resourceType\":\"Patient\",\"id\":\"1\"}";
    private static final String BUSY = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
            + "\"code\":\"throttled\"}]}";

    private StubServer tokens;
    private StubServer api;

    @BeforeEach
    void startStubs() throws Exception {
        tokens = new StubServer();
        api = new StubServer().respond(request -> Reply.fhir(200, PATIENT));
    }

    @AfterEach
    void stopStubs() {
        tokens.close();
        api.close();
    }

    @Test
    void readRetriesAfterTooManyRequests() {
        api.enqueue(Reply.fhir(429, BUSY).withHeader("Retry-After", "1"), Reply.fhir(503, BUSY));
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            Exchange exchange = lifen.send(READ);

            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getHeader(LifenConstants.RESPONSE_CODE)).isEqualTo(200);
        }
        assertThat(api.count()).isEqualTo(3);
    }

    @Test
    void retriesStopAtMaxRetries() {
        api.respond(request -> Reply.fhir(503, BUSY));
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            Exception failure = lifen.send(READ + "&maxRetries=2").getException();

            assertThat(failure).isInstanceOf(LifenApiException.class);
            assertThat(((LifenApiException) failure).getStatusCode()).isEqualTo(503);
        }
        assertThat(api.count()).isEqualTo(3);
    }

    @Test
    void retryAfterBeyondMaximumEndsRetries() {
        api.respond(request -> Reply.fhir(429, BUSY).withHeader("Retry-After", "120"));
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            Exception failure = lifen.send(READ + "&maxRetryDelay=30s").getException();

            assertThat(failure).isInstanceOf(LifenApiException.class);
            assertThat(((LifenApiException) failure).getResponseHeaders().get("retry-after")).containsExactly("120");
        }
        assertThat(api.count()).isEqualTo(1);
    }

    @Test
    void searchIsRetriedAsARead() {
        api.enqueue(Reply.fhir(503, BUSY));
        api.respond(request -> Reply.fhir(200, "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":0}"));
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            assertThat(lifen.send("lifen:search/Patient?search.family=X&retryDelay=10").getException()).isNull();
        }
        assertThat(api.count()).isEqualTo(2);
    }

    @Test
    void sendingIsNeverRetried() {
        api.respond(request -> Reply.fhir(503, BUSY));
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            Exception failure = lifen.send("lifen:send-to-ehr?subject=Patient/1&retryDelay=10",
                    e -> e.getMessage().setBody("%PDF-1.4 letter".getBytes())).getException();

            assertThat(failure).isInstanceOf(LifenApiException.class);
        }
        assertThat(api.count()).isEqualTo(1);
    }

    @Test
    void refusedConnectionIsRetriedThenReported() {
        int closedPort = api.port();
        api.close();
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            Exception failure = lifen.send(READ + "&maxRetries=2").getException();

            assertThat(failure).isInstanceOf(ApiTransportException.class)
                    .hasMessageContaining("Lifen API request GET http://127.0.0.1:" + closedPort);
        }
    }
}
