package io.github.camellifen.sandbox.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Servlet filter, first in front of the FHIR server, that rejects request bodies over the limit with 413.
 *
 * <p>A body whose Content-Length is over the limit is rejected without being stored. Up to {@link #DRAIN_LIMIT}
 * bytes it is read and dropped first, because closing a connection with unread data makes TCP reset it, and a
 * client still writing would then lose the 413. A larger body is rejected before any of it is read, and the
 * connection is closed: a client that sends {@code Expect: 100-continue} reads the 413, others may fail with a
 * broken pipe. A chunked body is read into memory up to the limit,
 * then passed on with its length known. NOTE: a chunked form body is left to Jetty, whose own form limit
 * (200 000 bytes by default) applies instead.
 */
public final class RequestSizeFilter implements Filter {

    /** Largest limit: a chunked body of the limit plus one byte must fit in a Java array. */
    public static final long MAX_LIMIT = Integer.MAX_VALUE - 9L;

    private static final Logger LOG = LoggerFactory.getLogger(RequestSizeFilter.class);

    /** Largest oversized body read and dropped before the 413, so the client receives the reply. */
    public static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private final long maxRequestBytes;

    /**
     * Creates the filter.
     *
     * @param maxRequestBytes largest accepted request body, in bytes, from 1 to {@link #MAX_LIMIT}
     */
    public RequestSizeFilter(long maxRequestBytes) {
        if (maxRequestBytes < 1 || maxRequestBytes > MAX_LIMIT) {
            throw new IllegalArgumentException("Request size limit must be between 1 and " + MAX_LIMIT
                    + " bytes, not " + maxRequestBytes);
        }
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest httpRequest = (HttpServletRequest) request;
        HttpServletResponse httpResponse = (HttpServletResponse) response;

        long declaredLength = httpRequest.getContentLengthLong();
        if (declaredLength > maxRequestBytes) {
            // A client expecting 100 Continue sends nothing more, and reads the 413 as it is
            boolean expectsContinue = "100-continue".equalsIgnoreCase(httpRequest.getHeader("Expect"));
            if (declaredLength <= DRAIN_LIMIT && !expectsContinue) {
                httpRequest.getInputStream().transferTo(OutputStream.nullOutputStream());
            }
            sendTooLarge(httpRequest, httpResponse, declaredLength + " bytes");
            return;
        }

        boolean chunked = declaredLength < 0 && httpRequest.getHeader("Transfer-Encoding") != null;
        if (!chunked || MediaTypeRules.FORM.equals(MediaTypeRules.mediaType(httpRequest.getContentType()))) {
            chain.doFilter(request, response);
            return;
        }

        byte[] body = httpRequest.getInputStream().readNBytes(Math.toIntExact(maxRequestBytes + 1));
        if (body.length > maxRequestBytes) {
            sendTooLarge(httpRequest, httpResponse, "more than " + maxRequestBytes + " bytes");
            return;
        }
        chain.doFilter(new BufferedBodyRequest(httpRequest, body), response);
    }

    // Closes the connection, so that Jetty does not read the rest of the body to reuse it.
    private void sendTooLarge(HttpServletRequest request, HttpServletResponse response, String size)
            throws IOException {
        LOG.info("{} {} rejected with 413: body of {} over the limit of {} bytes",
                request.getMethod(), request.getRequestURI(), size, maxRequestBytes);
        OutcomeIssue issue = OutcomeIssue.error("TOO-LONG", "The request body of " + size
                + " exceeds the limit of " + maxRequestBytes + " bytes.", null);
        response.setHeader("Connection", "close");
        JsonBodies.send(response, 413, JsonBodies.FHIR_JSON, JsonBodies.operationOutcome(List.of(issue)));
    }
}
