package io.github.camellifen.component;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import io.github.camellifen.component.http.RequestBody;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.WrappedFile;

/**
 * Turns a message body into a document to send without copying it. A file is read from disk while the request is
 * sent and a byte array is used as it is. A stream is read once, unless Camel's stream cache can rewind it.
 */
final class Documents {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private Documents() {
    }

    /**
     * @param maxBytes    the largest document accepted (option maxDocumentSize)
     * @param contentType for application/pdf, the document must start with %PDF-
     */
    static RequestBody fromBody(Message message, long maxBytes, String contentType)
            throws IOException, InvalidPayloadException {
        Object body = message.getBody();
        if (body == null) {
            throw new IllegalArgumentException("The message body is empty: the document to send must be the body "
                    + "(byte[], InputStream, File, Path or a file from the file component)");
        }

        RequestBody content = toContent(message, body);
        checkSize(content, maxBytes);
        return isPdf(contentType) ? requirePdf(content, contentType) : content;
    }

    private static RequestBody toContent(Message message, Object body) throws IOException, InvalidPayloadException {
        if (body instanceof byte[] bytes) {
            return RequestBody.of(bytes);
        }
        if (body instanceof Path path) {
            return RequestBody.of(path);
        }
        if (body instanceof File file) {
            return RequestBody.of(file.toPath());
        }
        if (body instanceof WrappedFile<?> wrapped && wrapped.getFile() instanceof File file) {
            return RequestBody.of(file.toPath());
        }
        if (body instanceof StreamCache cache && body instanceof InputStream stream) {
            return RequestBody.rewindable(stream, cache.length(), cache::reset);
        }
        if (body instanceof InputStream stream) {
            return RequestBody.once(stream);
        }
        return RequestBody.of(message.getMandatoryBody(byte[].class));
    }

    private static void checkSize(RequestBody content, long maxBytes) {
        if (content.length() == 0) {
            throw new IllegalArgumentException("The document in the message body has 0 bytes: there is nothing to "
                    + "send");
        }
        if (content.length() > maxBytes) {
            throw new IllegalArgumentException("The document has " + content.length() + " bytes, more than the limit "
                    + "of " + maxBytes + " bytes (option maxDocumentSize; Lifen accepts documents up to 15 MB)");
        }
    }

    private static boolean isPdf(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/pdf");
    }

    private static RequestBody requirePdf(RequestBody content, String contentType) throws IOException {
        if (content.repeatable()) {
            try (InputStream in = content.open()) {
                requireMagic(in.readNBytes(PDF_MAGIC.length), contentType);
            }
            return content;
        }

        // A one-shot stream is peeked at and the bytes pushed back, so the send still reads it whole
        PushbackInputStream in = new PushbackInputStream(content.open(), PDF_MAGIC.length);
        byte[] head = in.readNBytes(PDF_MAGIC.length);
        requireMagic(head, contentType);
        in.unread(head);
        return RequestBody.once(in);
    }

    private static void requireMagic(byte[] head, String contentType) {
        if (!Arrays.equals(head, PDF_MAGIC)) {
            throw new IllegalArgumentException("The message body is not a PDF (it does not start with %PDF-), but "
                    + "the content type is " + contentType + ": send a PDF, or set the option contentType or the "
                    + "header " + LifenConstants.CONTENT_TYPE);
        }
    }
}
