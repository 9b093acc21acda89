package io.github.camellifen.sandbox.fhir;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Decoding and checks of the base64 PDF documents that clients send.
 */
final class PdfContent {

    static final String MEDIA_TYPE = "application/pdf";

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private PdfContent() {
    }

    /**
     * Decodes base64 text, which may be wrapped over several lines.
     *
     * @param base64 the text
     * @return the bytes
     * @throws IllegalArgumentException if the text is not valid base64
     */
    static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
    }

    /**
     * Tells whether bytes start with the PDF header {@code %PDF-}.
     *
     * @param content the bytes
     * @return {@code true} for a PDF document
     */
    static boolean isPdf(byte[] content) {
        return content.length >= PDF_MAGIC.length
                && Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length);
    }
}
