package io.github.camellifen.component;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.function.Consumer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A Camel context with a real Vert.x platform HTTP server on a loopback port, for tests of lifen:webhook, and a client
 * that posts deliveries to it signed as Lifen signs them.
 */
final class WebhookReceiver implements AutoCloseable {

    static final String SECRET = "whsec-canary-5d21";

    final CamelContext camel;
    final LifenComponent component;
    private final int port;
    private final HttpClient client = HttpClient.newHttpClient();

    WebhookReceiver(Consumer<LifenComponent> setup, RoutesBuilder routes) throws Exception {
        this(freePort(), setup, routes);
    }

    WebhookReceiver(int port, Consumer<LifenComponent> setup, RoutesBuilder routes) throws Exception {
        this.port = port;
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);

        camel = new DefaultCamelContext();
        component = new LifenComponent();
        component.getConfiguration().setWebhookSecret(SECRET);
        setup.accept(component);
        camel.addComponent("lifen", component);
        camel.addService(new VertxPlatformHttpServer(server), true, true);
        camel.addRoutes(routes);
        camel.start();
    }

    int port() {
        return port;
    }

    /** Posts a body signed with {@link #SECRET}, computed here with the JDK's HMAC, not the component's. */
    HttpResponse<String> postSigned(String body) throws Exception {
        return post(body, hmacHex(SECRET, body));
    }

    /** Posts a body with the given signature header, or none when {@code signature} is null. */
    HttpResponse<String> post(String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/lifen/webhook"))
                .header("Content-Type", "application/json")
                .header("x-lifen-platform-event-type", "patient.updated")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("x-lifen-platform-signature", signature);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String hmacHex(String secret, String body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Builds a batch of events of one type, each with the given event id and patient id. */
    static String batch(String notificationId, String eventType, String... eventAndPatientIds) {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < eventAndPatientIds.length; i += 2) {
            if (events.length() > 0) {
                events.append(',');
            }
            events.append("{\"event-uuid\":\"").append(eventAndPatientIds[i])
                    .append("\",\"webhook-id\":\"wh-1\",\"event-type\":\"").append(eventType)
                    .append("\",\"database-reference\":\"db-A\",\"timestamp\":\"2026-12-04T10:15:30Z\","
                            + "\"event-details\":{\"patient-id\":\"").append(eventAndPatientIds[i + 1])
                    .append("\",\"patient-ipp\":\"IPP-").append(eventAndPatientIds[i + 1]).append("\"}}");
        }
        return "{\"notification-uuid\":\"" + notificationId + "\",\"events\":[" + events + "]}";
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    @Override
    public void close() {
        camel.stop();
    }
}
