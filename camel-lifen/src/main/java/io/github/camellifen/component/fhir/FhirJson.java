package io.github.camellifen.component.fhir;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The shared Jackson mapper and lenient reading of FHIR JSON replies. */
public final class FhirJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private FhirJson() {
    }

    /** Parses a JSON object, or returns null when the text is empty, not JSON, or not an object. */
    public static JsonNode readObject(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
