package io.github.camellifen.component.http;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.function.IntConsumer;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
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

    private final HttpTransport transport;
    private final URI apiBase;
    private final Duration requestTimeout;
    private final String userAgent;
    private final RateLimiter rateLimiter;
    private final IntConsumer replyCounter;

    /**
     * @param requestTimeout  the longest wait for a reply once connected, the upload of a body included
     * @param rateLimiter     shared with every client of the same Lifen application
     * @param replyCounter    receives the HTTP status of every reply, redirects included, or 0 when no reply
     *                        arrived
     */
    public ApiClient(HttpTransport transport, URI apiBase, Duration requestTimeout, String userAgent,
                     RateLimiter rateLimiter, IntConsumer replyCounter) {
        this.transport = Objects.requireNonNull(transport, "transport must not be null");
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
        HttpUriRequestBase httpRequest = build(method, target, request, authorization);
        try (RateLimiter.Permit permit = rateLimiter.acquire()) {
            return transport.send(httpRequest, requestTimeout, true);
        } catch (ConnectTimeoutException e) {
            throw new ApiTransportException("Connecting to the Lifen API at " + Origins.of(target)
                    + " timed out (option connectTimeout)", e);
        } catch (SocketTimeoutException e) {
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

    private HttpUriRequestBase build(String method, URI target, ApiRequest request, String authorization) {
        HttpUriRequestBase httpRequest = new HttpUriRequestBase(method, target);
        httpRequest.setHeader("Accept", ACCEPT);
        httpRequest.setHeader("User-Agent", userAgent);
        httpRequest.setHeader("Authorization", authorization);
        if (request.body() != null) {
            httpRequest.setEntity(HttpTransport.entity(request.body()));
            if (request.contentType() != null) {
                httpRequest.setHeader("Content-Type", request.contentType());
            }
        }
        return httpRequest;
    }

    private static String outcomeNote(ApiRequest request) {
        if (!request.send()) {
            return "";
        }
        return "; Lifen may have received it, so it was not sent again: check the outcome with the tracking "
                + "operation before sending it once more";
    }
}
