package io.github.camellifen.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * Sends the benchmark requests with Apache HttpClient 5 classic and a fixed {@code Authorization} header: the least
 * a Java client can do, and the client that both {@code lifen:} and camel-http are built on.
 */
final class HttpClient5BenchClient implements BenchClient {

    private final CloseableHttpClient client;
    private final ClientSettings settings;

    HttpClient5BenchClient(ClientSettings settings) {
        this.settings = settings;
        // One connection per caller, as lifen: and the camel-http clients get, and no redirects, retries or cookies
        client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnPerRoute(64)
                        .setMaxConnTotal(64)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
    }

    @Override
    public String read(String id) throws Exception {
        return send(new HttpGet(settings.apiBase() + "/Patient/" + id));
    }

    @Override
    public String search() throws Exception {
        HttpPost post = new HttpPost(settings.apiBase() + "/Patient/_search");
        post.setEntity(new StringEntity("family=MICHUE", ContentType.APPLICATION_FORM_URLENCODED));
        return send(post);
    }

    @Override
    public String sendToEhr() throws Exception {
        byte[] body = SendToEhrJson.build(Files.readAllBytes(settings.document()));
        HttpPost post = new HttpPost(settings.apiBase() + "/CommunicationRequest/$send-to-ehr");
        post.setEntity(new ByteArrayEntity(body, ContentType.create("application/fhir+json")));
        return send(post);
    }

    private String send(HttpUriRequestBase request) throws IOException {
        request.setHeader("Accept", "application/fhir+json");
        request.setHeader("Authorization", ClientSettings.STATIC_TOKEN);
        return client.execute(request, response -> {
            String body = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
            if (response.getCode() / 100 != 2) {
                throw new IOException("HTTP " + response.getCode() + " from " + request.getRequestUri());
            }
            return body;
        });
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
