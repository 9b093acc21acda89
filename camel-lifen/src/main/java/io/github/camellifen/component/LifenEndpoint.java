package io.github.camellifen.component;

import java.net.http.HttpClient;

import io.github.camellifen.component.auth.AccessTokenProvider;
import io.github.camellifen.component.auth.ManagedAccessTokenProvider;
import io.github.camellifen.component.auth.TokenClient;
import io.github.camellifen.component.auth.TokenRefreshPolicy;
import io.github.camellifen.component.fhir.FhirNames;
import io.github.camellifen.component.http.ApiClient;
import io.github.camellifen.component.http.RateLimiter;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Sends FHIR requests to Lifen with a managed OAuth2 access token, and receives Lifen's webhook events.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "lifen", title = "Lifen", syntax = "lifen:operation/resourceType",
             category = { Category.HEALTH, Category.API }, headersClass = LifenConstants.class)
public class LifenEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

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
    private LifenSettings settings;
    private ApiClient apiClient;
    private AccessTokenProvider tokenProvider;

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

        HttpClient httpClient = component.httpClient(LifenSettings.millis(configuration.getConnectTimeout()));
        RateLimiter rateLimiter = component.rateLimiter(settings.credentials().tokenUrl().toString(),
                settings.credentials().clientId(), configuration.getRateLimit());
        apiClient = new ApiClient(httpClient, settings.apiBase(), LifenSettings.millis(configuration.getRequestTimeout()),
                USER_AGENT, rateLimiter);

        TokenClient tokenClient = new TokenClient(httpClient, component.getClock(),
                LifenSettings.millis(configuration.getTokenRequestTimeout()),
                LifenSettings.millis(configuration.getDefaultTokenLifetime()), rateLimiter);
        TokenRefreshPolicy policy = new TokenRefreshPolicy(component.getClock(),
                LifenSettings.millis(configuration.getTokenRefreshMargin()),
                LifenSettings.millis(configuration.getTokenRefreshAhead()));
        tokenProvider = new ManagedAccessTokenProvider(component.getTokenManager(), settings.credentials(), policy,
                tokenClient);
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

    ApiClient apiClient() {
        return apiClient;
    }

    AccessTokenProvider tokenProvider() {
        return tokenProvider;
    }
}
