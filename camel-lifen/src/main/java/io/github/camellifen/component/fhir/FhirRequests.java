package io.github.camellifen.component.fhir;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import io.github.camellifen.component.http.ApiRequest;
import io.github.camellifen.component.http.RequestBody;

/** Builds the HTTP request of each Lifen FHIR operation, relative to the API base URL. */
public final class FhirRequests {

    public static final String FHIR_JSON = "application/fhir+json; charset=UTF-8";
    public static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    private final String base;

    /** @param apiBase such as {@code https://api.lifen.fr/fhir/v3} */
    public FhirRequests(URI apiBase) {
        String text = apiBase.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** {@code GET {type}/{id}}; both must already be checked by {@link FhirNames}. */
    public ApiRequest read(String type, String id) {
        return ApiRequest.get(uri(type + "/" + id));
    }

    /**
     * {@code POST {type}/_search} with a form body, as Lifen requires; a parameter may repeat, such as two
     * {@code date} bounds.
     */
    public ApiRequest search(String type, Map<String, List<String>> parameters) {
        return formPost(type + "/_search", parameters);
    }

    /** @param maxDocumentBytes the largest document accepted, checked again while the payload streams */
    public ApiRequest sendToEhr(SendToEhrDocument document, long maxDocumentBytes) {
        return new ApiRequest("POST", uri("CommunicationRequest/$send-to-ehr"), FHIR_JSON,
                document.toParametersBody(maxDocumentBytes), true);
    }

    /** @param maxDocumentBytes the largest document accepted, checked again while the payloads stream */
    public ApiRequest sendToMss(MssSending sending, long maxDocumentBytes) {
        return new ApiRequest("POST", uri("CommunicationRequest/$send-to-mss"), FHIR_JSON,
                sending.toParametersBody(maxDocumentBytes), true);
    }

    /** {@code POST {type}/$search-for-mss}, form-encoded: a search of the national MSSanté directory. */
    public ApiRequest searchForMss(String type, Map<String, List<String>> parameters) {
        return formPost(type + "/$search-for-mss", parameters);
    }

    /** Builds a search by form POST; a search reads, so it may be retried. */
    private ApiRequest formPost(String path, Map<String, List<String>> parameters) {
        byte[] body = form(parameters).getBytes(StandardCharsets.UTF_8);
        return new ApiRequest("POST", uri(path), FORM, RequestBody.of(body), false);
    }

    /**
     * Builds a named FHIR operation, {@code [type/][id/]$name}, with the body passed through.
     *
     * @param type may be null for a system-level operation
     * @param id   may be null for a type-level operation
     */
    public ApiRequest operation(String method, String type, String id, String name, byte[] body) {
        StringBuilder path = new StringBuilder();
        if (type != null) {
            path.append(type).append('/');
            if (id != null) {
                path.append(id).append('/');
            }
        }
        path.append('$').append(name);
        return new ApiRequest(method, uri(path.toString()), FHIR_JSON, body == null ? null : RequestBody.of(body),
                !method.equals("GET"));
    }

    /** {@code POST {type}}, creating a resource (Lifen API v2). */
    public ApiRequest create(String type, RequestBody body) {
        return new ApiRequest("POST", uri(type), FHIR_JSON, body, true);
    }

    /** {@code POST Binary} with the document base64-encoded while it is sent (Lifen API v2). */
    public ApiRequest createBinary(RequestBody content, String contentType, long maxDocumentBytes) {
        String nonce = StreamingJsonBody.newNonce();
        String json = FhirJson.MAPPER.createObjectNode()
                .put("resourceType", "Binary")
                .put("contentType", contentType)
                .put("data", StreamingJsonBody.marker(nonce, 0))
                .toString();
        return create("Binary", StreamingJsonBody.split(json, nonce, List.of(content), maxDocumentBytes));
    }

    /** {@code PUT {type}/{id}}, replacing a resource (Lifen API v2). */
    public ApiRequest update(String type, String id, RequestBody body) {
        return new ApiRequest("PUT", uri(type + "/" + id), FHIR_JSON, body, true);
    }

    public ApiRequest trackingByTransactionId(String transactionId) {
        String query = "transaction-id=" + URLEncoder.encode(transactionId, StandardCharsets.UTF_8);
        return ApiRequest.get(uri("CommunicationRequest/$tracking?" + query));
    }

    /** Follows a tracking URL that {@code $send-to-ehr} returned; the API client checks its origin. */
    public ApiRequest trackingByUrl(URI trackingUrl) {
        return ApiRequest.get(trackingUrl);
    }

    /**
     * Any request relative to the API base.
     *
     * @param pathAndQuery such as {@code Patient/123} or {@code Patient?family=Dupre}; never absolute
     * @param send         whether the request creates or sends something, so it must not be resent blindly
     */
    public ApiRequest custom(String method, String pathAndQuery, String contentType, byte[] body, boolean send) {
        return new ApiRequest(method, uri(requireRelative(pathAndQuery)), contentType,
                body == null ? null : RequestBody.of(body), send);
    }

    /** Encodes a form body, each name and value percent-encoded once as UTF-8 (URLEncoder). */
    public static String form(Map<String, List<String>> parameters) {
        StringJoiner joiner = new StringJoiner("&");
        parameters.forEach((name, values) -> {
            for (String value : values) {
                joiner.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return joiner.toString();
    }

    private URI uri(String relative) {
        return URI.create(base + "/" + relative);
    }

    private static String requireRelative(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("Missing request path: set the option path or the header "
                    + "CamelLifenRequestPath, relative to the API base URL, such as Patient/123");
        }
        String trimmed = path.startsWith("/") && !path.startsWith("//") ? path.substring(1) : path;
        boolean absolute = trimmed.contains("://") || trimmed.startsWith("//");
        boolean climbs = trimmed.equals("..") || trimmed.startsWith("../") || trimmed.contains("/../")
                || trimmed.endsWith("/..");
        if (absolute || climbs || trimmed.contains("\\")) {
            throw new IllegalArgumentException("Invalid request path '" + path + "': give a path relative to the "
                    + "API base URL, such as Patient/123, without a host or '..'");
        }
        try {
            URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid request path '" + path + "': " + e.getMessage()
                    + "; percent-encode spaces and reserved characters", e);
        }
        return trimmed;
    }
}
