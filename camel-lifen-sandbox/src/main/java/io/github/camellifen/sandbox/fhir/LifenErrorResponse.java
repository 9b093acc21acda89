package io.github.camellifen.sandbox.fhir;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Response wrapper that discards the body HAPI writes once {@link LifenErrorInterceptor} has stored a
 * Lifen-style error for the request, so that {@link SandboxFhirServer} can write that error instead.
 * Successful responses go through untouched.
 */
final class LifenErrorResponse extends HttpServletResponseWrapper {

    private final HttpServletRequest request;

    LifenErrorResponse(HttpServletRequest request, HttpServletResponse response) {
        super(response);
        this.request = request;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        return hasLifenError() ? new DiscardingOutputStream() : super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        return hasLifenError() ? new PrintWriter(Writer.nullWriter()) : super.getWriter();
    }

    private boolean hasLifenError() {
        return request.getAttribute(LifenErrorInterceptor.LifenError.REQUEST_ATTRIBUTE) != null;
    }

    private static final class DiscardingOutputStream extends ServletOutputStream {

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener writeListener) {
            throw new UnsupportedOperationException("HAPI writes its responses with blocking I/O");
        }

        @Override
        public void write(int b) {
            // Discarded: the Lifen-style error replaces this body.
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            // Discarded: the Lifen-style error replaces this body.
        }
    }
}
