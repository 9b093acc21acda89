package io.github.camellifen.component;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Options of a {@code lifen:} endpoint. Set on the component ({@code camel.component.lifen.*}), they are shared by
 * every endpoint, and each endpoint may override them in its URI.
 */
@UriParams
public class LifenConfiguration implements Cloneable {

    // Connection and credentials

    @UriParam(label = "producer", enums = "production,post-prod")
    @Metadata(description = "Lifen environment whose URLs and audience to use: production or post-prod. Together "
            + "with apiVersion it fills tokenUrl, apiBaseUrl and audience, unless those are set. Empty means no "
            + "preset: then set tokenUrl, apiBaseUrl and audience yourself.")
    private String environment;

    @UriParam(label = "producer", defaultValue = "v3", enums = "v3,v2")
    @Metadata(description = "Lifen API version the environment preset points to: v3 (FHIR API v3, token at "
            + "authentication.lifen.fr) or v2 (FHIR API v2, token at login.lifen.fr).")
    private String apiVersion = "v3";

    @UriParam(label = "producer")
    @Metadata(description = "Base URL of Lifen's FHIR API, such as https://api.lifen.fr/fhir/v3. Overrides the "
            + "environment preset, for hospital groups with their own hosts. Must be https, except on localhost. "
            + "The access token is sent only to this URL's origin. Empty takes the environment preset.")
    private String apiBaseUrl;

    @UriParam(label = "producer,security")
    @Metadata(description = "URL of Lifen's OAuth2 token endpoint, such as https://authentication.lifen.fr/v1/token. "
            + "Overrides the environment preset. Must be https, except on localhost. Empty takes the environment "
            + "preset.")
    private String tokenUrl;

    @UriParam(label = "producer,security")
    @Metadata(description = "OAuth2 audience sent in the token request: the Lifen environment the token is for, "
            + "such as https://post-prod.platform-apis/. Overrides the environment preset. Empty takes the "
            + "environment preset.")
    private String audience;

    @UriParam(label = "producer,security")
    @Metadata(required = true, description = "OAuth2 client id of the application, from Lifen's account manager.")
    private String clientId;

    @UriParam(label = "producer,security", secret = true)
    @Metadata(required = true, secret = true, description = "OAuth2 client secret of the application, from Lifen's "
            + "account manager. In an endpoint URI write it as RAW(secret), or set it on the component, so that "
            + "plus and percent signs reach Lifen unchanged.")
    private String clientSecret;

    @UriParam(label = "producer,security")
    @Metadata(required = true, description = "Lifen database reference: the healthcare organisation whose data the "
            + "token gives access to. Endpoints with different references get different tokens.")
    private String databaseReference;

    // Token lifecycle

    @UriParam(label = "producer,security", defaultValue = "form", enums = "form,json")
    @Metadata(description = "Encoding of the token request body: form (application/x-www-form-urlencoded, the "
            + "OAuth2 standard) or json (application/json, as some Lifen documentation shows).")
    private String tokenRequestFormat = "form";

    @UriParam(label = "producer,security", defaultValue = "60000", javaType = "java.time.Duration")
    @Metadata(description = "Refresh margin: a token is not sent with less than this much lifetime left; the "
            + "exchange waits for a new one instead. Covers clock skew and transit time. Capped at half the token's "
            + "lifetime. In milliseconds, or a duration such as 60s. 0 sends tokens until their last instant.")
    private long tokenRefreshMargin = 60_000;

    @UriParam(label = "producer,security", defaultValue = "300000", javaType = "java.time.Duration")
    @Metadata(description = "How long before the refresh margin an exchange starts a background token refresh "
            + "while still sending the current token, so no exchange waits once the cache is warm. Capped at half "
            + "the token's usable life. In milliseconds, or a duration such as 5m. 0 disables background refresh.")
    private long tokenRefreshAhead = 300_000;

    @UriParam(label = "producer,security", defaultValue = "3600000", javaType = "java.time.Duration")
    @Metadata(description = "Token lifetime assumed when the token endpoint's reply has no usable expires_in. In "
            + "milliseconds, or a duration such as 1h. Must be more than 0.")
    private long defaultTokenLifetime = 3_600_000;

    @UriParam(label = "producer,security,advanced", defaultValue = "30000", javaType = "java.time.Duration")
    @Metadata(description = "How long to wait for the token endpoint's reply. In milliseconds, or a duration such "
            + "as 30s. Exchanges waiting for that token fail when it elapses. Must be more than 0.")
    private long tokenRequestTimeout = 30_000;

    // HTTP

    @UriParam(label = "producer,advanced", defaultValue = "10000", javaType = "java.time.Duration")
    @Metadata(description = "How long to wait for a TCP connection to Lifen (API and token endpoint). In "
            + "milliseconds, or a duration such as 10s. Must be more than 0.")
    private long connectTimeout = 10_000;

    @UriParam(label = "producer,advanced", defaultValue = "60000", javaType = "java.time.Duration")
    @Metadata(description = "How long to wait for the API's reply once connected, including the upload of the "
            + "request body. In milliseconds, or a duration such as 60s. Must be more than 0.")
    private long requestTimeout = 60_000;

    @UriParam(label = "producer,advanced", defaultValue = "3")
    @Metadata(description = "How many times a read or a search is sent again after a 429, a 503 or a failed "
            + "connection. Sendings (send-to-ehr, send-to-mss, create, update, and operation or request with another "
            + "method than GET) are never sent again, because Lifen has no idempotency key. 0 turns retries off.")
    private int maxRetries = 3;

    @UriParam(label = "producer,advanced", defaultValue = "1000", javaType = "java.time.Duration")
    @Metadata(description = "The wait before the first retry, doubled for each next one, with random jitter in "
            + "its upper half; a Retry-After header replaces it. In milliseconds, or a duration such as 1s. Must be "
            + "more than 0.")
    private long retryDelay = 1000;

    @UriParam(label = "producer,advanced", defaultValue = "30000", javaType = "java.time.Duration")
    @Metadata(description = "The maximum wait between two attempts. A Retry-After header requesting more ends the "
            + "retries, and the exchange fails with the reply. In milliseconds, or a duration such as 30s. Must be "
            + "more than 0.")
    private long maxRetryDelay = 30_000;

    @UriParam(label = "producer,advanced", defaultValue = "10")
    @Metadata(description = "The maximum number of requests per second this application sends to Lifen, token requests "
            + "included: Lifen's limit is 10 per application. Endpoints with the same token URL and client id share "
            + "the limit, and a burst waits in the producer instead of drawing 429 replies. 0 turns it off.")
    private int rateLimit = 10;

    @UriParam(label = "common", defaultValue = "string", enums = "string,json-node,map,fhir-resource")
    @Metadata(description = "The body type after a reply: string (JSON text), json-node (Jackson JsonNode), map "
            + "(java.util.Map) or fhir-resource (a HAPI FHIR R4 resource; needs hapi-fhir-structures-r4 on the "
            + "class path). With pagingMode=stream, the type of each entry. On lifen:webhook, the type of each event's "
            + "details (fhir-resource does not apply there).")
    private String outputType = "string";

    @UriParam(label = "producer", defaultValue = "true")
    @Metadata(description = "Whether a reply with a status outside 2xx fails the exchange with a "
            + "LifenApiException. When false, the reply's body and status stay on the message instead.")
    private boolean throwExceptionOnFailure = true;

    // read

    @UriParam(label = "producer,read")
    @Metadata(description = "The id of the resource to read (operation read). The header CamelLifenResourceId "
            + "overrides it. Empty requires that header.")
    private String resourceId;

    // search

    @UriParam(label = "producer,search", prefix = "search.", multiValue = true,
              javaType = "java.util.Map<String, Object>")
    @Metadata(description = "Search parameters (operation search), each as an option with the prefix search., "
            + "such as search.family=MICHUE; repeat an option to repeat the parameter. The header "
            + "CamelLifenSearchParameters replaces entries of the same name. Empty sends the search without "
            + "parameters, unless that header has some.")
    private Map<String, Object> searchParameters;

    @UriParam(label = "producer,search", defaultValue = "single", enums = "single,all,stream")
    @Metadata(description = "How a search returns its pages: single (the first page, as Lifen returns it), all "
            + "(every page merged into one Bundle, up to maxPages) or stream (an Iterator of the entries' resources "
            + "as JSON text, fetching each page when needed, for split with streaming). Next links are followed "
            + "only on the API base URL's origin; a link elsewhere fails the exchange.")
    private String pagingMode = "single";

    @UriParam(label = "producer,search", defaultValue = "100")
    @Metadata(description = "The maximum number of pages a search with pagingMode all or stream reads; a search "
            + "with more pages fails rather than return part of its result. Must be more than 0.")
    private int maxPages = 100;

    // send-to-ehr

    @UriParam(label = "producer,send")
    @Metadata(description = "The patient the document belongs to, such as Patient/123 (operation send-to-ehr). "
            + "Required there; the header CamelLifenSubject overrides it.")
    private String subject;

    @UriParam(label = "producer,send")
    @Metadata(description = "The encounter (stay) the document belongs to, such as Encounter/456 (operation "
            + "send-to-ehr). Empty sends no context. The header CamelLifenContext overrides it.")
    private String context;

    @UriParam(label = "producer,send")
    @Metadata(description = "LOINC code of the document type, such as 11488-4 (operation send-to-ehr). Empty lets "
            + "Lifen decide. The header CamelLifenDocumentType overrides it.")
    private String documentType;

    @UriParam(label = "producer,send")
    @Metadata(description = "The document's title in the patient record (operation send-to-ehr). Empty lets "
            + "Lifen decide. The header CamelLifenDocumentTitle overrides it.")
    private String documentTitle;

    @UriParam(label = "producer,send", defaultValue = "application/pdf")
    @Metadata(description = "The document's media type (operation send-to-ehr). For application/pdf the body must "
            + "start with %PDF-. The header CamelLifenContentType overrides it.")
    private String contentType = "application/pdf";

    @UriParam(label = "producer,send", defaultValue = "15728640")
    @Metadata(description = "The largest document accepted, in bytes: 15728640 (15 MB) by default, Lifen's limit. "
            + "A larger document fails before anything is sent; a stream of unknown length fails while it is sent. "
            + "Must be more than 0.")
    private long maxDocumentSize = 15L * 1024 * 1024;

    @UriParam(label = "producer,send")
    @Metadata(description = "The sender's identifier at Lifen (operation send-to-ehr). Empty sends none. The header "
            + "CamelLifenSenderIdentifier overrides it.")
    private String senderIdentifier;

    // send-to-mss

    @UriParam(label = "producer,send")
    @Metadata(description = "MSSanté recipients (operation send-to-mss), comma separated: references to the "
            + "directory such as Practitioner/123 or Organization/456, or RPPS and FINESS identifiers. 1 to 10. The "
            + "header CamelLifenRecipients overrides it. Required there, here or in that header.")
    private String recipients;

    @UriParam(label = "producer,send")
    @Metadata(description = "The sender (operation send-to-mss), a reference such as Practitioner/123. Empty sends "
            + "none, and Lifen uses the application's default sender. The header CamelLifenSender overrides it.")
    private String sender;

    // operation

    @UriParam(label = "producer,operation")
    @Metadata(description = "The name of the FHIR operation to invoke (operation operation), with or without its "
            + "leading $, such as match. The resource type comes from the URI and the instance id from the option "
            + "resourceId or the header CamelLifenResourceId. The body is sent as it is, by POST unless the option "
            + "method or the header CamelLifenRequestMethod sets another; without a body, by GET. Required there.")
    private String operationName;

    // tracking

    @UriParam(label = "producer,tracking")
    @Metadata(description = "Transaction id of the sending to track (operation tracking), used when the message "
            + "has no CamelLifenTrackingUrl header. The header CamelLifenTransactionId overrides it. Empty requires "
            + "one of those headers.")
    private String transactionId;

    // request

    @UriParam(label = "producer,request", defaultValue = "GET", enums = "GET,POST,PUT,PATCH,DELETE")
    @Metadata(description = "HTTP method (operation request). The header CamelLifenRequestMethod overrides it.")
    private String method = "GET";

    @UriParam(label = "producer,request")
    @Metadata(description = "Path and query relative to the API base URL, such as Patient/123 (operation "
            + "request). The header CamelLifenRequestPath overrides it. Absolute URLs are rejected. Required there, "
            + "here or in that header.")
    private String path;

    @UriParam(label = "producer,request", defaultValue = "application/fhir+json; charset=UTF-8")
    @Metadata(description = "Content-Type of the request body (operation request, methods with a body). The body "
            + "may be JSON text (sent as UTF-8), bytes, a Map, a Jackson JsonNode or a HAPI FHIR resource.")
    private String requestContentType = "application/fhir+json; charset=UTF-8";

    // webhook (consumer)

    @UriParam(label = "consumer", defaultValue = "/lifen/webhook")
    @Metadata(description = "Path on Camel's platform HTTP server where the consumer lifen:webhook receives Lifen's "
            + "webhook deliveries. Register the public URL of this path as the callback URL in Lifen's developer "
            + "portal.")
    private String webhookPath = "/lifen/webhook";

    @UriParam(label = "consumer,security", secret = true)
    @Metadata(secret = true, description = "Webhook secret of the application, from Lifen's developer portal. The "
            + "consumer lifen:webhook rejects with 401 a delivery whose x-lifen-platform-signature header is not the "
            + "HMAC-SHA256 of its body with this secret. Required there.")
    private String webhookSecret;

    @UriParam(label = "consumer")
    @Metadata(description = "Repository of the event ids the consumer lifen:webhook has processed, so that an event "
            + "Lifen delivers again is skipped. Empty keeps the last 10000 ids in memory, which suits one node. Give a "
            + "shared repository (JDBC, Infinispan, Redis and so on) when several nodes receive the same callback URL, "
            + "or to remember ids across restarts.")
    private IdempotentRepository idempotentRepository;

    @UriParam(label = "consumer", defaultValue = "10")
    @Metadata(description = "The maximum number of webhook deliveries the consumer lifen:webhook processes at once. "
            + "A delivery beyond it gets the reply 429 with a Retry-After header, so Lifen sends it again later. 0 "
            + "turns the limit off.")
    private int maxConcurrentDeliveries = 10;

    @UriParam(label = "consumer", defaultValue = "10000", javaType = "java.time.Duration")
    @Metadata(description = "The wait the consumer lifen:webhook requests from Lifen in the Retry-After header of a "
            + "429 reply, rounded up to whole seconds. In milliseconds, or a duration such as 10s. Must be more than 0.")
    private long retryAfter = 10_000;

    /** Returns a copy whose search parameter map is copied too, so endpoints never share mutable state. */
    public LifenConfiguration copy() {
        try {
            LifenConfiguration copy = (LifenConfiguration) super.clone();
            copy.searchParameters = searchParameters == null ? null : new LinkedHashMap<>(searchParameters);
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getEnvironment() {
        return environment;
    }

    public void setEnvironment(String environment) {
        this.environment = environment;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public String getApiBaseUrl() {
        return apiBaseUrl;
    }

    public void setApiBaseUrl(String apiBaseUrl) {
        this.apiBaseUrl = apiBaseUrl;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
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

    public String getTokenRequestFormat() {
        return tokenRequestFormat;
    }

    public void setTokenRequestFormat(String tokenRequestFormat) {
        this.tokenRequestFormat = tokenRequestFormat;
    }

    public long getTokenRefreshMargin() {
        return tokenRefreshMargin;
    }

    public void setTokenRefreshMargin(long tokenRefreshMargin) {
        this.tokenRefreshMargin = tokenRefreshMargin;
    }

    public long getTokenRefreshAhead() {
        return tokenRefreshAhead;
    }

    public void setTokenRefreshAhead(long tokenRefreshAhead) {
        this.tokenRefreshAhead = tokenRefreshAhead;
    }

    public long getDefaultTokenLifetime() {
        return defaultTokenLifetime;
    }

    public void setDefaultTokenLifetime(long defaultTokenLifetime) {
        this.defaultTokenLifetime = defaultTokenLifetime;
    }

    public long getTokenRequestTimeout() {
        return tokenRequestTimeout;
    }

    public void setTokenRequestTimeout(long tokenRequestTimeout) {
        this.tokenRequestTimeout = tokenRequestTimeout;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(long retryDelay) {
        this.retryDelay = retryDelay;
    }

    public long getMaxRetryDelay() {
        return maxRetryDelay;
    }

    public void setMaxRetryDelay(long maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public int getRateLimit() {
        return rateLimit;
    }

    public void setRateLimit(int rateLimit) {
        this.rateLimit = rateLimit;
    }

    public String getOutputType() {
        return outputType;
    }

    public void setOutputType(String outputType) {
        this.outputType = outputType;
    }

    public boolean isThrowExceptionOnFailure() {
        return throwExceptionOnFailure;
    }

    public void setThrowExceptionOnFailure(boolean throwExceptionOnFailure) {
        this.throwExceptionOnFailure = throwExceptionOnFailure;
    }

    public String getResourceId() {
        return resourceId;
    }

    public void setResourceId(String resourceId) {
        this.resourceId = resourceId;
    }

    public Map<String, Object> getSearchParameters() {
        return searchParameters;
    }

    public void setSearchParameters(Map<String, Object> searchParameters) {
        this.searchParameters = searchParameters;
    }

    public String getPagingMode() {
        return pagingMode;
    }

    public void setPagingMode(String pagingMode) {
        this.pagingMode = pagingMode;
    }

    public int getMaxPages() {
        return maxPages;
    }

    public void setMaxPages(int maxPages) {
        this.maxPages = maxPages;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String documentType) {
        this.documentType = documentType;
    }

    public String getDocumentTitle() {
        return documentTitle;
    }

    public void setDocumentTitle(String documentTitle) {
        this.documentTitle = documentTitle;
    }

    public String getContentType() {
        return contentType;
    }

    public void setContentType(String contentType) {
        this.contentType = contentType;
    }

    public long getMaxDocumentSize() {
        return maxDocumentSize;
    }

    public void setMaxDocumentSize(long maxDocumentSize) {
        this.maxDocumentSize = maxDocumentSize;
    }

    public String getSenderIdentifier() {
        return senderIdentifier;
    }

    public void setSenderIdentifier(String senderIdentifier) {
        this.senderIdentifier = senderIdentifier;
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

    public String getOperationName() {
        return operationName;
    }

    public void setOperationName(String operationName) {
        this.operationName = operationName;
    }

    public String getTransactionId() {
        return transactionId;
    }

    public void setTransactionId(String transactionId) {
        this.transactionId = transactionId;
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

    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public int getMaxConcurrentDeliveries() {
        return maxConcurrentDeliveries;
    }

    public void setMaxConcurrentDeliveries(int maxConcurrentDeliveries) {
        this.maxConcurrentDeliveries = maxConcurrentDeliveries;
    }

    public long getRetryAfter() {
        return retryAfter;
    }

    public void setRetryAfter(long retryAfter) {
        this.retryAfter = retryAfter;
    }
}
