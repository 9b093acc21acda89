package io.github.camellifen.component;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Creates one Binary from a generated InputStream and prints the byte count and SHA-256 of what it read. Tests start
 * it in a JVM whose heap is smaller than the document, to show the upload is streamed.
 */
public final class LargeUploadSender {

    private LargeUploadSender() {
    }

    /** Arguments: API base URL, token URL, document size in bytes. */
    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(args[2]);
        LifenComponent component = ChildJvm.stubComponent(args[0], args[1]);
        component.getConfiguration().setMaxDocumentSize(size);

        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        DigestInputStream document = new DigestInputStream(new GeneratedPdf(size), digest);
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addComponent("lifen", component);
            camel.start();
            Exchange exchange = camel.createProducerTemplate().send("lifen:create/Binary",
                    e -> e.getMessage().setBody(document));

            System.out.println("max heap " + Runtime.getRuntime().maxMemory() + " bytes, sha256 "
                    + HexFormat.of().formatHex(digest.digest()));
            if (exchange.getException() != null) {
                exchange.getException().printStackTrace(System.out);
                System.exit(1);
            }
            System.out.println("status " + exchange.getMessage().getHeader(LifenConstants.RESPONSE_CODE));
        }
        System.exit(0);
    }

    /** A stream of pseudo-random bytes after a PDF header, generated as it is read. */
    static final class GeneratedPdf extends InputStream {

        private static final byte[] HEADER = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

        private final long size;
        private long position;
        private long state = 0x9E3779B97F4A7C15L;

        GeneratedPdf(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            byte[] single = new byte[1];
            return read(single, 0, 1) < 0 ? -1 : single[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = next();
            }
            return count;
        }

        private byte next() {
            long index = position++;
            if (index < HEADER.length) {
                return HEADER[(int) index];
            }
            // xorshift64: cheap, and compresses poorly, like a real scanned document
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            return (byte) state;
        }
    }
}
