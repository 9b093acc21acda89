package io.github.camellifen.component.http;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A request body, or a document inside one, read as a stream so that a large document is never copied whole in
 * memory: from a byte array, a file, a rewindable stream or a stream that can be read once.
 */
public interface RequestBody {

    /** Opens the body from its start; a repeatable body may be opened again, for a resend after a 401. */
    InputStream open() throws IOException;

    /** Returns the length in bytes, or -1 when it is only known once the stream ends (sent chunked). */
    long length();

    /** Returns whether {@link #open()} may be called more than once. */
    boolean repeatable();

    static RequestBody of(byte[] bytes) {
        return new Bytes(bytes);
    }

    /** Returns a body read from a file, opened anew for each read; the size is read now. */
    static RequestBody of(Path file) throws IOException {
        long size = Files.size(file);
        return new RequestBody() {
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

    /** Returns a body from a stream that can be read only once, such as a socket or a pipe. */
    static RequestBody once(InputStream stream) {
        AtomicBoolean opened = new AtomicBoolean();
        return new RequestBody() {
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

    /** Returns a body from a stream that {@code rewind} brings back to its start, such as a Camel stream cache. */
    static RequestBody rewindable(InputStream stream, long length, Runnable rewind) {
        return new RequestBody() {
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

    /** A body already in memory. */
    record Bytes(byte[] bytes) implements RequestBody {

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

        @Override
        public String toString() {
            return "RequestBody[" + bytes.length + " bytes]";
        }
    }
}
