package io.github.camellifen.component;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.camellifen.component.fhir.DocumentContent;
import io.github.camellifen.component.fhir.FhirNames;
import io.github.camellifen.component.fhir.FhirRequests;
import io.github.camellifen.component.fhir.SendToEhrDocument;
import io.github.camellifen.component.http.ApiClient;
import io.github.camellifen.component.http.ApiRequest;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;

/**
 * Turns an exchange into the API request of the endpoint's operation. Values come from {@code CamelLifen...}
 * headers first, then from endpoint options; no other header (such as {@code CamelHttpUri}) is read, and no value
 * is resolved as a property placeholder.
 */
final class LifenRequests {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final LifenEndpoint endpoint;
    private final LifenConfiguration config;
    private final FhirRequests fhir;
    private final ApiClient apiClient;

    LifenRequests(LifenEndpoint endpoint) {
        this.endpoint = endpoint;
        this.config = endpoint.getConfiguration();
        this.fhir = new FhirRequests(endpoint.settings().apiBase());
        this.apiClient = endpoint.apiClient();
    }

    ApiRequest build(Exchange exchange) throws InvalidPayloadException, IOException {
        Message message = exchange.getMessage();
        switch (endpoint.lifenOperation()) {
            case READ:
                return read(message);
            case SEARCH:
                return search(message);
            case SEND_TO_EHR:
                return sendToEhr(exchange);
            case TRACKING:
                return tracking(message);
            default:
                return request(exchange);
        }
    }

    private ApiRequest read(Message message) {
        String id = value(message, LifenConstants.RESOURCE_ID, config.getResourceId());
        FhirNames.requireId(id, "the header " + LifenConstants.RESOURCE_ID + " or the option resourceId");
        return fhir.read(endpoint.getResourceType(), id);
    }

    private ApiRequest search(Message message) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        addAll(parameters, config.getSearchParameters());
        addAll(parameters, message.getHeader(LifenConstants.SEARCH_PARAMETERS, Map.class));
        return fhir.search(endpoint.getResourceType(), parameters);
    }

    private ApiRequest sendToEhr(Exchange exchange) throws InvalidPayloadException, IOException {
        Message message = exchange.getMessage();
        String subject = value(message, LifenConstants.SUBJECT, config.getSubject());
        FhirNames.requireReference(subject, "the header " + LifenConstants.SUBJECT + " or the option subject");

        String context = value(message, LifenConstants.CONTEXT, config.getContext());
        if (context != null) {
            FhirNames.requireReference(context, "the header " + LifenConstants.CONTEXT + " or the option context");
        }

        String contentType = value(message, LifenConstants.CONTENT_TYPE, config.getContentType());
        DocumentContent content = Documents.fromBody(message, config.getMaxDocumentSize(), contentType);
        SendToEhrDocument document = new SendToEhrDocument(subject, context, contentType,
                value(message, LifenConstants.DOCUMENT_TYPE, config.getDocumentType()),
                value(message, LifenConstants.DOCUMENT_TITLE, config.getDocumentTitle()),
                value(message, LifenConstants.SENDER_IDENTIFIER, config.getSenderIdentifier()), content);
        return fhir.sendToEhr(document, config.getMaxDocumentSize());
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
                    + " (send-to-ehr sets it) or " + LifenConstants.TRANSACTION_ID + ", or the option transactionId");
        }
        return fhir.trackingByTransactionId(transactionId);
    }

    private ApiRequest request(Exchange exchange) throws InvalidPayloadException, IOException {
        Message message = exchange.getMessage();
        String method = value(message, LifenConstants.REQUEST_METHOD, config.getMethod()).toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("Invalid HTTP method '" + method + "' from the header "
                    + LifenConstants.REQUEST_METHOD + " or the option method: use one of GET, POST, PUT, PATCH, "
                    + "DELETE");
        }

        String path = value(message, LifenConstants.REQUEST_PATH, config.getPath());
        boolean hasBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        byte[] body = hasBody ? Bodies.toJsonBytes(message) : null;
        return fhir.custom(method, path, config.getRequestContentType(), body, !method.equals("GET"));
    }

    private static String value(Message message, String header, String option) {
        String fromHeader = message.getHeader(header, String.class);
        if (fromHeader != null && !fromHeader.isEmpty()) {
            return fromHeader;
        }
        return option == null || option.isEmpty() ? null : option;
    }

    private static void addAll(Map<String, List<String>> target, Map<?, ?> source) {
        if (source == null) {
            return;
        }
        source.forEach((name, value) -> target.put(String.valueOf(name), values(value)));
    }

    private static List<String> values(Object value) {
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(item -> values.add(String.valueOf(item)));
        } else if (value instanceof Object[] array) {
            for (Object item : array) {
                values.add(String.valueOf(item));
            }
        } else if (value != null) {
            values.add(String.valueOf(value));
        }
        return values;
    }
}
