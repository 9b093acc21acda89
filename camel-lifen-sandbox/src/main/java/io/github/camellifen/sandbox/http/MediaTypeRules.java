package io.github.camellifen.sandbox.http;

import java.util.Locale;
import java.util.Set;

/**
 * The request media types that the FHIR endpoints accept, as Lifen's API documents them: FHIR JSON for
 * resources and operations, form encoding for searches, and, on API v2, the raw document for Binary.
 *
 * <p>A request that declares no media type passes unless it is a POST or PUT with a body. FHIR XML is not
 * accepted: Lifen's API documents JSON only.
 */
final class MediaTypeRules {

    static final String FORM = "application/x-www-form-urlencoded";

    private static final Set<String> FHIR_JSON = Set.of("application/fhir+json", "application/json",
            "application/json+fhir");
    private static final Set<String> RAW_BINARY = Set.of("application/pdf", "application/octet-stream");
    private static final String V2_BINARY_PATH = "/fhir/v2/Binary";

    private MediaTypeRules() {
    }

    /**
     * Tells whether a request's media type fits its target.
     *
     * @param method HTTP method
     * @param path request path without the query string, for example {@code /fhir/v3/Patient/_search}
     * @param contentType value of the Content-Type header, or {@code null}
     * @param hasBody whether the request has a body
     * @return {@code true} if the FHIR server should handle the request
     */
    static boolean accepts(String method, String path, String contentType, boolean hasBody) {
        String mediaType = mediaType(contentType);
        boolean sendsBody = "POST".equals(method) || "PUT".equals(method);
        if (mediaType == null) {
            return !(sendsBody && hasBody);
        }
        if (!sendsBody) {
            // Lifen's examples send Content-Type on GET too; only its value is checked.
            return FHIR_JSON.contains(mediaType) || FORM.equals(mediaType);
        }
        if (isSearch(path)) {
            return FORM.equals(mediaType);
        }
        if (isV2Binary(path) && RAW_BINARY.contains(mediaType)) {
            return true;
        }
        return FHIR_JSON.contains(mediaType);
    }

    /**
     * Returns the media type of a Content-Type value, without parameters and in lower case.
     *
     * @param contentType header value, or {@code null}
     * @return the media type, or {@code null} if the value is absent or blank
     */
    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isSearch(String path) {
        return path.endsWith("/_search") || path.endsWith("/$search-for-mss");
    }

    private static boolean isV2Binary(String path) {
        return path.equals(V2_BINARY_PATH) || path.startsWith(V2_BINARY_PATH + "/");
    }
}
