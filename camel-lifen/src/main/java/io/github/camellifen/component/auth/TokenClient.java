package io.github.camellifen.component.auth;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camellifen.component.http.ApiResponse;
import io.github.camellifen.component.http.HttpTransport;
import io.github.camellifen.component.http.RateLimiter;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the OAuth2 client-credentials grant against Lifen's token endpoint and turns the reply into an
 * {@link AccessToken} or a {@link LifenTokenException}. It neither caches nor retries: {@link TokenManager} does.
 */
public final class TokenClient {

    private static final Logger LOG = LoggerFactory.getLogger(TokenClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MASK = "xxxxxx";

    private final HttpTransport transport;
    private final Clock clock;
    private final Duration requestTimeout;
    private final Duration defaultLifetime;
    private final RateLimiter rateLimiter;

    /**
     * @param requestTimeout  the longest wait for the token endpoint's reply
     * @param defaultLifetime the lifetime assumed when a reply has no usable {@code expires_in}
     * @param rateLimiter     the application's limiter, since Lifen counts token requests too
     */
    public TokenClient(HttpTransport transport, Clock clock, Duration requestTimeout, Duration defaultLifetime,
                       RateLimiter rateLimiter) {
        this.transport = Objects.requireNonNull(transport, "transport must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout must not be null");
        this.defaultLifetime = Objects.requireNonNull(defaultLifetime, "defaultLifetime must not be null");
        this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter must not be null");
    }

    /** Returns how long an exchange may wait for this client's request: its timeout plus a second of slack. */
    public Duration maxWait() {
        return requestTimeout.plusSeconds(1);
    }

    /** Requests a new token; always a {@code client_credentials} grant, since Lifen issues no refresh token. */
    public AccessToken fetch(ClientCredentials credentials) {
        HttpPost request = buildRequest(credentials);
        LOG.debug("Requesting a Lifen access token from {} for client {}, audience {}, database reference {}",
                credentials.tokenUrl(), credentials.clientId(), credentials.audience(),
                credentials.databaseReference());

        Instant sentAt = clock.instant();
        ApiResponse response = send(request, credentials);

        AccessToken token = parseReply(response, credentials, sentAt);
        LOG.debug("Received a Lifen access token for client {}, database reference {}, expiring at {}",
                credentials.clientId(), credentials.databaseReference(), token.expiresAt());
        return token;
    }

    private HttpPost buildRequest(ClientCredentials credentials) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("grant_type", "client_credentials");
        fields.put("client_id", credentials.clientId());
        fields.put("client_secret", credentials.clientSecret());
        fields.put("audience", credentials.audience());
        fields.put("database_reference", credentials.databaseReference());

        HttpPost request = new HttpPost(credentials.tokenUrl());
        request.setHeader("Accept", "application/json");
        boolean json = credentials.format() == TokenRequestFormat.JSON;
        request.setHeader("Content-Type", json ? "application/json; charset=UTF-8"
                : "application/x-www-form-urlencoded; charset=UTF-8");
        String body = json ? toJson(fields) : toForm(fields);
        request.setEntity(new ByteArrayEntity(body.getBytes(StandardCharsets.UTF_8), null));
        return request;
    }

    /** Percent-encodes each value once (URLEncoder), so {@code + & = %} in a secret reach Lifen intact. */
    static String toForm(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String toJson(Map<String, String> fields) {
        ObjectNode node = JSON.createObjectNode();
        fields.forEach(node::put);
        return node.toString();
    }

    private ApiResponse send(HttpPost request, ClientCredentials credentials) {
        String url = credentials.tokenUrl().toString();
        try (RateLimiter.Permit permit = rateLimiter.acquire()) {
            return transport.send(request, requestTimeout, false);
        } catch (ConnectTimeoutException e) {
            throw transportFailure("Connecting to the Lifen token endpoint " + url + " timed out", url, e);
        } catch (SocketTimeoutException e) {
            throw transportFailure("The Lifen token endpoint " + url + " did not respond within " + requestTimeout
                    + " (option tokenRequestTimeout)", url, e);
        } catch (IOException e) {
            throw transportFailure("The token request to " + url + " failed: " + e, url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw transportFailure("Interrupted while waiting for the Lifen token endpoint " + url, url, e);
        }
    }

    private static LifenTokenException transportFailure(String message, String url, Exception cause) {
        return new LifenTokenException(message, 0, null, null, url, null, null, cause);
    }

    private AccessToken parseReply(ApiResponse response, ClientCredentials credentials, Instant sentAt) {
        int status = response.status();
        String contentType = response.contentType();
        String body = scrub(response.bodyAsString(), credentials.clientSecret());
        JsonNode json = parseJsonObject(body);

        if (status / 100 != 2) {
            throw errorReply(response, credentials, contentType, body, json);
        }
        if (json == null || !json.hasNonNull("access_token") || json.get("access_token").asText().isEmpty()) {
            throw failure(credentials, response, contentType, "invalid_token_response",
                    "The reply has no access_token" + describeBody(contentType, body, json), json);
        }

        Duration lifetime = lifetime(json.get("expires_in"), credentials, response, contentType);
        return new AccessToken(json.get("access_token").asText(), text(json, "token_type"), text(json, "scope"),
                sentAt, sentAt.plus(lifetime));
    }

    private LifenTokenException errorReply(ApiResponse response, ClientCredentials credentials,
                                           String contentType, String body, JsonNode json) {
        String error = json == null ? null : text(json, "error");
        if (error != null) {
            String description = text(json, "error_description");
            return failure(credentials, response, contentType, error, description, json);
        }
        return failure(credentials, response, contentType, null,
                "Unexpected reply" + describeBody(contentType, body, json), json);
    }

    private LifenTokenException failure(ClientCredentials credentials, ApiResponse response,
                                        String contentType, String error, String description, JsonNode json) {
        int status = response.status();
        String url = credentials.tokenUrl().toString();
        String message = (error == null ? "" : "[" + error + "] ") + (description == null ? "" : description)
                + " (HTTP " + status + " from the Lifen token endpoint " + url + ", client " + credentials.clientId()
                + ", database reference " + credentials.databaseReference() + ")";
        String retryAfter = response.header("Retry-After").orElse(null);
        String jsonDescription = json == null ? null : text(json, "error_description");
        return new LifenTokenException(message.trim(), status, error, jsonDescription, url, contentType, retryAfter,
                null);
    }

    private Duration lifetime(JsonNode expiresIn, ClientCredentials credentials, ApiResponse response,
                              String contentType) {
        if (expiresIn == null || expiresIn.isNull()) {
            return defaultLifetime;
        }

        // Some token endpoints send expires_in as a JSON string ("3600"); both forms mean seconds
        String text = expiresIn.asText().trim();
        long seconds;
        try {
            seconds = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw failure(credentials, response, contentType, "invalid_token_response",
                    "The reply's expires_in is not a number of seconds: '" + abbreviate(text) + "'", null);
        }
        if (seconds <= 0) {
            LOG.debug("Token reply has expires_in {}; assuming the default lifetime {}", seconds, defaultLifetime);
            return defaultLifetime;
        }
        return Duration.ofSeconds(seconds);
    }

    private static String describeBody(String contentType, String body, JsonNode json) {
        if (json != null) {
            return ": content type " + contentType;
        }
        return ": content type " + contentType + ", body starts with: " + abbreviate(body);
    }

    private static JsonNode parseJsonObject(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    /** Masks the secret, raw or form-encoded, in case a token endpoint echoes the request in its reply. */
    private static String scrub(String body, String secret) {
        if (body == null || secret.isEmpty()) {
            return body;
        }
        String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return body.replace(secret, MASK).replace(encoded, MASK);
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() <= 120 ? flat : flat.substring(0, 120) + "...";
    }
}
