package io.github.camellifen.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends hand-written HTTP/1.1 requests over a socket, for the cases the JDK client cannot produce: a
 * Content-Length that the body never reaches.
 */
final class RawHttp {

    private static final int READ_TIMEOUT_MILLIS = 10_000;

    private RawHttp() {
    }

    /** A raw response: the status code and everything after the header block. */
    record Response(int status, String head, String body) {
    }

    /**
     * Writes the request head and body, then reads the response until the server closes the connection.
     *
     * @param port sandbox port on 127.0.0.1
     * @param head request line and headers, each ending with CRLF, without the blank line
     * @param body bytes written after the blank line
     * @return the response
     */
    static Response exchange(int port, String head, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            OutputStream output = socket.getOutputStream();
            output.write((head + "\r\n").getBytes(StandardCharsets.US_ASCII));
            output.write(body);
            output.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException("Raw HTTP exchange with port " + port + " failed", e);
        }
    }

    /** Encodes a body as one chunk followed by the last, empty chunk. */
    static byte[] chunked(byte[] body) {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        chunks.writeBytes((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunks.writeBytes(body);
        chunks.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return chunks.toByteArray();
    }

    private static byte[] readAll(InputStream input) throws IOException {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = input.read(buffer)) >= 0) {
            response.write(buffer, 0, read);
        }
        return response.toByteArray();
    }

    private static Response parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("Incomplete HTTP response: " + text);
        }
        String head = text.substring(0, end);
        int status = Integer.parseInt(head.split(" ", 3)[1]);
        return new Response(status, head, text.substring(end + 4));
    }
}
