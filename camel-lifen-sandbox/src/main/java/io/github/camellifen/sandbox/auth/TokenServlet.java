package io.github.camellifen.sandbox.auth;

import io.github.camellifen.sandbox.http.JsonBodies;
import io.github.camellifen.sandbox.http.RateLimiter;
import io.github.camellifen.sandbox.http.SandboxActivity;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lifen's client credentials token endpoint, served at {@code /v1/token} (API v3) and {@code /oauth/token}
 * (API v2).
 *
 * <p>Checks run in this order: content type (415), body (400), rate limit (429), grant type (400), client
 * credentials (401), audience (403), database reference (400).
 */
public final class TokenServlet extends HttpServlet {

    /** Audience that Lifen's authentication API uses when a request has none. */
    public static final String LIFEN_DEFAULT_AUDIENCE = "https://production.platform-apis/";

    // Lifen's example scope names Binary permissions; the sandbox names the operations it serves.
    static final String SCOPE = "PATIENT_READ PATIENT_SEARCH ENCOUNTER_READ ENCOUNTER_SEARCH "
            + "COMMUNICATION_REQUEST_SEND_TO_EHR COMMUNICATION_READ";

    private static final Logger LOG = LoggerFactory.getLogger(TokenServlet.class);
    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";

    private final transient TokenRegistry registry;
    private final transient RateLimiter rateLimiter;
    private final transient SandboxActivity activity;

    /**
     * Creates the servlet.
     *
     * @param registry clients and issued tokens
     * @param rateLimiter limiter shared with the FHIR endpoints
     * @param activity counters
     */
    public TokenServlet(TokenRegistry registry, RateLimiter rateLimiter, SandboxActivity activity) {
        this.registry = registry;
        this.rateLimiter = rateLimiter;
        this.activity = activity;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        activity.tokenRequestReceived();

        String mediaType = mediaType(request.getContentType());
        if (!FORM.equals(mediaType) && !JSON.equals(mediaType)) {
            LOG.info("Token request rejected: unsupported content type {}", request.getContentType());
            sendError(response, 415, "invalid_request",
                    "Content type must be " + FORM + " or " + JSON + ", not " + request.getContentType() + ".");
            return;
        }

        TokenRequest tokenRequest;
        try {
            tokenRequest = readBody(request, mediaType);
        } catch (IllegalArgumentException e) {
            LOG.info("Token request rejected: {}", e.getMessage());
            sendError(response, 400, "invalid_request", e.getMessage());
            return;
        }

        String rateLimitKey = tokenRequest.clientId() == null ? "" : tokenRequest.clientId();
        if (!rateLimiter.tryAcquire(rateLimitKey)) {
            LOG.info("Token request rejected: client {} is over {} requests per second",
                    tokenRequest.clientId(), rateLimiter.limitPerSecond());
            response.setHeader("Retry-After", "1");
            sendError(response, 429, "too_many_requests",
                    "Rate limit of " + rateLimiter.limitPerSecond() + " requests per second exceeded, retry later.");
            return;
        }

        grant(tokenRequest, response);
    }

    private void grant(TokenRequest tokenRequest, HttpServletResponse response) throws IOException {
        if (tokenRequest.grantType() == null) {
            reject(response, tokenRequest, 400, "invalid_request", "grant_type must be provided.");
            return;
        }
        if (!"client_credentials".equals(tokenRequest.grantType())) {
            reject(response, tokenRequest, 400, "unsupported_grant_type",
                    "Grant type " + tokenRequest.grantType() + " is not supported, use client_credentials.");
            return;
        }

        Optional<ClientRegistration> client = authenticate(tokenRequest);
        if (client.isEmpty()) {
            reject(response, tokenRequest, 401, "access_denied", "Unauthorized");
            return;
        }

        String audience = tokenRequest.audience() == null ? LIFEN_DEFAULT_AUDIENCE : tokenRequest.audience();
        if (!client.get().audiences().contains(audience)) {
            reject(response, tokenRequest, 403, "access_denied", "Service not enabled within domain: " + audience);
            return;
        }

        String databaseReference = tokenRequest.databaseReference();
        if (databaseReference == null || !client.get().databaseReferences().contains(databaseReference)) {
            reject(response, tokenRequest, 400, "invalid_request", "A valid database_reference must be provided.");
            return;
        }

        String token = registry.issue(tokenRequest.clientId(), audience, databaseReference);
        activity.tokenIssued();
        LOG.debug("Issued a token to client {} for audience {} and database {}",
                tokenRequest.clientId(), audience, databaseReference);
        sendToken(response, token);
    }

    private Optional<ClientRegistration> authenticate(TokenRequest tokenRequest) {
        if (tokenRequest.clientId() == null || tokenRequest.clientSecret() == null) {
            return Optional.empty();
        }
        return registry.authenticate(tokenRequest.clientId(), tokenRequest.clientSecret());
    }

    private void sendToken(HttpServletResponse response, String token) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token);
        body.put("token_type", "Bearer");
        body.put("expires_in", registry.tokenLifetime().toSeconds());
        body.put("scope", SCOPE);

        noStore(response);
        JsonBodies.send(response, 200, JsonBodies.JSON, body);
    }

    private static void reject(HttpServletResponse response, TokenRequest tokenRequest, int status, String error,
            String description) throws IOException {
        LOG.info("Token request rejected with {} {}: {} ({})", status, error, description, tokenRequest);
        sendError(response, status, error, description);
    }

    private static void sendError(HttpServletResponse response, int status, String error, String description)
            throws IOException {
        noStore(response);
        JsonBodies.send(response, status, JsonBodies.JSON, JsonBodies.oauthError(error, description));
    }

    // RFC 6749 section 5.1: token responses must not be cached.
    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
    }

    private static TokenRequest readBody(HttpServletRequest request, String mediaType) throws IOException {
        String body = readLimited(request.getInputStream());
        if (FORM.equals(mediaType)) {
            return TokenRequest.fromForm(body);
        }
        return TokenRequest.fromJson(body);
    }

    private static String readLimited(InputStream input) throws IOException {
        byte[] bytes = input.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new IllegalArgumentException("The request body is larger than " + MAX_BODY_BYTES + " bytes.");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.trim().toLowerCase(Locale.ROOT);
    }
}
