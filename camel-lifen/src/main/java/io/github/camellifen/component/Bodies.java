package io.github.camellifen.component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;

/**
 * Converts resource bodies between what routes hold (JSON text, bytes, Map, Jackson JsonNode, HAPI FHIR resources)
 * and the UTF-8 JSON that Lifen reads and writes.
 */
final class Bodies {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final boolean HAPI_PRESENT = isPresent("org.hl7.fhir.r4.model.Resource");

    private Bodies() {
    }

    /** Returns the message body as UTF-8 JSON bytes, or an empty array for a null body. */
    static byte[] toJsonBytes(Message message) throws InvalidPayloadException, IOException {
        Object body = message.getBody();
        if (body == null) {
            return new byte[0];
        }
        // FHIR JSON is UTF-8, whatever the JVM's default charset
        if (body instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        if (body instanceof InputStream stream) {
            return stream.readAllBytes();
        }
        if (body instanceof JsonNode || body instanceof Map || body instanceof Collection) {
            return JSON.writeValueAsBytes(body);
        }
        if (HAPI_PRESENT && HapiBodies.isResource(body)) {
            return HapiBodies.toJson(body).getBytes(StandardCharsets.UTF_8);
        }
        return message.getMandatoryBody(byte[].class);
    }

    /** Returns whether a body is a resource already, rather than a document's bytes. */
    static boolean isJson(Object body) {
        if (body instanceof String text) {
            return text.stripLeading().startsWith("{");
        }
        return body instanceof JsonNode || body instanceof Map || (HAPI_PRESENT && HapiBodies.isResource(body));
    }

    /** Converts a JSON reply to the endpoint's output type. */
    static Object fromJson(String json, OutputType type) {
        if (type == OutputType.STRING || json == null || json.isBlank()) {
            return json;
        }
        try {
            switch (type) {
                case JSON_NODE:
                    return JSON.readTree(json);
                case MAP:
                    return JSON.readValue(json, Map.class);
                default:
                    return HapiBodies.parse(json);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The Lifen reply is not valid JSON, so it cannot become a " + type
                    + " body; use outputType=string to read it as text", e);
        }
    }

    /** Returns an iterator that converts each JSON entry to the output type as the route reads it. */
    static Iterator<Object> converting(Iterator<String> entries, OutputType type) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public Object next() {
                return fromJson(entries.next(), type);
            }
        };
    }

    /** Fails at start-up when outputType=fhir-resource and HAPI FHIR is missing. */
    static void requireSupported(OutputType type) {
        if (type == OutputType.FHIR_RESOURCE && !HAPI_PRESENT) {
            throw new IllegalArgumentException("outputType=fhir-resource needs HAPI FHIR: add "
                    + "ca.uhn.hapi.fhir:hapi-fhir-structures-r4 to the application, or use another outputType ("
                    + OutputType.NAMES + ")");
        }
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, Bodies.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
