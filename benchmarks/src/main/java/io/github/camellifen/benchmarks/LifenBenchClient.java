package io.github.camellifen.benchmarks;

import io.github.camellifen.component.LifenComponent;
import io.github.camellifen.component.LifenConfiguration;
import io.github.camellifen.component.LifenConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Sends the benchmark requests through {@code lifen:} endpoints, as a route's {@code to} would. The rate limit is
 * off: its default of 10 requests per second, Lifen's own limit, would be all that the benchmark measures.
 */
final class LifenBenchClient implements BenchClient {

    private final CamelContext camel;
    private final ProducerTemplate template;
    private final Endpoint read;
    private final Endpoint search;
    private final Endpoint sendToEhr;
    private final ClientSettings settings;

    LifenBenchClient(ClientSettings settings) {
        this.settings = settings;
        LifenComponent component = new LifenComponent();
        LifenConfiguration config = component.getConfiguration();
        config.setApiBaseUrl(settings.apiBase());
        config.setTokenUrl(settings.tokenUrl());
        config.setAudience("https://benchmark.platform-apis/");
        config.setClientId(settings.clientId());
        config.setClientSecret(ClientSettings.CLIENT_SECRET);
        config.setDatabaseReference("benchmark-database");
        config.setRateLimit(0);
        if (settings.refreshMarginMillis() >= 0) {
            config.setTokenRefreshMargin(settings.refreshMarginMillis());
        }
        if (settings.refreshAheadMillis() >= 0) {
            config.setTokenRefreshAhead(settings.refreshAheadMillis());
        }

        camel = new DefaultCamelContext();
        camel.addComponent("lifen", component);
        camel.start();
        template = camel.createProducerTemplate();
        read = camel.getEndpoint("lifen:read/Patient");
        search = camel.getEndpoint("lifen:search/Patient?search.family=MICHUE");
        sendToEhr = camel.getEndpoint("lifen:send-to-ehr?subject=Patient/1&documentType=11488-4");
    }

    @Override
    public String read(String id) throws Exception {
        return send(read, exchange -> exchange.getMessage().setHeader(LifenConstants.RESOURCE_ID, id));
    }

    @Override
    public String search() throws Exception {
        return send(search, exchange -> { });
    }

    @Override
    public String sendToEhr() throws Exception {
        // A File body, as the file consumer hands it over: the document streams from disk into the request
        return send(sendToEhr, exchange -> exchange.getMessage().setBody(settings.document().toFile()));
    }

    private String send(Endpoint endpoint, Processor prepare) throws Exception {
        Exchange exchange = template.send(endpoint, prepare);
        return BenchClient.replyBody(exchange);
    }

    @Override
    public void close() throws Exception {
        camel.close();
    }
}
