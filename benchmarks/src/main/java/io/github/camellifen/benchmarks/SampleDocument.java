package io.github.camellifen.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The PDF that the throughput benchmarks send: an 80 KB letter, copied from the jar to a temporary file. */
final class SampleDocument {

    private static final String RESOURCE = "/pdf/google-doc-document.pdf";

    private SampleDocument() {
    }

    /** Copies the PDF to a new temporary file, deleted when the JVM exits. */
    static Path copyToTempFile() {
        try (InputStream in = SampleDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The benchmark PDF " + RESOURCE + " is missing from the class path");
            }
            Path file = Files.createTempFile("lifen-benchmark", ".pdf");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the benchmark PDF to a temporary file", e);
        }
    }
}
