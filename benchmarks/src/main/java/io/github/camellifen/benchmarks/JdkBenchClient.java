package io.github.camellifen.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;

/**
 * Sends the benchmark requests with the JDK HttpClient and a fixed {@code Authorization} header: the least a
 * Java client can do, and the client that {@code lifen:} is built on.
 */
final class JdkBenchClient implements BenchClient {

    private final HttpClient client;
    private final ClientSettings settings;
    private final URI search;
    private final URI sendToEhr;

    JdkBenchClient(ClientSettings settings) {
        this.settings = settings;
        // The same client settings as lifen's: HTTP/1.1, no redirects followed
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        search = URI.create(settings.apiBase() + "/Patient/_search");
        sendToEhr = URI.create(settings.apiBase() + "/CommunicationRequest/$send-to-ehr");
    }

    @Override
    public String read(String id) throws Exception {
        return send(request(URI.create(settings.apiBase() + "/Patient/" + id)).GET());
    }

    @Override
    public String search() throws Exception {
        return send(request(search)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("family=MICHUE")));
    }

    @Override
    public String sendToEhr() throws Exception {
        byte[] body = SendToEhrJson.build(Files.readAllBytes(settings.document()));
        return send(request(sendToEhr)
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/fhir+json")
                .header("Authorization", ClientSettings.STATIC_TOKEN);
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + response.statusCode() + " from " + response.uri());
        }
        return response.body();
    }

    @Override
    public void close() {
        // The JDK 17 HttpClient has no close(); its threads end once it is unreachable
    }
}
