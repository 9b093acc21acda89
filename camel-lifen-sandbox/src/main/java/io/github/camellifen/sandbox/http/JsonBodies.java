package io.github.camellifen.sandbox.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the plain JSON bodies that Lifen returns outside of FHIR resources: OAuth responses and
 * Lifen-style OperationOutcomes.
 */
public final class JsonBodies {

    /** Content type of FHIR JSON responses. */
    public static final String FHIR_JSON = "application/fhir+json;charset=UTF-8";

    /** Content type of the token endpoint responses. */
    public static final String JSON = "application/json;charset=UTF-8";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonBodies() {
    }

    /**
     * Returns the shared Jackson mapper.
     *
     * @return the mapper
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Sends a JSON body with the given status.
     *
     * @param response servlet response, not yet committed
     * @param status HTTP status
     * @param contentType value of the Content-Type header
     * @param body object that Jackson serializes, usually a map that keeps its key order
     * @throws IOException if writing fails
     */
    public static void send(HttpServletResponse response, int status, String contentType, Object body)
            throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(body);
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /**
     * Builds an OperationOutcome as a map, so that its codes can be written in Lifen's upper case,
     * which the FHIR model classes reject.
     *
     * @param issues the issues, in order
     * @return the OperationOutcome body
     */
    public static Map<String, Object> operationOutcome(List<OutcomeIssue> issues) {
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("resourceType", "OperationOutcome");
        outcome.put("issue", issues.stream().map(OutcomeIssue::toMap).toList());
        return outcome;
    }

    /**
     * Builds an OAuth error body.
     *
     * @param error OAuth error code, for example {@code invalid_request}
     * @param description human readable description
     * @return the body
     */
    public static Map<String, Object> oauthError(String error, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        return body;
    }
}
