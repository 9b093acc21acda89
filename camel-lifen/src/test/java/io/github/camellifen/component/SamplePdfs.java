package io.github.camellifen.component;

import java.io.InputStream;

/** Real PDF files kept in the test resources, with their attribution. */
final class SamplePdfs {

    private SamplePdfs() {
    }

    static byte[] libreOfficeLetter() throws Exception {
        try (InputStream in = SamplePdfs.class.getResourceAsStream("/pdf/002-trivial-libre-office-writer.pdf")) {
            return in.readAllBytes();
        }
    }
}
