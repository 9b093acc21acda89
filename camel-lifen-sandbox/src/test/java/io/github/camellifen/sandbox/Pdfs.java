package io.github.camellifen.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * PDF documents for the tests: real ones from the test resources, and a large generated one.
 */
final class Pdfs {

    static final String LIBRE_OFFICE = "002-trivial-libre-office-writer.pdf";
    static final String PDFLATEX = "pdflatex-4-pages.pdf";

    private Pdfs() {
    }

    static byte[] read(String name) {
        try (InputStream input = Pdfs.class.getResourceAsStream("/pdf/" + name)) {
            if (input == null) {
                throw new IllegalArgumentException("No test PDF named " + name + " in src/test/resources/pdf");
            }
            return input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read test PDF " + name, e);
        }
    }

    /** Returns {@code size} bytes that start with a PDF header and go on with random bytes, which is no valid PDF. */
    static byte[] large(int size) {
        byte[] content = new byte[size];
        new Random(42).nextBytes(content);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }
}
