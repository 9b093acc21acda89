package io.github.camellifen.component.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body that the API client reads as a stream, so a large document is never copied whole in memory. */
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
