package io.github.camellifen.component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellifen.component.StubServer.Reply;
import io.github.camellifen.component.auth.LifenTokenException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the token request carries, and how each kind of token endpoint failure reaches the route. */
class TokenRequestTest {

    private static final String READ = "lifen:read/Patient?resourceId=123";
    private static final String SECRET = "SECRET-canary-7f3a";

    private StubServer tokens;
    private StubServer api;

    @BeforeEach
    void startStubs() throws Exception {
        tokens = new StubServer();
        api = new StubServer().respond(request -> Reply.fhir(200, "{\"resourceType\":\"Patient\",\"id\":\"123\"}"));
    }

    @AfterEach
    void stopStubs() {
        tokens.close();
        api.close();
    }

    @Test
    void specialCharactersAreFormEncodedOnce() {
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api).andThen(c -> {
            c.getConfiguration().setClientSecret("a+b&c=d%e{f}|g:h,i");
            c.getConfiguration().setClientId("id+1");
            c.getConfiguration().setAudience("https://api.example/?x=1&y=2");
            c.getConfiguration().setDatabaseReference("db&1");
        }))) {
            assertThat(lifen.send(READ).getException()).isNull();
        }

        StubServer.Recorded request = tokens.last();
        assertThat(request.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request.bodyText()).isEqualTo("grant_type=client_credentials&client_id=id%2B1"
                + "&client_secret=a%2Bb%26c%3Dd%25e%7Bf%7D%7Cg%3Ah%2Ci"
                + "&audience=https%3A%2F%2Fapi.example%2F%3Fx%3D1%26y%3D2&database_reference=db%261");
        assertThat(request.form())
                .containsEntry("client_secret", "a+b&c=d%e{f}|g:h,i")
                .containsEntry("client_id", "id+1")
                .containsEntry("audience", "https://api.example/?x=1&y=2")
                .containsEntry("database_reference", "db&1")
                .hasSize(5);
    }

    @Test
    void jsonFormatSendsSameFields() throws Exception {
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            Exchange exchange = lifen.send(READ + "&tokenRequestFormat=json&clientSecret=RAW(p+q%2Br%)");
            assertThat(exchange.getException()).isNull();
        }

        StubServer.Recorded request = tokens.last();
        assertThat(request.header("Content-Type")).startsWith("application/json");
        JsonNode json = new ObjectMapper().readTree(request.body());
        assertThat(json.get("grant_type").asText()).isEqualTo("client_credentials");
        assertThat(json.get("client_secret").asText()).isEqualTo("p+q%2Br%");
        assertThat(json.get("database_reference").asText()).isEqualTo("db-A");
    }

    @Test
    void htmlErrorPageReportsStatusTypeAndExcerpt() {
        tokens.enqueue(new Reply(503, "text/html", "<html><body>Service Unavailable</body></html>", 0,
                java.util.Map.of()));
        LifenTokenException failure = failedToken();

        assertThat(failure.getStatusCode()).isEqualTo(503);
        assertThat(failure.getContentType()).isEqualTo("text/html");
        assertThat(failure.getMessage())
                .contains("HTTP 503", "text/html", "<html><body>Service Unavailable</body></html>")
                .doesNotContain(SECRET);
    }

    @Test
    void htmlWithStatus200IsNotAToken() {
        tokens.enqueue(new Reply(200, "text/html", "<html><body>Service Unavailable</body></html>", 0,
                java.util.Map.of()));
        LifenTokenException failure = failedToken();

        assertThat(failure.getStatusCode()).isEqualTo(200);
        assertThat(failure.getError()).isEqualTo("invalid_token_response");
        assertThat(failure.getMessage()).startsWith("[invalid_token_response] The reply has no access_token")
                .contains("text/html", "Service Unavailable", "HTTP 200");
    }

    @Test
    void oauthErrorReadsErrorAndDescription() {
        tokens.enqueue(Reply.json(401, "{\"error\":\"access_denied\",\"error_description\":\"Unauthorized\"}"));
        LifenTokenException failure = failedToken();

        assertThat(failure.getMessage()).startsWith("[access_denied] Unauthorized (HTTP 401 from the Lifen token "
                + "endpoint " + tokens.url("/oauth/token"));
        assertThat(failure.getError()).isEqualTo("access_denied");
        assertThat(failure.getErrorDescription()).isEqualTo("Unauthorized");
        assertThat(failure.getHttpResponseCode()).isEqualTo(401);
        assertThat(failure.getHttpResponseStatus()).isEqualTo("Unauthorized");
    }

    @Test
    void jsonWithoutAccessTokenFails() {
        tokens.enqueue(Reply.json(200, "{\"token_type\":\"Bearer\",\"expires_in\":3600}"));
        LifenTokenException failure = failedToken();

        assertThat(failure.getMessage()).startsWith("[invalid_token_response] The reply has no access_token: "
                + "content type application/json (HTTP 200");
    }

    @Test
    void echoedSecretIsMasked() {
        tokens.enqueue(Reply.json(400, "{\"error\":\"invalid_client\",\"error_description\":\"bad secret "
                + SECRET + "\"}"));
        LifenTokenException failure = failedToken();

        assertThat(failure.getMessage()).contains("[invalid_client] bad secret xxxxxx").doesNotContain(SECRET);
        assertThat(failure.getErrorDescription()).doesNotContain(SECRET);
    }

    @Test
    void failedTokenIsNotCached() {
        tokens.enqueue(Reply.json(503, "{\"error\":\"temporarily_unavailable\"}"));
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            assertThat(lifen.send(READ).getException()).isInstanceOf(LifenTokenException.class);
            assertThat(lifen.send(READ).getException()).isNull();
        }
        assertThat(tokens.count()).isEqualTo(2);
        assertThat(api.count()).isEqualTo(1);
    }

    @Test
    void rateLimitedTokenEndpointIsNotAskedEarly() {
        MutableClock clock = new MutableClock();
        tokens.enqueue(Reply.json(429, "{\"error\":\"too_many_requests\"}").withHeader("Retry-After", "2"));
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api)
                .andThen(c -> c.setClock(clock)))) {
            Exception first = lifen.send(READ).getException();
            Exception second = lifen.send(READ).getException();
            clock.advance(java.time.Duration.ofSeconds(3));
            Exception third = lifen.send(READ).getException();

            assertThat(first).isInstanceOf(LifenTokenException.class).hasMessageStartingWith("[too_many_requests]");
            assertThat(((LifenTokenException) first).getRetryAfter()).isEqualTo("2");
            assertThat(second).isInstanceOf(LifenTokenException.class)
                    .hasMessageContaining("no token request is sent before");
            assertThat(third).isNull();
        }
        assertThat(tokens.count()).as("nothing sent inside the Retry-After").isEqualTo(2);
    }

    @Test
    void refusedConnectionNamesTokenEndpoint() {
        String deadUrl = tokens.url("/oauth/token");
        tokens.close();
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            Exception failure = lifen.send(READ).getException();

            assertThat(failure).isInstanceOf(LifenTokenException.class)
                    .hasMessageContaining("The token request to " + deadUrl + " failed");
            assertThat(((LifenTokenException) failure).getStatusCode()).isZero();
        }
    }

    private LifenTokenException failedToken() {
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            Exception failure = lifen.send(READ).getException();
            assertThat(failure).isInstanceOf(LifenTokenException.class);
            assertThat(api.count()).as("no API call without a token").isZero();
            return (LifenTokenException) failure;
        }
    }
}
