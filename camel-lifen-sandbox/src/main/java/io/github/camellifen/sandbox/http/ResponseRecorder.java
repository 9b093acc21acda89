package io.github.camellifen.sandbox.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.EventsHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty handler that counts every response by path and status, and logs it at DEBUG.
 *
 * <p>It counts when the response is committed, before its first byte leaves the server, so that a client
 * that has read a response always finds it counted. A response on a connection already closed is not counted:
 * after an injected connection reset, Jetty still commits an error response that never reaches the client.
 */
public final class ResponseRecorder extends EventsHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseRecorder.class);

    private final SandboxActivity activity;

    /**
     * Creates the handler.
     *
     * @param handler the handler that serves the requests
     * @param activity where the counts go
     */
    public ResponseRecorder(Handler handler, SandboxActivity activity) {
        super(handler);
        this.activity = activity;
    }

    @Override
    protected void onResponseBegin(Request request, int status, HttpFields headers) {
        String path = request.getHttpURI().getPath();
        if (!request.getConnectionMetaData().getConnection().getEndPoint().isOpen()) {
            LOG.debug("{} {} -> {} not sent: connection closed", request.getMethod(), path, status);
            return;
        }
        activity.responseSent(path, status);
        LOG.debug("{} {} -> {}", request.getMethod(), path, status);
    }
}
