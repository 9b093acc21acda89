package io.github.camellifen.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Checks that every benchmarked client completes the three requests against the benchmark server, so the
 * benchmarks time working requests, and that the server counts token requests as the token scenarios expect.
 * Runs no benchmark and asserts no timing.
 */
class BenchClientsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static BenchServer server;
    private static Path document;

    @BeforeAll
    static void startServer() throws Exception {
        server = BenchServer.start(0, 0);
        document = SampleDocument.copyToTempFile();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void resetServer() {
        server.reset(3600, 0);
    }

    private static ClientSettings settings(String clientId) {
        return ClientSettings.defaults(server.apiBaseUrl(), server.tokenBaseUrl(), document).withClientId(clientId);
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void clientCompletesEveryRequest(ClientKind kind) throws Exception {
        try (BenchClient client = BenchClients.create(kind, settings("every-request-" + kind.label()))) {
            assertThat(client.read("7")).contains("\"resourceType\":\"Patient\"").contains("\"id\":\"7\"");
            assertThat(client.search()).contains("\"type\":\"searchset\"");
            assertThat(client.sendToEhr()).contains("tracking-url");
        }
    }

    @Test
    void lifenFetchesOneTokenForAllRequests() throws Exception {
        try (BenchClient client = BenchClients.create(ClientKind.LIFEN, settings("lifen-one-token"))) {
            client.read("1");
            client.search();
            client.sendToEhr();
        }

        assertThat(server.tokenCalls()).hasSize(1);
    }

    @Test
    void camelHttpOauth2CachesTokenPerRequestUri() throws Exception {
        try (BenchClient client = BenchClients.create(ClientKind.HTTP_OAUTH2, settings("camel-http-per-uri"))) {
            client.read("1");
            client.read("1");
            client.read("2");
            client.search();
        }

        // camel-http 4.18 keys its token cache on the request URI: Patient/1, Patient/2 and _search
        assertThat(server.tokenCalls()).hasSize(3);
    }

    @Test
    void staticHeaderClientsSendNoTokenRequest() throws Exception {
        for (ClientKind kind : new ClientKind[] { ClientKind.HTTP_STATIC, ClientKind.HTTPCLIENT5 }) {
            try (BenchClient client = BenchClients.create(kind, settings("static-" + kind.label()))) {
                client.read("1");
            }
        }

        assertThat(server.tokenCalls()).isEmpty();
    }

    @Test
    void serverRejectsRequestWithoutBearer() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create(server.apiBaseUrl() + "/fhir/v3/Patient/1")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void tokenReplyCarriesConfiguredLifetime() throws Exception {
        server.reset(42, 0);

        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create(server.tokenBaseUrl() + BenchServer.TOKEN_PATH))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"expires_in\":42");
        assertThat(server.tokenCalls()).hasSize(1);
    }

    @Test
    void unknownClientNameIsRejected() {
        assertThatThrownBy(() -> ClientKind.parse("curl")).hasMessageContaining("http-static");
    }
}
