package io.github.camellifen.component;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

import io.github.camellifen.component.auth.TokenManager;
import io.github.camellifen.component.auth.TokenStore;
import io.github.camellifen.component.http.RateLimiter;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.util.PropertiesHelper;

/**
 * The {@code lifen:} component. It owns the access token cache shared by its endpoints: one cache per component
 * instance, never per JVM, so two Camel contexts never see each other's tokens.
 */
@Component("lifen")
public class LifenComponent extends DefaultComponent {

    @Metadata(description = "Configuration shared by every lifen: endpoint; each endpoint may override any option.")
    private LifenConfiguration configuration = new LifenConfiguration();

    private Clock clock = Clock.systemUTC();
    private ExecutorService tokenExecutor;
    private TokenManager tokenManager;
    private final Map<Duration, HttpClient> httpClients = new ConcurrentHashMap<>();
    private final Map<String, RateLimiter> rateLimiters = new ConcurrentHashMap<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        LifenConfiguration endpointConfiguration = configuration.copy();
        LifenEndpoint endpoint = new LifenEndpoint(uri, this, endpointConfiguration);
        endpoint.parsePath(remaining);

        // search.* options become search parameters; they are not endpoint properties
        Map<String, Object> search = PropertiesHelper.extractProperties(parameters, "search.");
        setProperties(endpoint, parameters);
        if (!search.isEmpty()) {
            Map<String, Object> merged = new LinkedHashMap<>();
            if (endpointConfiguration.getSearchParameters() != null) {
                merged.putAll(endpointConfiguration.getSearchParameters());
            }
            merged.putAll(search);
            endpointConfiguration.setSearchParameters(merged);
        }
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        tokenExecutor = getCamelContext().getExecutorServiceManager().newCachedThreadPool(this, "LifenTokenRequest");
        tokenManager = new TokenManager(new TokenStore(), tokenExecutor);
    }

    @Override
    protected void doStop() throws Exception {
        if (tokenExecutor != null) {
            getCamelContext().getExecutorServiceManager().shutdown(tokenExecutor);
            tokenExecutor = null;
        }
        if (tokenManager != null) {
            tokenManager.clear();
        }
        httpClients.clear();
        super.doStop();
    }

    /**
     * Returns the rate limiter of one Lifen application (token URL and client id), shared by all its endpoints,
     * since Lifen counts requests per application.
     */
    RateLimiter rateLimiter(String tokenUrl, String clientId, int limit) {
        return rateLimiters.computeIfAbsent(tokenUrl + " " + clientId + " " + limit, key -> new RateLimiter(limit));
    }

    /**
     * Returns the HTTP client for a connect timeout, shared by every endpoint that uses it: a dynamic URI per
     * resource id would otherwise start one client, with its selector thread, per endpoint.
     */
    HttpClient httpClient(Duration connectTimeout) {
        // NOTE: the default executor hands every reply from the selector thread to a pool thread, which about
        // doubles the CPU per small request at 16 and 64 callers on loopback (src-docs/benchmarks.adoc).
        // Runnable::run avoids that but reads streamed request bodies on the selector thread, where a slow
        // stream would stall every request.
        return httpClients.computeIfAbsent(connectTimeout, timeout -> HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build());
    }

    public LifenConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(LifenConfiguration configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration must not be null");
    }

    /** Returns the clock that token expiry is measured against; tests replace it to move time without sleeping. */
    public Clock getClock() {
        return clock;
    }

    public void setClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /** Returns the component's token cache and single-flight token requests, or null before the component starts. */
    public TokenManager getTokenManager() {
        return tokenManager;
    }
}
