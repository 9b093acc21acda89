package io.github.camellifen.component;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.camellifen.component.auth.ClientCredentials;
import io.github.camellifen.component.auth.ManagedAccessTokenProvider;
import io.github.camellifen.component.auth.TokenClient;
import io.github.camellifen.component.auth.TokenRefreshPolicy;
import io.github.camellifen.component.fhir.FhirNames;
import io.github.camellifen.component.http.ApiClient;
import io.github.camellifen.component.http.HttpTransport;
import io.github.camellifen.component.http.RateLimiter;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends FHIR requests to Lifen with a managed OAuth2 access token, and receives Lifen's webhook events.
 */
// Its JMX attributes show the credential set, never the secret, and the cached token's expiry, never the token
@ManagedResource(description = "Managed Lifen endpoint")
@UriEndpoint(firstVersion = "0.1.0", scheme = "lifen", title = "Lifen", syntax = "lifen:operation/resourceType",
             category = { Category.HEALTH, Category.API }, headersClass = LifenConstants.class)
public class LifenEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    private static final Logger LOG = LoggerFactory.getLogger(LifenEndpoint.class);
    private static final String USER_AGENT = "camel-lifen";

    @UriPath(label = "common", enums = "read,search,send-to-ehr,send-to-mss,search-for-mss,tracking,operation,create,"
            + "update,request,webhook")
    @Metadata(required = true, description = "What the endpoint does: read (GET a resource by id), search (POST "
            + "{type}/_search), send-to-ehr (send a document to a patient record), send-to-mss (send documents to "
            + "healthcare professionals over MSSanté), search-for-mss (search the MSSanté directory of Practitioner "
            + "or Organization), tracking (status of a sending), operation (a named $operation), create and update "
            + "(API v2 resources), request (any method and path), or webhook (the consumer: receive Lifen's webhook "
            + "events).")
    private String operation;

    @UriPath(label = "producer")
    @Metadata(description = "The FHIR resource type, such as Patient or Encounter. Required for read, search, "
            + "search-for-mss, create and update; optional for operation, where empty means a system-level "
            + "operation. Empty for the other operations.")
    private String resourceType;

    @UriParam
    private LifenConfiguration configuration;

    private LifenOperation lifenOperation;
    private volatile LifenSettings settings;
    private ApiClient apiClient;
    private ManagedAccessTokenProvider tokenProvider;
    private boolean secretInUri;

    public LifenEndpoint(String uri, LifenComponent component, LifenConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    /** Reads {@code operation[/resourceType]} from the URI; the producer checks the combination at start-up. */
    void parsePath(String remaining) {
        String[] parts = remaining == null ? new String[0] : remaining.split("/", -1);
        if (parts.length == 0 || parts[0].isEmpty() || parts.length > 2) {
            throw new IllegalArgumentException("Invalid Lifen endpoint path '" + remaining + "': use "
                    + "lifen:operation[/resourceType] with an operation among " + LifenOperation.names()
                    + ", as in lifen:search/Patient");
        }
        operation = parts[0];
        resourceType = parts.length == 2 && !parts[1].isEmpty() ? parts[1] : null;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        lifenOperation = LifenOperation.fromUriName(operation);
        checkResourceType();
        if (lifenOperation != LifenOperation.WEBHOOK) {
            settings = LifenSettings.resolve(configuration);
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (lifenOperation == LifenOperation.WEBHOOK) {
            return;
        }
        LifenComponent component = getComponent();

        Duration connectTimeout = LifenSettings.millis(configuration.getConnectTimeout());
        HttpTransport transport = component.transport(connectTimeout);
        RateLimiter rateLimiter = component.rateLimiter(settings.credentials().tokenUrl().toString(),
                settings.credentials().clientId(), configuration.getRateLimit());
        component.registerCredentials(settings.credentials());
        // Counted under the credentials current at reply time, which a secret rotation may change
        apiClient = new ApiClient(transport, settings.apiBase(),
                LifenSettings.millis(configuration.getRequestTimeout()), USER_AGENT, rateLimiter,
                status -> component.countReply(credentials().key(), status));

        TokenClient tokenClient = new TokenClient(transport, component.getClock(),
                LifenSettings.millis(configuration.getTokenRequestTimeout()),
                LifenSettings.millis(configuration.getDefaultTokenLifetime()), rateLimiter);
        TokenRefreshPolicy policy = new TokenRefreshPolicy(component.getClock(),
                LifenSettings.millis(configuration.getTokenRefreshMargin()),
                LifenSettings.millis(configuration.getTokenRefreshAhead()));
        tokenProvider = new ManagedAccessTokenProvider(component.getTokenManager(), settings.credentials(), policy,
                tokenClient);
    }

    /**
     * Re-reads the credentials after a client secret rotation: the component's current secret, unless this
     * endpoint's URI sets its own. The next token request uses them.
     *
     * @return whether the credentials changed
     */
    boolean reloadCredentials() {
        if (!secretInUri) {
            configuration.setClientSecret(getComponent().getConfiguration().getClientSecret());
        }

        LifenSettings reloaded;
        try {
            reloaded = LifenSettings.resolve(configuration);
        } catch (IllegalArgumentException e) {
            LOG.warn("Keeping the credentials of Lifen endpoint {} after a secret rotation: {}", this,
                    e.getMessage());
            return false;
        }
        if (reloaded.credentials().key().equals(settings.credentials().key())) {
            return false;
        }

        getComponent().registerCredentials(reloaded.credentials());
        tokenProvider.useCredentials(reloaded.credentials());
        settings = reloaded;
        return true;
    }

    private void checkResourceType() {
        LifenOperation.TypeRule rule = lifenOperation.typeRule();
        if (rule == LifenOperation.TypeRule.REQUIRED) {
            FhirNames.requireResourceType(resourceType, "the endpoint URI, as in lifen:" + operation + "/"
                    + (lifenOperation == LifenOperation.SEARCH_FOR_MSS ? "Practitioner" : "Patient"));
        } else if (rule == LifenOperation.TypeRule.OPTIONAL && resourceType != null) {
            FhirNames.requireResourceType(resourceType, "the endpoint URI");
        } else if (rule == LifenOperation.TypeRule.NONE && resourceType != null) {
            throw new IllegalArgumentException("The Lifen operation " + operation + " takes no resource type, but the "
                    + "endpoint URI names " + resourceType + ": use lifen:" + operation);
        }
        if (lifenOperation == LifenOperation.SEARCH_FOR_MSS && !resourceType.equals("Practitioner")
                && !resourceType.equals("Organization")) {
            throw new IllegalArgumentException("The Lifen operation search-for-mss searches Practitioner or "
                    + "Organization, not " + resourceType + ": use lifen:search-for-mss/Practitioner");
        }
        if (lifenOperation == LifenOperation.OPERATION && configuration.getOperationName() == null) {
            throw new IllegalArgumentException("Missing Lifen option operationName: name the FHIR operation, as in "
                    + "lifen:operation/Patient?operationName=match");
        }
    }

    @Override
    public Producer createProducer() throws Exception {
        if (lifenOperation == LifenOperation.WEBHOOK) {
            throw new IllegalArgumentException("lifen:webhook receives events and cannot send: use it in from(), "
                    + "and another operation, such as lifen:read/Patient, in to()");
        }
        return new LifenProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (lifenOperation != LifenOperation.WEBHOOK) {
            throw new IllegalArgumentException("lifen:" + operation + " sends requests and cannot consume: use "
                    + "lifen:webhook in from() to receive Lifen's webhook events");
        }
        LifenWebhookConsumer consumer = new LifenWebhookConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    public LifenComponent getComponent() {
        return (LifenComponent) super.getComponent();
    }

    @Override
    public String getServiceUrl() {
        return settings == null ? configuration.getApiBaseUrl() : settings.apiBase().toString();
    }

    @Override
    public String getServiceProtocol() {
        return settings == null ? "https" : settings.apiBase().getScheme();
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        if (settings == null) {
            return null;
        }
        return Map.of("clientId", settings.credentials().clientId(),
                "databaseReference", settings.credentials().databaseReference());
    }

    @ManagedAttribute(description = "URL of the OAuth2 token endpoint")
    public String getTokenUrl() {
        return settings == null ? null : settings.credentials().tokenUrl().toString();
    }

    @ManagedAttribute(description = "OAuth2 client id")
    public String getClientId() {
        return settings == null ? null : settings.credentials().clientId();
    }

    @ManagedAttribute(description = "OAuth2 audience sent in token requests")
    public String getAudience() {
        return settings == null ? null : settings.credentials().audience();
    }

    @ManagedAttribute(description = "Lifen database reference")
    public String getDatabaseReference() {
        return settings == null ? null : settings.credentials().databaseReference();
    }

    @ManagedAttribute(description = "Expiry of the cached access token in ISO-8601, or null when none is cached")
    public String getTokenExpiresAt() {
        CredentialSetStatus status = credentialSetStatus();
        return status == null || status.tokenExpiresAt() == null ? null : status.tokenExpiresAt().toString();
    }

    @ManagedAttribute(description = "Token requests of this credential set that returned a token")
    public long getTokensFetched() {
        CredentialSetStatus status = credentialSetStatus();
        return status == null ? 0 : status.tokensFetched();
    }

    @ManagedAttribute(description = "Token requests of this credential set that failed")
    public long getTokenRequestsFailed() {
        CredentialSetStatus status = credentialSetStatus();
        return status == null ? 0 : status.tokenRequestsFailed();
    }

    @ManagedAttribute(description = "Message of the last failed token request of this credential set, or null")
    public String getLastTokenError() {
        CredentialSetStatus status = credentialSetStatus();
        return status == null ? null : status.lastTokenError();
    }

    @ManagedAttribute(description = "API replies of this credential set by HTTP status, such as 200=12, 401=1; "
            + "0 counts requests without a usable reply")
    public String getApiRepliesByStatus() {
        CredentialSetStatus status = credentialSetStatus();
        if (status == null) {
            return "";
        }
        return status.apiRepliesByStatus().entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    private CredentialSetStatus credentialSetStatus() {
        return settings == null ? null : getComponent().credentialSetStatus(settings.credentials().key());
    }

    public LifenConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(LifenConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public String getResourceType() {
        return resourceType;
    }

    public void setResourceType(String resourceType) {
        this.resourceType = resourceType;
    }

    LifenOperation lifenOperation() {
        return lifenOperation;
    }

    LifenSettings settings() {
        return settings;
    }

    ClientCredentials credentials() {
        return settings.credentials();
    }

    void setSecretInUri(boolean secretInUri) {
        this.secretInUri = secretInUri;
    }

    ApiClient apiClient() {
        return apiClient;
    }

    ManagedAccessTokenProvider tokenProvider() {
        return tokenProvider;
    }
}
