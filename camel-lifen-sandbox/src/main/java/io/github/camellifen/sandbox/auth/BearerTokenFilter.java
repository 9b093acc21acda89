package io.github.camellifen.sandbox.auth;

import io.github.camellifen.sandbox.http.JsonBodies;
import io.github.camellifen.sandbox.http.OutcomeIssue;
import io.github.camellifen.sandbox.http.RateLimiter;
import io.github.camellifen.sandbox.http.UnreadBodies;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Servlet filter in front of the FHIR endpoints: requires a valid bearer token, applies the rate limit of
 * its client, and passes the token's {@link AccessGrant} on as a request attribute.
 */
public final class BearerTokenFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(BearerTokenFilter.class);
    private static final String BEARER_PREFIX = "bearer ";

    private final TokenRegistry registry;
    private final RateLimiter rateLimiter;

    /**
     * Creates the filter.
     *
     * @param registry issued tokens
     * @param rateLimiter limiter shared with the token endpoint
     */
    public BearerTokenFilter(TokenRegistry registry, RateLimiter rateLimiter) {
        this.registry = registry;
        this.rateLimiter = rateLimiter;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest httpRequest = (HttpServletRequest) request;
        HttpServletResponse httpResponse = (HttpServletResponse) response;

        Optional<AccessGrant> grant = bearerToken(httpRequest).flatMap(registry::find);
        if (grant.isEmpty()) {
            LOG.info("{} {} rejected: missing, unknown or expired access token",
                    httpRequest.getMethod(), httpRequest.getRequestURI());
            httpResponse.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            UnreadBodies.discard(httpRequest, httpResponse);
            JsonBodies.send(httpResponse, 401, JsonBodies.FHIR_JSON, JsonBodies.operationOutcome(List.of(OutcomeIssue.INVALID_ACCESS_TOKEN)));
            return;
        }

        String clientId = grant.get().clientId();
        if (!rateLimiter.tryAcquire(clientId)) {
            LOG.info("{} {} rejected: client {} is over {} requests per second",
                    httpRequest.getMethod(), httpRequest.getRequestURI(), clientId, rateLimiter.limitPerSecond());
            UnreadBodies.discard(httpRequest, httpResponse);
            sendTooManyRequests(httpResponse);
            return;
        }

        httpRequest.setAttribute(AccessGrant.REQUEST_ATTRIBUTE, grant.get());
        chain.doFilter(request, response);
    }

    private void sendTooManyRequests(HttpServletResponse response) throws IOException {
        OutcomeIssue issue = OutcomeIssue.error("THROTTLED",
                "Rate limit of " + rateLimiter.limitPerSecond() + " requests per second exceeded, retry later.", null);
        response.setHeader("Retry-After", "1");
        JsonBodies.send(response, 429, JsonBodies.FHIR_JSON, JsonBodies.operationOutcome(List.of(issue)));
    }

    private static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() <= BEARER_PREFIX.length()) {
            return Optional.empty();
        }
        if (!header.regionMatches(true, 0, BEARER_PREFIX, 0, BEARER_PREFIX.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER_PREFIX.length()).trim());
    }
}
