package io.github.camellifen.benchmarks;

import java.nio.file.Files;
import java.util.function.Consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Sends the benchmark requests through camel-http endpoints, either with a fixed {@code Authorization} header set
 * on the message or with camel-http's OAuth2 client-credentials options. The send-to-ehr body is built in memory,
 * as a hand-written route does: read the file, base64-encode it and wrap it in a Parameters resource.
 */
final class CamelHttpBenchClient implements BenchClient {

    private final CamelContext camel;
    private final ProducerTemplate template;
    private final Endpoint read;
    private final Endpoint search;
    private final Endpoint sendToEhr;
    private final ClientSettings settings;
    private final boolean oauth2;

    CamelHttpBenchClient(ClientSettings settings, boolean oauth2) {
        this.settings = settings;
        this.oauth2 = oauth2;
        HttpComponent http = new HttpComponent();
        // One connection per caller, as the other clients have; camel-http's default of 20 would queue 64 callers
        http.setConnectionsPerRoute(64);

        camel = new DefaultCamelContext();
        camel.addComponent("http", http);
        camel.start();
        template = camel.createProducerTemplate();
        String options = oauth2 ? "?" + oauth2Options() : "";
        read = camel.getEndpoint("http:" + strip(settings.apiBase()) + "/Patient" + options);
        search = camel.getEndpoint("http:" + strip(settings.apiBase()) + "/Patient/_search" + options);
        sendToEhr = camel.getEndpoint("http:" + strip(settings.apiBase()) + "/CommunicationRequest/$send-to-ehr"
                + options);
    }

    private String oauth2Options() {
        // Body authentication puts client_id and client_secret in the form, as Lifen's token endpoint expects
        String options = "oauth2ClientId=" + settings.clientId()
                + "&oauth2ClientSecret=RAW(" + ClientSettings.CLIENT_SECRET + ")"
                + "&oauth2TokenEndpoint=" + settings.tokenUrl()
                + "&oauth2BodyAuthentication=true"
                + "&oauth2CacheTokens=" + settings.cacheTokens();
        if (settings.refreshMarginMillis() >= 0) {
            options += "&oauth2CachedTokensExpirationMarginSeconds=" + settings.refreshMarginMillis() / 1000;
        }
        return options;
    }

    private static String strip(String url) {
        return url.substring("http:".length());
    }

    @Override
    public String read(String id) throws Exception {
        return send(read, message -> {
            message.setHeader(Exchange.HTTP_METHOD, "GET");
            message.setHeader(Exchange.HTTP_PATH, id);
        });
    }

    @Override
    public String search() throws Exception {
        return send(search, message -> {
            message.setHeader(Exchange.HTTP_METHOD, "POST");
            message.setHeader(Exchange.CONTENT_TYPE, "application/x-www-form-urlencoded");
            message.setBody("family=MICHUE");
        });
    }

    @Override
    public String sendToEhr() throws Exception {
        byte[] body = SendToEhrJson.build(Files.readAllBytes(settings.document()));
        return send(sendToEhr, message -> {
            message.setHeader(Exchange.HTTP_METHOD, "POST");
            message.setHeader(Exchange.CONTENT_TYPE, "application/fhir+json");
            message.setBody(body);
        });
    }

    private String send(Endpoint endpoint, Consumer<Message> setup) throws Exception {
        Exchange exchange = template.send(endpoint, e -> {
            Message message = e.getMessage();
            message.setHeader("Accept", "application/fhir+json");
            if (!oauth2) {
                message.setHeader("Authorization", ClientSettings.STATIC_TOKEN);
            }
            setup.accept(message);
        });
        return BenchClient.replyBody(exchange);
    }

    @Override
    public void close() throws Exception {
        camel.close();
    }
}
