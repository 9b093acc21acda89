package io.github.camellifen.sandbox.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camellifen.sandbox.http.JsonBodies;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The fields of a client credentials token request, read from a form or a JSON body.
 *
 * @param grantType {@code grant_type}, or {@code null}
 * @param clientId {@code client_id}, or {@code null}
 * @param clientSecret {@code client_secret}, or {@code null}
 * @param audience {@code audience}, or {@code null}
 * @param databaseReference {@code database_reference}, or {@code null}
 */
public record TokenRequest(String grantType, String clientId, String clientSecret, String audience,
        String databaseReference) {

    // Leaves the secret out, so that logging a request cannot leak it.
    @Override
    public String toString() {
        return "TokenRequest[grantType=" + grantType
                + ", clientId=" + clientId
                + ", audience=" + audience
                + ", databaseReference=" + databaseReference + "]";
    }

    /**
     * Reads an {@code application/x-www-form-urlencoded} body decoded as UTF-8.
     *
     * @param body the request body
     * @return the request, with {@code null} for missing fields
     * @throws IllegalArgumentException if the body is not valid form encoding
     */
    public static TokenRequest fromForm(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            // The first occurrence wins, as with ServletRequest.getParameter.
            fields.putIfAbsent(name, value);
        }
        return fromFields(fields);
    }

    /**
     * Reads a JSON object body.
     *
     * @param body the request body
     * @return the request, with {@code null} for missing fields
     * @throws IllegalArgumentException if the body is not a JSON object of scalar fields
     */
    public static TokenRequest fromJson(String body) {
        JsonNode root;
        try {
            root = JsonBodies.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The request body is not valid JSON.", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("The request body must be a JSON object.");
        }

        Map<String, String> fields = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            JsonNode value = entry.getValue();
            if (value.isContainerNode()) {
                throw new IllegalArgumentException("Field " + entry.getKey() + " must be a string.");
            }
            if (!value.isNull()) {
                fields.put(entry.getKey(), value.asText());
            }
        }
        return fromFields(fields);
    }

    private static TokenRequest fromFields(Map<String, String> fields) {
        return new TokenRequest(
                blankToNull(fields.get("grant_type")),
                blankToNull(fields.get("client_id")),
                blankToNull(fields.get("client_secret")),
                blankToNull(fields.get("audience")),
                blankToNull(fields.get("database_reference")));
    }

    private static String decode(String encoded) {
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
