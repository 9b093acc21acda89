package io.github.camellifen.sandbox.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletChannel;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Servlet filter in front of the FHIR server, after the bearer token check, that injects the faults drawn by
 * {@link RandomFaults} and counts them in {@link SandboxActivity}.
 */
public final class FaultFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(FaultFilter.class);

    private final RandomFaults faults;
    private final SandboxActivity activity;

    /**
     * Creates the filter.
     *
     * @param faults generator of the faults, one draw per request
     * @param activity where the injected faults are counted
     */
    public FaultFilter(RandomFaults faults, SandboxActivity activity) {
        this.faults = faults;
        this.activity = activity;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest httpRequest = (HttpServletRequest) request;
        HttpServletResponse httpResponse = (HttpServletResponse) response;

        RandomFaults.Draw draw = faults.next();
        if (draw.slow()) {
            inject(FaultKind.SLOW, httpRequest);
            waitSlowDelay();
        }
        if (draw.exclusive() == null) {
            chain.doFilter(request, response);
            return;
        }

        FaultKind fault = draw.exclusive();
        if (fault == FaultKind.RESET_AFTER) {
            processThenAbort(httpRequest, httpResponse, chain);
            return;
        }
        inject(fault, httpRequest);
        switch (fault) {
            case UNAUTHORIZED -> sendUnauthorized(httpRequest, httpResponse);
            case TOO_MANY_REQUESTS -> sendTooManyRequests(httpRequest, httpResponse);
            case SERVER_ERROR -> sendServerError(httpRequest, httpResponse);
            case RESET_BEFORE -> abortConnection(httpRequest);
            case SLOW, RESET_AFTER -> throw new IllegalStateException("Not a fault before processing: " + fault);
        }
    }

    // Aborts even when the FHIR server fails, so that the client never gets a reply.
    private void processThenAbort(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, new DiscardedResponse(response));
        } finally {
            inject(FaultKind.RESET_AFTER, request);
            abortConnection(request);
        }
    }

    // Counts before the client can see the fault, so that a client that saw it always finds it counted.
    private void inject(FaultKind fault, HttpServletRequest request) {
        activity.faultInjected(fault);
        LOG.info("{} {}: injected fault {}", request.getMethod(), request.getRequestURI(), fault.label());
    }

    private void waitSlowDelay() {
        try {
            Thread.sleep(faults.slowDelay().toMillis());
        } catch (InterruptedException e) {
            // An interrupt, for example while Jetty stops, ends the wait early, and the request goes on.
            Thread.currentThread().interrupt();
        }
    }

    private static void sendUnauthorized(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        UnreadBodies.discard(request, response);
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        JsonBodies.send(response, 401, JsonBodies.FHIR_JSON,
                JsonBodies.operationOutcome(List.of(OutcomeIssue.INVALID_ACCESS_TOKEN)));
    }

    private static void sendTooManyRequests(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        UnreadBodies.discard(request, response);
        OutcomeIssue issue = OutcomeIssue.error("THROTTLED", "Too many requests (injected fault), retry later.", null);
        response.setHeader("Retry-After", "1");
        JsonBodies.send(response, 429, JsonBodies.FHIR_JSON, JsonBodies.operationOutcome(List.of(issue)));
    }

    private static void sendServerError(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        UnreadBodies.discard(request, response);
        OutcomeIssue issue = OutcomeIssue.error("EXCEPTION", "Internal server error (injected fault).", null);
        JsonBodies.send(response, 500, JsonBodies.FHIR_JSON, JsonBodies.operationOutcome(List.of(issue)));
    }

    /**
     * Aborts the connection without sending any byte of a reply. A linger time of zero makes the close send a TCP
     * reset, which the client sees as a connection reset or an incomplete response.
     */
    private static void abortConnection(HttpServletRequest request) throws IOException {
        ServletChannel channel = ServletContextRequest.getServletContextRequest(request).getServletChannel();
        EndPoint endPoint = channel.getEndPoint();
        if (endPoint instanceof SocketChannelEndPoint socketEndPoint) {
            socketEndPoint.getChannel().setOption(StandardSocketOptions.SO_LINGER, 0);
        }
        EofException failure = new EofException("Connection aborted by an injected fault");
        endPoint.close(failure);
        channel.abort(failure);
    }
}
