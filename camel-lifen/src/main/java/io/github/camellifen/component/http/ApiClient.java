package io.github.camellifen.component.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests to one Lifen API origin. The bearer token goes only to that origin: a request aimed elsewhere is
 * rejected before anything is sent, and a redirect to another origin is returned unfollowed, never with the token.
 */
public final class ApiClient {

    private static final Logger LOG = LoggerFactory.getLogger(ApiClient.class);
    private static final int MAX_REDIRECTS = 5;
    private static final String ACCEPT = "application/fhir+json, application/json;q=0.9";

    private final HttpClient httpClient;
    private final HttpClient streamingClient;
    private final URI apiBase;
    private final Duration requestTimeout;
    private final String userAgent;
    private final RateLimiter rateLimiter;
    private final IntConsumer replyCounter;

    /**
     * @param httpClient      sends requests whose body is in memory or absent; must not follow redirects by itself
     *                        ({@link HttpClient.Redirect#NEVER})
     * @param streamingClient sends requests with a streamed body, on an executor where reading it may block;
     *                        must not follow redirects either
     * @param requestTimeout  the longest wait for a reply once connected
     * @param rateLimiter     shared with every client of the same Lifen application
     * @param replyCounter    receives the HTTP status of every reply, redirects included, or 0 when no reply
     *                        arrived
     */
    public ApiClient(HttpClient httpClient, HttpClient streamingClient, URI apiBase, Duration requestTimeout,
                     String userAgent, RateLimiter rateLimiter, IntConsumer replyCounter) {
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient must not be null");
        this.streamingClient = Objects.requireNonNull(streamingClient, "streamingClient must not be null");
        this.apiBase = Objects.requireNonNull(apiBase, "apiBase must not be null");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout must not be null");
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent must not be null");
        this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter must not be null");
        this.replyCounter = Objects.requireNonNull(replyCounter, "replyCounter must not be null");
    }

    public URI apiBase() {
        return apiBase;
    }

    /**
     * Sends the request with {@code authorization} as its {@code Authorization} header, following redirects that
     * stay on the API origin.
     *
     * @throws IllegalArgumentException when the request targets another origin
     * @throws ApiTransportException    when no usable reply arrives
     */
    public ApiResponse send(ApiRequest request, String authorization) throws ApiTransportException {
        requireApiOrigin(request.uri());

        URI target = request.uri();
        String method = request.method();
        for (int redirects = 0; ; redirects++) {
            ApiResponse response = exchange(method, target, request, authorization);
            if (!response.isRedirect() || redirects == MAX_REDIRECTS || !followable(response, method)) {
                return response;
            }

            URI next = target.resolve(response.header("Location").get());
            if (!Origins.sameOrigin(next, apiBase)) {
                LOG.debug("Not following the redirect from {} to another origin {}", target, Origins.of(next));
                return response;
            }
            LOG.debug("Following a same-origin redirect from {} to {}", target, next);
            target = next;
        }
    }

    /** Fails unless the URI is on the configured API origin; the token must not reach any other host. */
    public void requireApiOrigin(URI uri) {
        if (!Origins.sameOrigin(uri, apiBase)) {
            throw new IllegalArgumentException("Request to " + Origins.of(uri) + " rejected: the Lifen access "
                    + "token is sent only to the configured API origin " + Origins.of(apiBase) + " (option apiBaseUrl)");
        }
    }

    private static boolean followable(ApiResponse response, String method) {
        if (response.header("Location").isEmpty()) {
            return false;
        }
        // 307 and 308 keep the method and body; the others are only safe to follow for reads
        boolean keepsMethod = response.status() == 307 || response.status() == 308;
        return keepsMethod || "GET".equals(method) || "HEAD".equals(method);
    }

    /** Sends one HTTP request and counts its reply by status, or as 0 when no usable reply arrived. */
    private ApiResponse exchange(String method, URI target, ApiRequest request, String authorization)
            throws ApiTransportException {
        try {
            ApiResponse response = exchangeOnce(method, target, request, authorization);
            replyCounter.accept(response.status());
            return response;
        } catch (ApiTransportException e) {
            replyCounter.accept(0);
            throw e;
        }
    }

    private ApiResponse exchangeOnce(String method, URI target, ApiRequest request, String authorization)
            throws ApiTransportException {
        HttpRequest httpRequest = build(method, target, request, authorization);
        try (RateLimiter.Permit permit = rateLimiter.acquire()) {
            HttpClient client = request.body() == null || request.body() instanceof RequestBody.Bytes ? httpClient
                    : streamingClient;
            HttpResponse<InputStream> response = client.send(httpRequest, HttpResponse.BodyHandlers.ofInputStream());
            return toResponse(response, target);
        } catch (HttpConnectTimeoutException e) {
            throw new ApiTransportException("Connecting to the Lifen API at " + Origins.of(target)
                    + " timed out (option connectTimeout)", e);
        } catch (HttpTimeoutException e) {
            throw new ApiTransportException("Lifen API request " + method + " " + target + " got no reply within "
                    + requestTimeout + " (option requestTimeout)" + outcomeNote(request), e);
        } catch (IOException e) {
            throw new ApiTransportException("Lifen API request " + method + " " + target + " failed: " + e
                    + outcomeNote(request), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiTransportException("Interrupted during Lifen API request " + method + " " + target, e);
        }
    }

    private static ApiResponse toResponse(HttpResponse<InputStream> response, URI target) throws IOException {
        int status = response.statusCode();
        if (status >= 200 && status < 300 && !isJson(response.headers().firstValue("Content-Type").orElse(null))) {
            return new ApiResponse(status, target, response.headers(), null, response.body());
        }
        try (InputStream body = response.body()) {
            return new ApiResponse(status, target, response.headers(), body.readAllBytes(), null);
        }
    }

    // FHIR replies are JSON; a reply without a content type is read too, as it is at most an empty body
    private static boolean isJson(String contentType) {
        return contentType == null || contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    private HttpRequest build(String method, URI target, ApiRequest request, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(target)
                .timeout(requestTimeout)
                .header("Accept", ACCEPT)
                .header("User-Agent", userAgent)
                .header("Authorization", authorization)
                .method(method, publisher(request.body()));
        if (request.contentType() != null && request.body() != null) {
            builder.header("Content-Type", request.contentType());
        }
        return builder.build();
    }

    private static HttpRequest.BodyPublisher publisher(RequestBody body) {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        if (body instanceof RequestBody.Bytes bytes) {
            return HttpRequest.BodyPublishers.ofByteArray(bytes.bytes());
        }

        // The HTTP client pulls the stream as it writes, so only its buffers are in memory at any time
        HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(() -> open(body));
        return body.length() < 0 ? stream : HttpRequest.BodyPublishers.fromPublisher(stream, body.length());
    }

    private static InputStream open(RequestBody body) {
        try {
            return body.open();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the request body: " + e.getMessage(), e);
        }
    }

    private static String outcomeNote(ApiRequest request) {
        if (!request.send()) {
            return "";
        }
        return "; Lifen may have received it, so it was not sent again: check the outcome with the tracking "
                + "operation before sending it once more";
    }
}
