package io.github.camellifen.component;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.camellifen.component.fhir.FhirNames;
import io.github.camellifen.component.fhir.FhirRequests;
import io.github.camellifen.component.http.ApiClient;
import io.github.camellifen.component.http.ApiRequest;
import io.github.camellifen.component.http.RequestBody;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;

import static io.github.camellifen.component.MessageValues.value;

/**
 * Turns a message into the API request of the endpoint's operation. Values come from {@code CamelLifen...} headers
 * first, then from endpoint options, then from the body where an operation reads one. No other header (such as
 * {@code CamelHttpUri}) is read, no header changes the operation or the host, and no value is resolved as a
 * property placeholder.
 */
final class LifenRequests {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final LifenEndpoint endpoint;
    private final LifenConfiguration config;
    private final FhirRequests fhir;
    private final SendRequests sends;
    private final ApiClient apiClient;

    LifenRequests(LifenEndpoint endpoint) {
        this.endpoint = endpoint;
        this.config = endpoint.getConfiguration();
        this.fhir = new FhirRequests(endpoint.settings().apiBase());
        this.sends = new SendRequests(config, fhir);
        this.apiClient = endpoint.apiClient();
    }

    ApiRequest build(Message message) throws InvalidPayloadException, IOException {
        switch (endpoint.lifenOperation()) {
            case READ:
                return fhir.read(endpoint.getResourceType(), resourceId(message));
            case SEARCH:
                return fhir.search(endpoint.getResourceType(), searchParameters(message));
            case SEARCH_FOR_MSS:
                return fhir.searchForMss(endpoint.getResourceType(), searchParameters(message));
            case SEND_TO_EHR:
                return sends.sendToEhr(message);
            case SEND_TO_MSS:
                return sends.sendToMss(message);
            case TRACKING:
                return tracking(message);
            case OPERATION:
                return operation(message);
            case CREATE:
                return create(message);
            case UPDATE:
                return fhir.update(endpoint.getResourceType(), resourceId(message),
                        RequestBody.of(Bodies.toJsonBytes(message)));
            default:
                return request(message);
        }
    }

    private String resourceId(Message message) {
        String id = value(message, LifenConstants.RESOURCE_ID, config.getResourceId());
        return FhirNames.requireId(id, "the header " + LifenConstants.RESOURCE_ID + " or the option resourceId");
    }

    private Map<String, List<String>> searchParameters(Message message) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        addAll(parameters, config.getSearchParameters());
        addAll(parameters, message.getHeader(LifenConstants.SEARCH_PARAMETERS, Map.class));
        return parameters;
    }

    private ApiRequest tracking(Message message) {
        String trackingUrl = message.getHeader(LifenConstants.TRACKING_URL, String.class);
        if (trackingUrl != null && !trackingUrl.isBlank()) {
            URI uri = URI.create(trackingUrl);
            apiClient.requireApiOrigin(uri);
            return fhir.trackingByUrl(uri);
        }

        String transactionId = value(message, LifenConstants.TRANSACTION_ID, config.getTransactionId());
        if (transactionId == null) {
            throw new IllegalArgumentException("Nothing to track: set the header " + LifenConstants.TRACKING_URL
                    + " (send-to-ehr and send-to-mss set it) or " + LifenConstants.TRANSACTION_ID + ", or the option "
                    + "transactionId");
        }
        return fhir.trackingByTransactionId(transactionId);
    }

    private ApiRequest operation(Message message) throws InvalidPayloadException, IOException {
        String name = config.getOperationName().startsWith("$") ? config.getOperationName().substring(1)
                : config.getOperationName();
        if (!name.matches("[A-Za-z][A-Za-z0-9\\-]*")) {
            throw new IllegalArgumentException("Invalid operationName '" + config.getOperationName() + "': use a FHIR "
                    + "operation name such as match or send-to-ehr");
        }
        String id = value(message, LifenConstants.RESOURCE_ID, config.getResourceId());
        if (id != null) {
            FhirNames.requireId(id, "the header " + LifenConstants.RESOURCE_ID + " or the option resourceId");
        }

        // FHIR operations take their Parameters by POST; GET is for operations without a body
        boolean methodSet = message.getHeader(LifenConstants.REQUEST_METHOD) != null || !"GET".equals(config.getMethod());
        String method = methodSet || message.getBody() == null ? method(message) : "POST";
        byte[] body = method.equals("GET") || method.equals("DELETE") ? null : Bodies.toJsonBytes(message);
        return fhir.operation(method, endpoint.getResourceType(), id, name, body);
    }

    private ApiRequest create(Message message) throws InvalidPayloadException, IOException {
        // A Binary is created from the document itself, base64-encoded while it is sent
        if (endpoint.getResourceType().equals("Binary") && !Bodies.isJson(message.getBody())) {
            String contentType = value(message, LifenConstants.CONTENT_TYPE, config.getContentType());
            RequestBody content = Documents.fromBody(message, config.getMaxDocumentSize(), contentType);
            return fhir.createBinary(content, contentType, config.getMaxDocumentSize());
        }
        return fhir.create(endpoint.getResourceType(), RequestBody.of(Bodies.toJsonBytes(message)));
    }

    private ApiRequest request(Message message) throws InvalidPayloadException, IOException {
        String method = method(message);
        String path = value(message, LifenConstants.REQUEST_PATH, config.getPath());
        boolean hasBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        byte[] body = hasBody ? Bodies.toJsonBytes(message) : null;
        return fhir.custom(method, path, config.getRequestContentType(), body, !method.equals("GET"));
    }

    private String method(Message message) {
        String method = value(message, LifenConstants.REQUEST_METHOD, config.getMethod()).toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("Invalid HTTP method '" + method + "' from the header "
                    + LifenConstants.REQUEST_METHOD + " or the option method: use one of GET, POST, PUT, PATCH, "
                    + "DELETE");
        }
        return method;
    }

    private static void addAll(Map<String, List<String>> target, Map<?, ?> source) {
        if (source == null) {
            return;
        }
        // A comma inside a value is FHIR's "or" and stays in the value; only a collection repeats the parameter
        source.forEach((name, value) -> target.put(String.valueOf(name), MessageValues.list(value)));
    }
}
