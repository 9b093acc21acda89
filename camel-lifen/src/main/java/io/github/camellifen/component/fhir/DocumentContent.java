package io.github.camellifen.component.fhir;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/** The bytes of a document to send, read as a stream so that a large file is never held whole in memory. */
public interface DocumentContent {

    /** Opens the document from its first byte. */
    InputStream open() throws IOException;

    /** Returns the size in bytes, or -1 when only reading the stream tells. */
    long length();

    /** Returns whether the document can be read again, for a resend after a 401. */
    boolean repeatable();

    static DocumentContent of(byte[] bytes) {
        return new DocumentContent() {
            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public long length() {
                return bytes.length;
            }

            @Override
            public boolean repeatable() {
                return true;
            }
        };
    }

    /** A file, opened anew for each read; its size is read when the request is built. */
    static DocumentContent of(Path file) throws IOException {
        long size = Files.size(file);
        return new DocumentContent() {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public long length() {
                return size;
            }

            @Override
            public boolean repeatable() {
                return true;
            }
        };
    }

    /** A stream that can be read only once, such as a socket or a pipe. */
    static DocumentContent once(InputStream stream) {
        AtomicBoolean opened = new AtomicBoolean();
        return new DocumentContent() {
            @Override
            public InputStream open() throws IOException {
                if (opened.getAndSet(true)) {
                    throw new IOException("The document stream was already read and cannot be sent again; pass a "
                            + "byte[] or a File, or enable Camel stream caching, to allow a resend");
                }
                return stream;
            }

            @Override
            public long length() {
                return -1;
            }

            @Override
            public boolean repeatable() {
                return false;
            }
        };
    }

    /** A stream that {@code rewind} brings back to its start, such as a Camel stream cache. */
    static DocumentContent rewindable(InputStream stream, long length, Runnable rewind) {
        return new DocumentContent() {
            @Override
            public InputStream open() {
                rewind.run();
                // The HTTP client closes what it reads; the cache must stay open for a resend
                return new FilterInputStream(stream) {
                    @Override
                    public void close() {
                    }
                };
            }

            @Override
            public long length() {
                return length;
            }

            @Override
            public boolean repeatable() {
                return true;
            }
        };
    }
}
