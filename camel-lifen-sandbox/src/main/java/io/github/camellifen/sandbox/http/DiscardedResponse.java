package io.github.camellifen.sandbox.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Response wrapper that drops the body and never commits the response, so that the connection can still be
 * aborted after the request was processed without any byte of the reply reaching the client.
 */
final class DiscardedResponse extends HttpServletResponseWrapper {

    private final ServletOutputStream output = new NullServletOutputStream();
    private PrintWriter writer;

    DiscardedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return output;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
        }
        return writer;
    }

    // Each of these would commit the real response.
    @Override
    public void flushBuffer() {
    }

    @Override
    public void sendError(int status) {
        setStatus(status);
    }

    @Override
    public void sendError(int status, String message) {
        setStatus(status);
    }

    @Override
    public void sendRedirect(String location) {
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    private static final class NullServletOutputStream extends ServletOutputStream {

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("Asynchronous writes are not supported here");
        }
    }
}
