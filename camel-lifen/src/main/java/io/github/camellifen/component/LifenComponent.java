package io.github.camellifen.component;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

import io.github.camellifen.component.auth.ClientCredentials;
import io.github.camellifen.component.auth.TokenKey;
import io.github.camellifen.component.auth.TokenManager;
import io.github.camellifen.component.auth.TokenStore;
import io.github.camellifen.component.http.HttpTransport;
import io.github.camellifen.component.http.RateLimiter;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.SimpleEventNotifierSupport;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.PropertiesHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code lifen:} component. It owns the access token cache shared by its endpoints: one cache per component
 * instance, never per JVM, so two Camel contexts never see each other's tokens.
 */
@Component("lifen")
public class LifenComponent extends HealthCheckComponent {

    private static final Logger LOG = LoggerFactory.getLogger(LifenComponent.class);

    @Metadata(description = "Configuration shared by every lifen: endpoint; each endpoint may override any option.")
    private LifenConfiguration configuration = new LifenConfiguration();

    private Clock clock = Clock.systemUTC();
    private ExecutorService tokenExecutor;
    private TokenManager tokenManager;
    private final Map<Duration, HttpTransport> transports = new ConcurrentHashMap<>();
    private final Map<String, RateLimiter> rateLimiters = new ConcurrentHashMap<>();
    private final CredentialSets credentialSets = new CredentialSets();
    private SimpleEventNotifierSupport reloadListener;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        LifenConfiguration endpointConfiguration = configuration.copy();
        LifenEndpoint endpoint = new LifenEndpoint(uri, this, endpointConfiguration);
        endpoint.parsePath(remaining);
        // An endpoint without its own secret takes the component's again after a secret rotation
        endpoint.setSecretInUri(parameters.keySet().stream().anyMatch("clientSecret"::equalsIgnoreCase));

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

        reloadListener = new ContextReloadListener();
        getCamelContext().getManagementStrategy().addEventNotifier(reloadListener);
        ServiceHelper.startService(reloadListener);
    }

    @Override
    protected void doStop() throws Exception {
        if (reloadListener != null) {
            getCamelContext().getManagementStrategy().removeEventNotifier(reloadListener);
            ServiceHelper.stopService(reloadListener);
            reloadListener = null;
        }
        if (tokenExecutor != null) {
            getCamelContext().getExecutorServiceManager().shutdown(tokenExecutor);
            tokenExecutor = null;
        }
        if (tokenManager != null) {
            tokenManager.clear();
        }
        transports.values().forEach(HttpTransport::close);
        transports.clear();
        credentialSets.clear();
        super.doStop();
    }

    /**
     * Re-reads the credentials of every started endpoint, after a vault or an operator rotated the client secret.
     * An endpoint whose URI sets no {@code clientSecret} takes the component's current one. The tokens, counts and
     * errors of credential sets that no endpoint uses any more are dropped, so no token obtained with an old secret
     * is sent again. The next exchange of a changed endpoint requests a token with the new secret, while credential
     * sets that did not change keep their tokens.
     *
     * <p>It has the signature and contract of the callback of {@code org.apache.camel.spi.SecretRotationAware}, which
     * Camel 4.23 adds and calls on a context reload before the routes restart. The Camel versions this component
     * builds on lack that interface, so the component calls this method itself after every context reload, once the
     * routes have restarted: endpoint URIs whose secret is a property placeholder, such as
     * {@code clientSecret=RAW({{aws:lifen-secret}})}, are then resolved again. Call it yourself after setting a new
     * secret on the component.
     *
     * @param source what triggered the rotation, only logged
     */
    // TODO: declare implements org.apache.camel.spi.SecretRotationAware once the oldest supported Camel is 4.23
    public void onSecretRotation(Object source) {
        if (tokenManager == null) {
            return;
        }

        Set<TokenKey> inUse = new HashSet<>();
        int changed = 0;
        for (Endpoint candidate : getCamelContext().getEndpoints()) {
            // A lifen:webhook endpoint has no token credentials, so it has none to reload
            if (candidate instanceof LifenEndpoint endpoint && endpoint.getComponent() == this
                    && endpoint.isStarted() && endpoint.settings() != null) {
                changed += endpoint.reloadCredentials() ? 1 : 0;
                inUse.add(endpoint.credentials().key());
            }
        }

        credentialSets.retainOnly(inUse);
        int dropped = tokenManager.retainOnly(inUse);
        LOG.info("Lifen secret rotation ({}): credentials changed on {} endpoint(s); dropped {} cached access "
                + "token(s) of credentials that no endpoint uses any more", source, changed, dropped);
    }

    /** Returns a snapshot of every credential set this component's endpoints use, for management views. */
    public List<CredentialSetStatus> credentialSetStatuses() {
        return credentialSets.statuses(tokenManager);
    }

    /** Returns the snapshot of one credential set, or null when no started endpoint uses it. */
    CredentialSetStatus credentialSetStatus(TokenKey key) {
        return credentialSets.status(key, tokenManager);
    }

    void registerCredentials(ClientCredentials credentials) {
        credentialSets.register(credentials);
    }

    void countReply(TokenKey key, int status) {
        credentialSets.countReply(key, status);
    }

    /**
     * Returns the rate limiter of one Lifen application (token URL and client id), shared by all its endpoints,
     * since Lifen counts requests per application.
     */
    RateLimiter rateLimiter(String tokenUrl, String clientId, int limit) {
        return rateLimiters.computeIfAbsent(tokenUrl + " " + clientId + " " + limit, key -> new RateLimiter(limit));
    }

    /**
     * Returns the pooled HTTP connections for a connect timeout, for API and token requests alike. Every endpoint
     * with that timeout shares them, because a dynamic URI per resource id would otherwise open a pool per endpoint.
     */
    HttpTransport transport(Duration connectTimeout) {
        return transports.computeIfAbsent(connectTimeout, HttpTransport::new);
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

    /** Calls {@link #onSecretRotation} when Camel's context reload has restarted the routes. */
    private final class ContextReloadListener extends SimpleEventNotifierSupport {

        ContextReloadListener() {
            // Listening to exchange events would make Camel emit them for every exchange
            setupIgnore(true);
            setIgnoreCamelContextEvents(false);
        }

        @Override
        public boolean isEnabled(CamelEvent event) {
            return event instanceof CamelEvent.CamelContextReloadedEvent;
        }

        @Override
        public void notify(CamelEvent event) {
            onSecretRotation("Camel context reload");
        }
    }
}
