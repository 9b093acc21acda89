package io.github.camellifen.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Small HTTP client for the tests, on the JDK's {@link HttpClient}.
 */
final class SandboxHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private SandboxHttp() {
    }

    /** A response, whose body {@link #json()} parses as JSON. */
    record Response(int status, HttpResponse<String> raw) {

        JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException("Response body is not JSON: " + raw.body(), e);
            }
        }

        String body() {
            return raw.body();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    static Map<String, String> defaultTokenFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("grant_type", "client_credentials");
        fields.put("client_id", LifenSandbox.DEFAULT_CLIENT_ID);
        fields.put("client_secret", LifenSandbox.DEFAULT_CLIENT_SECRET);
        fields.put("audience", LifenSandbox.DEFAULT_AUDIENCE);
        fields.put("database_reference", LifenSandbox.DEFAULT_DATABASE_REFERENCE);
        return fields;
    }

    /** Requests a token with the default credentials and returns it, throwing if the sandbox rejects the request. */
    static String token(LifenSandbox sandbox) {
        return token(sandbox, defaultTokenFields());
    }

    /** Requests a token for another client of the default database. */
    static String token(LifenSandbox sandbox, String clientId, String clientSecret) {
        Map<String, String> fields = defaultTokenFields();
        fields.put("client_id", clientId);
        fields.put("client_secret", clientSecret);
        return token(sandbox, fields);
    }

    /** Requests a token for a client and database reference. */
    static String tokenFor(LifenSandbox sandbox, String clientId, String clientSecret, String databaseReference) {
        Map<String, String> fields = defaultTokenFields();
        fields.put("client_id", clientId);
        fields.put("client_secret", clientSecret);
        fields.put("database_reference", databaseReference);
        return token(sandbox, fields);
    }

    /** Returns the ids of a searchset's entries, after checking that the search succeeded. */
    static List<String> entryIds(Response response) {
        if (response.status() != 200) {
            throw new AssertionError("Search failed with " + response.status() + ": " + response.body());
        }
        List<String> ids = new ArrayList<>();
        response.json().path("entry").forEach(entry -> ids.add(entry.at("/resource/id").asText()));
        return ids;
    }

    /** Returns the URL of a Bundle link, or null if the Bundle has no link with this relation. */
    static String link(Response response, String relation) {
        for (JsonNode link : response.json().path("link")) {
            if (relation.equals(link.get("relation").asText())) {
                return link.get("url").asText();
            }
        }
        return null;
    }

    private static String token(LifenSandbox sandbox, Map<String, String> fields) {
        Response response = postForm(sandbox.tokenUrlV3(), null, fields);
        if (response.status() != 200) {
            throw new IllegalStateException("Token request failed with " + response.status() + ": " + response.body());
        }
        return response.json().get("access_token").asText();
    }

    static Response postForm(String url, String token, Map<String, String> fields) {
        return send(request(url, token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(fields))));
    }

    static Response postRawForm(String url, String token, String body) {
        return send(request(url, token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static Response postJson(String url, String token, String contentType, String body) {
        return send(request(url, token)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    static Response putJson(String url, String token, String body) {
        return send(request(url, token)
                .header("Content-Type", "application/fhir+json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Sends any method with a body; a null content type leaves the header out. */
    static Response send(String url, String token, String method, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(url, token).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    /** Posts a body without Content-Length, so that the client sends it chunked. */
    static Response postChunked(String url, String token, String contentType, byte[] body) {
        return send(request(url, token)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
    }

    static Response postBytes(String url, String token, String contentType, byte[] body) {
        return send(request(url, token)
                .header("Content-Type", contentType)
                .header("Accept", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    static Response get(String url, String token) {
        return send(request(url, token).GET());
    }

    static Response getWithAccept(String url, String token, String accept) {
        return send(request(url, token).header("Accept", accept).GET());
    }

    static Response getWithContentType(String url, String token, String contentType) {
        return send(request(url, token).header("Content-Type", contentType).GET());
    }

    static Response getWithAuthorization(String url, String authorization) {
        return send(request(url, null).header("Authorization", authorization).GET());
    }

    static String formEncode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the sandbox", e);
        }
    }
}
