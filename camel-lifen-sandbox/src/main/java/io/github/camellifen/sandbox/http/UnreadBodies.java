package io.github.camellifen.sandbox.http;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Reads and discards the request body that an early rejection leaves unread, before the rejection is sent.
 *
 * <p>Without it, Jetty closes the connection when the body has not fully arrived. A client still writing the
 * body then fails with a broken pipe instead of reading the rejection, and a client that put the connection back
 * in its pool fails on its next request. The body is at most the sandbox's request limit, because
 * {@link RequestSizeFilter} runs first.
 */
public final class UnreadBodies {

    private UnreadBodies() {
    }

    /**
     * Discards what remains of the request body. If that fails, the response announces
     * {@code Connection: close}, so that the client does not reuse the connection. Call it before the response
     * is committed.
     *
     * @param request the request
     * @param response the response
     */
    public static void discard(HttpServletRequest request, HttpServletResponse response) {
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        if (!hasBody) {
            return;
        }
        try {
            ServletInputStream input = request.getInputStream();
            if (!input.isFinished()) {
                input.transferTo(OutputStream.nullOutputStream());
            }
        } catch (IllegalStateException | IOException e) {
            // The body was read through getReader, or the client went away: the connection is not worth keeping.
            response.setHeader("Connection", "close");
        }
    }
}
