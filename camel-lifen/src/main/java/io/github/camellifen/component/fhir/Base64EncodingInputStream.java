package io.github.camellifen.component.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Base64;

/**
 * Reads a source stream and returns its standard Base64 encoding (RFC 4648, with padding, without line breaks),
 * a block at a time. The JDK offers only the decoding direction as an input stream.
 */
final class Base64EncodingInputStream extends InputStream {

    // A multiple of 3, so every block but the last encodes without padding
    private static final int SOURCE_BLOCK = 48 * 1024;

    private final InputStream source;
    private final long maxBytes;
    private final String name;
    private final byte[] sourceBuffer = new byte[SOURCE_BLOCK];
    // Reused for every block, so encoding allocates nothing per block
    private final byte[] encoded = new byte[SOURCE_BLOCK / 3 * 4];
    private final Base64.Encoder encoder = Base64.getEncoder();
    private int encodedLength;
    private int position;
    private long sourceBytes;
    private boolean finished;

    /**
     * @param maxBytes the largest source accepted; reading past it fails, so an endless stream cannot fill a
     *                 request
     * @param name     what the source is, for the error message
     */
    Base64EncodingInputStream(InputStream source, long maxBytes, String name) {
        this.source = source;
        this.maxBytes = maxBytes;
        this.name = name;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return encoded[position++] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int count = Math.min(length, encodedLength - position);
        System.arraycopy(encoded, position, target, offset, count);
        position += count;
        return count;
    }

    private boolean fill() throws IOException {
        if (position < encodedLength) {
            return true;
        }
        if (finished) {
            return false;
        }

        int read = source.readNBytes(sourceBuffer, 0, SOURCE_BLOCK);
        sourceBytes += read;
        if (sourceBytes > maxBytes) {
            throw new IOException(name + " is larger than the limit of " + maxBytes + " bytes (option "
                    + "maxDocumentSize)");
        }
        if (read < SOURCE_BLOCK) {
            finished = true;
        }
        byte[] block = read == SOURCE_BLOCK ? sourceBuffer : Arrays.copyOf(sourceBuffer, read);
        encodedLength = encoder.encode(block, encoded);
        position = 0;
        return encodedLength > 0;
    }

    /** Returns the encoded length of {@code sourceLength} bytes. */
    static long encodedLength(long sourceLength) {
        return (sourceLength + 2) / 3 * 4;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
