package io.github.camellifen.component;

import java.net.URI;

import io.github.camellifen.component.auth.AccessToken;
import io.github.camellifen.component.auth.AccessTokenProvider;
import io.github.camellifen.component.fhir.OperationOutcome;
import io.github.camellifen.component.http.ApiClient;
import io.github.camellifen.component.http.ApiRequest;
import io.github.camellifen.component.http.ApiResponse;
import io.github.camellifen.component.http.ApiTransportException;
import io.github.camellifen.component.http.Origins;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends API requests with a token and turns failed replies into {@link LifenApiException}. On a 401 it drops exactly
 * the rejected token and sends once more with a new one; a second 401 is returned, never retried again. Reads and
 * searches are retried on 429, 503 and failed connections with a growing, jittered delay that honours
 * {@code Retry-After}. Sendings are never retried, because Lifen has no idempotency key.
 */
final class LifenSender {

    private static final Logger LOG = LoggerFactory.getLogger(LifenSender.class);

    private final ApiClient apiClient;
    private final AccessTokenProvider tokens;
    private final String clientId;
    private final RetryPolicy retries;

    LifenSender(ApiClient apiClient, AccessTokenProvider tokens, String clientId, RetryPolicy retries) {
        this.apiClient = apiClient;
        this.tokens = tokens;
        this.clientId = clientId;
        this.retries = retries;
    }

    ApiClient apiClient() {
        return apiClient;
    }

    /** Sends the request, retrying a read as the retry policy allows; a reply outside 2xx is returned as it is. */
    ApiResponse send(ApiRequest request) throws ApiTransportException {
        for (int attempt = 1; ; attempt++) {
            ApiResponse response;
            try {
                response = sendOnce(request);
            } catch (ApiTransportException e) {
                if (!retries.mayRetry(request, attempt, null)) {
                    throw e;
                }
                retries.pause(request, attempt, null, e.getMessage());
                continue;
            }

            boolean busy = response.status() == 429 || response.status() == 503;
            String retryAfter = response.header("Retry-After").orElse(null);
            if (!busy || !retries.mayRetry(request, attempt, retryAfter)) {
                return response;
            }
            retries.pause(request, attempt, retryAfter, "HTTP " + response.status());
        }
    }

    private ApiResponse sendOnce(ApiRequest request) throws ApiTransportException {
        // The token is resolved on every attempt, Camel redeliveries included, so a stale one is never replayed
        AccessToken token = tokens.getToken();
        ApiResponse response = apiClient.send(request, token.authorizationHeader());
        LOG.debug("Lifen {} {} replied HTTP {}", request.method(), request.uri(), response.status());
        if (response.status() != 401 || !repeatable(request)) {
            return response;
        }

        // Lifen refused a token it issued (revoked, or expired early): replace it once, never loop
        LOG.debug("Lifen replied 401 to {} {}; fetching a new access token and sending once more",
                request.method(), request.uri());
        tokens.invalidate(token);
        AccessToken fresh = tokens.getToken();
        return apiClient.send(request, fresh.authorizationHeader());
    }

    /** Sends the request and fails on a reply outside 2xx. */
    ApiResponse sendOrThrow(ApiRequest request) throws ApiTransportException, LifenApiException {
        ApiResponse response = send(request);
        if (!response.isSuccess()) {
            throw failure(request, response);
        }
        return response;
    }

    LifenApiException failure(ApiRequest request, ApiResponse response) {
        String uri = URISupport.sanitizeUri(response.uri().toString());
        StringBuilder message = new StringBuilder("Lifen API request ")
                .append(request.method()).append(' ').append(uri)
                .append(" failed with HTTP ").append(response.status());

        String location = response.header("Location").orElse(null);
        if (response.isRedirect() && location != null) {
            appendRedirect(message, response.uri().resolve(location));
        }
        if (response.status() == 401 && repeatable(request)) {
            message.append(": the access token was refused even after a new one was fetched; check that client ")
                    .append(clientId).append(" is enabled for this API and database reference");
        } else if (response.status() == 401) {
            message.append(": the access token was refused, and the body, a stream that can be read only once, "
                    + "could not be sent again; pass a byte[] or a File, or enable stream caching");
        }

        String body = response.bodyAsString();
        OperationOutcome outcome = OperationOutcome.parse(body);
        if (outcome != null) {
            message.append(" (OperationOutcome issues ").append(outcome.codes())
                    .append("; diagnostics in getOperationOutcome())");
        } else if (response.contentType() != null) {
            message.append(" (content type ").append(response.contentType()).append(')');
        }
        return new LifenApiException(message.toString(), response.status(), request.method(), response.uri(),
                location, response.headers(), body);
    }

    private static boolean repeatable(ApiRequest request) {
        return request.body() == null || request.body().repeatable();
    }

    private void appendRedirect(StringBuilder message, URI target) {
        if (Origins.sameOrigin(target, apiClient.apiBase())) {
            message.append(": redirected to ").append(URISupport.sanitizeUri(target.toString()));
            return;
        }
        message.append(": redirected to another origin ").append(Origins.of(target))
                .append(", which was not followed because the access token is only sent to ")
                .append(Origins.of(apiClient.apiBase()))
                .append("; if that host is Lifen's, set apiBaseUrl to it");
    }
}
