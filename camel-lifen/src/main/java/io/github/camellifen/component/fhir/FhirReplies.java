package io.github.camellifen.component.fhir;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

/** Reads the values the producer turns into headers from a Lifen reply. */
public final class FhirReplies {

    private static final String BASED_ON = "based-on=CommunicationRequest/";
    private static final String TRANSACTION_ID = "transaction-id=";

    private FhirReplies() {
    }

    /** Returns the string value of a parameter of a {@code Parameters} reply, such as {@code tracking-url}, or null. */
    public static String parameter(JsonNode parameters, String name) {
        if (parameters == null || !"Parameters".equals(FhirJson.text(parameters, "resourceType"))) {
            return null;
        }
        JsonNode array = parameters.get("parameter");
        if (array == null || !array.isArray()) {
            return null;
        }
        for (JsonNode parameter : array) {
            if (name.equals(FhirJson.text(parameter, "name"))) {
                return FhirJson.text(parameter, "valueString");
            }
        }
        return null;
    }

    /**
     * Returns the transaction id in a tracking URL: {@code based-on=CommunicationRequest/{id}} (send-to-ehr) or
     * {@code transaction-id={id}} (send-to-mss), or null.
     */
    public static String transactionId(String trackingUrl) {
        if (trackingUrl == null) {
            return null;
        }
        String query = URI.create(trackingUrl).getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            String decoded = URLDecoder.decode(pair, StandardCharsets.UTF_8);
            if (decoded.startsWith(BASED_ON)) {
                return decoded.substring(BASED_ON.length());
            }
            if (decoded.startsWith(TRANSACTION_ID)) {
                return decoded.substring(TRANSACTION_ID.length());
            }
        }
        return null;
    }

    /**
     * Returns the id of the single resource in a JSON reply, or null for a Bundle, Parameters, OperationOutcome or
     * text that is not a resource. It reads only the top-level fields, so a large resource is not copied into a tree.
     */
    public static String resourceId(String json) {
        String type = null;
        String id = null;
        try (JsonParser parser = FhirJson.MAPPER.getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING && field.equals("resourceType")) {
                    type = parser.getText();
                } else if (value == JsonToken.VALUE_STRING && field.equals("id")) {
                    id = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            return null;
        }

        boolean single = type != null && !type.equals("Bundle") && !type.equals("Parameters")
                && !type.equals("OperationOutcome");
        return single ? id : null;
    }

    /** Returns the status of the first Communication in a tracking reply, such as {@code completed}, or null. */
    public static String trackingStatus(JsonNode bundle) {
        JsonNode entries = bundle == null ? null : bundle.get("entry");
        if (entries == null || !entries.isArray()) {
            return null;
        }
        for (JsonNode entry : entries) {
            JsonNode resource = entry.get("resource");
            if (resource != null && "Communication".equals(FhirJson.text(resource, "resourceType"))) {
                return FhirJson.text(resource, "status");
            }
        }
        return null;
    }

    /** Returns the id in a {@code Location} header such as {@code .../Patient/123/_history/1}, or null. */
    public static String idFromLocation(String location) {
        if (location == null) {
            return null;
        }
        String path = URI.create(location).getPath();
        if (path == null) {
            return null;
        }
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i > 0; i--) {
            if (segments[i].equals("_history") && i >= 2) {
                return segments[i - 1];
            }
        }
        return segments.length == 0 ? null : segments[segments.length - 1];
    }
}
