package io.github.camellifen.sandbox.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Servlet filter in front of the FHIR server that rejects, with Lifen's 415, a request whose media type does not
 * fit its target (see {@link MediaTypeRules}). Without it, HAPI would return 400.
 */
public final class MediaTypeFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(MediaTypeFilter.class);

    // Lifen's 415 example, word for word.
    private static final OutcomeIssue MEDIA_TYPE_ISSUE =
            OutcomeIssue.error("STRUCTURE", "Issue with media type", null);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest httpRequest = (HttpServletRequest) request;
        HttpServletResponse httpResponse = (HttpServletResponse) response;

        long declaredLength = httpRequest.getContentLengthLong();
        boolean chunked = declaredLength < 0 && httpRequest.getHeader("Transfer-Encoding") != null;
        boolean hasBody = declaredLength > 0 || chunked;
        String contentType = httpRequest.getContentType();
        if (MediaTypeRules.accepts(httpRequest.getMethod(), httpRequest.getRequestURI(), contentType, hasBody)) {
            chain.doFilter(request, response);
            return;
        }

        LOG.info("{} {} rejected with 415: media type {} not accepted there", httpRequest.getMethod(),
                httpRequest.getRequestURI(), contentType == null ? "(none)" : contentType);
        UnreadBodies.discard(httpRequest, httpResponse);
        JsonBodies.send(httpResponse, 415, JsonBodies.FHIR_JSON,
                JsonBodies.operationOutcome(List.of(MEDIA_TYPE_ISSUE)));
    }
}
