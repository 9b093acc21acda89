package io.github.camellifen.component.springboot;

import java.time.Duration;
import java.util.Map;

import io.github.camellifen.component.LifenConfiguration;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code camel.component.lifen.*} properties: one per option of the {@code lifen} component, with the
 * component's description and default. Durations take Spring Boot's forms, so both {@code 10000} (milliseconds)
 * and {@code 10s} work. {@code enabled} and {@code customizer.enabled} come from the superclass.
 */
@ConfigurationProperties(prefix = "camel.component.lifen")
public class LifenComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Configuration shared by every lifen: endpoint; each endpoint may override any option.
     */
    private LifenConfiguration configuration;

    /**
     * The body type after a reply: string (JSON text), json-node (Jackson JsonNode), map (java.util.Map) or
     * fhir-resource (a HAPI FHIR R4 resource; needs hapi-fhir-structures-r4 on the class path). With pagingMode=stream,
     * the type of each entry. On lifen:webhook, the type of each event's details (fhir-resource does not apply there).
     */
    private String outputType = "string";

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as a
     * message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component
     * allows Camel to be alerted if an exception was thrown. Some components handle this internally only, and therefore
     * bridgeErrorHandler is not possible. In other situations we may improve the Camel component to hook into the 3rd
     * party component and make this possible for future releases. By default the consumer will use the
     * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and
     * ignored.
     */
    private Boolean bridgeErrorHandler = false;

    /**
     * Repository of the event ids the consumer lifen:webhook has processed, so that an event Lifen delivers again is
     * skipped. Empty keeps the last 10000 ids in memory, which suits one node. Give a shared repository (JDBC,
     * Infinispan, Redis and so on) when several nodes receive the same callback URL, or to remember ids across
     * restarts.
     */
    private IdempotentRepository idempotentRepository;

    /**
     * The maximum number of webhook deliveries the consumer lifen:webhook processes at once. A delivery beyond it gets
     * the reply 429 with a Retry-After header, so Lifen sends it again later. 0 turns the limit off.
     */
    private Integer maxConcurrentDeliveries = 10;

    /**
     * The wait the consumer lifen:webhook requests from Lifen in the Retry-After header of a 429 reply, rounded up to
     * whole seconds. In milliseconds, or a duration such as 10s. Must be more than 0.
     */
    private Duration retryAfter = Duration.ofSeconds(10);

    /**
     * Path on Camel's platform HTTP server where the consumer lifen:webhook receives Lifen's webhook deliveries.
     * Register the public URL of this path as the callback URL in Lifen's developer portal.
     */
    private String webhookPath = "/lifen/webhook";

    /**
     * Base URL of Lifen's FHIR API, such as https://api.lifen.fr/fhir/v3. Overrides the environment preset, for
     * hospital groups with their own hosts. Must be https, except on localhost. The access token is sent only to this
     * URL's origin. Empty takes the environment preset.
     */
    private String apiBaseUrl;

    /**
     * Lifen API version the environment preset points to: v3 (FHIR API v3, token at authentication.lifen.fr) or v2
     * (FHIR API v2, token at login.lifen.fr).
     */
    private String apiVersion = "v3";

    /**
     * Lifen environment whose URLs and audience to use: production or post-prod. Together with apiVersion it fills
     * tokenUrl, apiBaseUrl and audience, unless those are set. Empty means no preset: then set tokenUrl, apiBaseUrl and
     * audience yourself.
     */
    private String environment;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed then
     * creating and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer = false;

    /**
     * Whether a reply with a status outside 2xx fails the exchange with a LifenApiException. When false, the reply's
     * body and status stay on the message instead.
     */
    private Boolean throwExceptionOnFailure = true;

    /**
     * How long to wait for a TCP connection to Lifen (API and token endpoint). In milliseconds, or a duration such as
     * 10s. Must be more than 0.
     */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /**
     * How many times a read or a search is sent again after a 429, a 503 or a failed connection. Sendings (send-to-ehr,
     * send-to-mss, create, update, and operation or request with another method than GET) are never sent again, because
     * Lifen has no idempotency key. 0 turns retries off.
     */
    private Integer maxRetries = 3;

    /**
     * The maximum wait between two attempts. A Retry-After header requesting more ends the retries, and the exchange
     * fails with the reply. In milliseconds, or a duration such as 30s. Must be more than 0.
     */
    private Duration maxRetryDelay = Duration.ofSeconds(30);

    /**
     * The maximum number of requests per second this application sends to Lifen, token requests included: Lifen's limit
     * is 10 per application. Endpoints with the same token URL and client id share the limit, and a burst waits in the
     * producer instead of drawing 429 replies. 0 turns it off.
     */
    private Integer rateLimit = 10;

    /**
     * How long to wait for the API's reply once connected, including the upload of the request body. In milliseconds,
     * or a duration such as 60s. Must be more than 0.
     */
    private Duration requestTimeout = Duration.ofMinutes(1);

    /**
     * The wait before the first retry, doubled for each next one, with random jitter in its upper half; a Retry-After
     * header replaces it. In milliseconds, or a duration such as 1s. Must be more than 0.
     */
    private Duration retryDelay = Duration.ofSeconds(1);

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then gets
     * configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;

    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled = true;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by default
     * disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;

    /**
     * The name of the FHIR operation to invoke (operation operation), with or without its leading $, such as match. The
     * resource type comes from the URI and the instance id from the option resourceId or the header
     * CamelLifenResourceId. The body is sent as it is, by POST unless the option method or the header
     * CamelLifenRequestMethod sets another; without a body, by GET. Required there.
     */
    private String operationName;

    /**
     * The id of the resource to read (operation read). The header CamelLifenResourceId overrides it. Empty requires
     * that header.
     */
    private String resourceId;

    /**
     * HTTP method (operation request). The header CamelLifenRequestMethod overrides it.
     */
    private String method = "GET";

    /**
     * Path and query relative to the API base URL, such as Patient/123 (operation request). The header
     * CamelLifenRequestPath overrides it. Absolute URLs are rejected. Required there, here or in that header.
     */
    private String path;

    /**
     * Content-Type of the request body (operation request, methods with a body). The body may be JSON text (sent as
     * UTF-8), bytes, a Map, a Jackson JsonNode or a HAPI FHIR resource.
     */
    private String requestContentType = "application/fhir+json; charset=UTF-8";

    /**
     * The maximum number of pages a search with pagingMode all or stream reads; a search with more pages fails rather
     * than return part of its result. Must be more than 0.
     */
    private Integer maxPages = 100;

    /**
     * How a search returns its pages: single (the first page, as Lifen returns it), all (every page merged into one
     * Bundle, up to maxPages) or stream (an Iterator of the entries' resources as JSON text, fetching each page when
     * needed, for split with streaming). Next links are followed only on the API base URL's origin; a link elsewhere
     * fails the exchange.
     */
    private String pagingMode = "single";

    /**
     * Search parameters (operation search), each as an option with the prefix search., such as search.family=MICHUE;
     * repeat an option to repeat the parameter. The header CamelLifenSearchParameters replaces entries of the same
     * name. Empty sends the search without parameters, unless that header has some. This is a multi-value option with
     * prefix: search.
     */
    private Map<String, Object> searchParameters;

    /**
     * OAuth2 audience sent in the token request: the Lifen environment the token is for, such as
     * https://post-prod.platform-apis/. Overrides the environment preset. Empty takes the environment preset.
     */
    private String audience;

    /**
     * OAuth2 client id of the application, from Lifen's account manager.
     */
    private String clientId;

    /**
     * OAuth2 client secret of the application, from Lifen's account manager. In an endpoint URI write it as
     * RAW(secret), or set it on the component, so that plus and percent signs reach Lifen unchanged.
     */
    private String clientSecret;

    /**
     * Lifen database reference: the healthcare organisation whose data the token gives access to. Endpoints with
     * different references get different tokens.
     */
    private String databaseReference;

    /**
     * Token lifetime assumed when the token endpoint's reply has no usable expires_in. In milliseconds, or a duration
     * such as 1h. Must be more than 0.
     */
    private Duration defaultTokenLifetime = Duration.ofHours(1);

    /**
     * How long before the refresh margin an exchange starts a background token refresh while still sending the current
     * token, so no exchange waits once the cache is warm. Capped at half the token's usable life. In milliseconds, or a
     * duration such as 5m. 0 disables background refresh.
     */
    private Duration tokenRefreshAhead = Duration.ofMinutes(5);

    /**
     * Refresh margin: a token is not sent with less than this much lifetime left; the exchange waits for a new one
     * instead. Covers clock skew and transit time. Capped at half the token's lifetime. In milliseconds, or a duration
     * such as 60s. 0 sends tokens until their last instant.
     */
    private Duration tokenRefreshMargin = Duration.ofMinutes(1);

    /**
     * Encoding of the token request body: form (application/x-www-form-urlencoded, the OAuth2 standard) or json
     * (application/json, as some Lifen documentation shows).
     */
    private String tokenRequestFormat = "form";

    /**
     * URL of Lifen's OAuth2 token endpoint, such as https://authentication.lifen.fr/v1/token. Overrides the environment
     * preset. Must be https, except on localhost. Empty takes the environment preset.
     */
    private String tokenUrl;

    /**
     * Webhook secret of the application, from Lifen's developer portal. The consumer lifen:webhook rejects with 401 a
     * delivery whose x-lifen-platform-signature header is not the HMAC-SHA256 of its body with this secret. Required
     * there.
     */
    private String webhookSecret;

    /**
     * How long to wait for the token endpoint's reply. In milliseconds, or a duration such as 30s. Exchanges waiting
     * for that token fail when it elapses. Must be more than 0.
     */
    private Duration tokenRequestTimeout = Duration.ofSeconds(30);

    /**
     * The document's media type (operation send-to-ehr). For application/pdf the body must start with %PDF-. The header
     * CamelLifenContentType overrides it.
     */
    private String contentType = "application/pdf";

    /**
     * The encounter (stay) the document belongs to, such as Encounter/456 (operation send-to-ehr). Empty sends no
     * context. The header CamelLifenContext overrides it.
     */
    private String context;

    /**
     * The document's title in the patient record (operation send-to-ehr). Empty lets Lifen decide. The header
     * CamelLifenDocumentTitle overrides it.
     */
    private String documentTitle;

    /**
     * LOINC code of the document type, such as 11488-4 (operation send-to-ehr). Empty lets Lifen decide. The header
     * CamelLifenDocumentType overrides it.
     */
    private String documentType;

    /**
     * The largest document accepted, in bytes: 15728640 (15 MB) by default, Lifen's limit. A larger document fails
     * before anything is sent; a stream of unknown length fails while it is sent. Must be more than 0.
     */
    private Long maxDocumentSize = 15728640L;

    /**
     * MSSanté recipients (operation send-to-mss), comma separated: references to the directory such as Practitioner/123
     * or Organization/456, or RPPS and FINESS identifiers. 1 to 10. The header CamelLifenRecipients overrides it.
     * Required there, here or in that header.
     */
    private String recipients;

    /**
     * The sender (operation send-to-mss), a reference such as Practitioner/123. Empty sends none, and Lifen uses the
     * application's default sender. The header CamelLifenSender overrides it.
     */
    private String sender;

    /**
     * The sender's identifier at Lifen (operation send-to-ehr). Empty sends none. The header CamelLifenSenderIdentifier
     * overrides it.
     */
    private String senderIdentifier;

    /**
     * The patient the document belongs to, such as Patient/123 (operation send-to-ehr). Required there; the header
     * CamelLifenSubject overrides it.
     */
    private String subject;

    /**
     * Transaction id of the sending to track (operation tracking), used when the message has no CamelLifenTrackingUrl
     * header. The header CamelLifenTransactionId overrides it. Empty requires one of those headers.
     */
    private String transactionId;

    public LifenConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(LifenConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getOutputType() {
        return outputType;
    }

    public void setOutputType(String outputType) {
        this.outputType = outputType;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public Integer getMaxConcurrentDeliveries() {
        return maxConcurrentDeliveries;
    }

    public void setMaxConcurrentDeliveries(Integer maxConcurrentDeliveries) {
        this.maxConcurrentDeliveries = maxConcurrentDeliveries;
    }

    public Duration getRetryAfter() {
        return retryAfter;
    }

    public void setRetryAfter(Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public String getApiBaseUrl() {
        return apiBaseUrl;
    }

    public void setApiBaseUrl(String apiBaseUrl) {
        this.apiBaseUrl = apiBaseUrl;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public String getEnvironment() {
        return environment;
    }

    public void setEnvironment(String environment) {
        this.environment = environment;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Boolean getThrowExceptionOnFailure() {
        return throwExceptionOnFailure;
    }

    public void setThrowExceptionOnFailure(Boolean throwExceptionOnFailure) {
        this.throwExceptionOnFailure = throwExceptionOnFailure;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Duration getMaxRetryDelay() {
        return maxRetryDelay;
    }

    public void setMaxRetryDelay(Duration maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public Integer getRateLimit() {
        return rateLimit;
    }

    public void setRateLimit(Integer rateLimit) {
        this.rateLimit = rateLimit;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public Duration getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(Duration retryDelay) {
        this.retryDelay = retryDelay;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public String getOperationName() {
        return operationName;
    }

    public void setOperationName(String operationName) {
        this.operationName = operationName;
    }

    public String getResourceId() {
        return resourceId;
    }

    public void setResourceId(String resourceId) {
        this.resourceId = resourceId;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getRequestContentType() {
        return requestContentType;
    }

    public void setRequestContentType(String requestContentType) {
        this.requestContentType = requestContentType;
    }

    public Integer getMaxPages() {
        return maxPages;
    }

    public void setMaxPages(Integer maxPages) {
        this.maxPages = maxPages;
    }

    public String getPagingMode() {
        return pagingMode;
    }

    public void setPagingMode(String pagingMode) {
        this.pagingMode = pagingMode;
    }

    public Map<String, Object> getSearchParameters() {
        return searchParameters;
    }

    public void setSearchParameters(Map<String, Object> searchParameters) {
        this.searchParameters = searchParameters;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getDatabaseReference() {
        return databaseReference;
    }

    public void setDatabaseReference(String databaseReference) {
        this.databaseReference = databaseReference;
    }

    public Duration getDefaultTokenLifetime() {
        return defaultTokenLifetime;
    }

    public void setDefaultTokenLifetime(Duration defaultTokenLifetime) {
        this.defaultTokenLifetime = defaultTokenLifetime;
    }

    public Duration getTokenRefreshAhead() {
        return tokenRefreshAhead;
    }

    public void setTokenRefreshAhead(Duration tokenRefreshAhead) {
        this.tokenRefreshAhead = tokenRefreshAhead;
    }

    public Duration getTokenRefreshMargin() {
        return tokenRefreshMargin;
    }

    public void setTokenRefreshMargin(Duration tokenRefreshMargin) {
        this.tokenRefreshMargin = tokenRefreshMargin;
    }

    public String getTokenRequestFormat() {
        return tokenRequestFormat;
    }

    public void setTokenRequestFormat(String tokenRequestFormat) {
        this.tokenRequestFormat = tokenRequestFormat;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    public Duration getTokenRequestTimeout() {
        return tokenRequestTimeout;
    }

    public void setTokenRequestTimeout(Duration tokenRequestTimeout) {
        this.tokenRequestTimeout = tokenRequestTimeout;
    }

    public String getContentType() {
        return contentType;
    }

    public void setContentType(String contentType) {
        this.contentType = contentType;
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
    }

    public String getDocumentTitle() {
        return documentTitle;
    }

    public void setDocumentTitle(String documentTitle) {
        this.documentTitle = documentTitle;
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String documentType) {
        this.documentType = documentType;
    }

    public Long getMaxDocumentSize() {
        return maxDocumentSize;
    }

    public void setMaxDocumentSize(Long maxDocumentSize) {
        this.maxDocumentSize = maxDocumentSize;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }

    public String getSender() {
        return sender;
    }

    public void setSender(String sender) {
        this.sender = sender;
    }

    public String getSenderIdentifier() {
        return senderIdentifier;
    }

    public void setSenderIdentifier(String senderIdentifier) {
        this.senderIdentifier = senderIdentifier;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getTransactionId() {
        return transactionId;
    }

    public void setTransactionId(String transactionId) {
        this.transactionId = transactionId;
    }

    // Prints the connection and credential options with the client secret masked, so the object is safe to log.
    @Override
    public String toString() {
        return "LifenComponentConfiguration[environment=" + environment
                + ", apiVersion=" + apiVersion
                + ", apiBaseUrl=" + apiBaseUrl
                + ", tokenUrl=" + tokenUrl
                + ", audience=" + audience
                + ", clientId=" + clientId
                + ", clientSecret=" + (clientSecret == null ? null : "xxxxxx")
                + ", databaseReference=" + databaseReference
                + ", webhookPath=" + webhookPath
                + ", webhookSecret=" + (webhookSecret == null ? null : "xxxxxx")
                + ", configuration=" + (configuration == null ? null : "(set)")
                + "]";
    }
}
