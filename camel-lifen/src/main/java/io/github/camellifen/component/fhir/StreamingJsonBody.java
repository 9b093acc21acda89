package io.github.camellifen.component.fhir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import io.github.camellifen.component.http.RequestBody;

/**
 * A JSON body whose base64 document payloads are encoded while the HTTP client sends it. The JSON is serialized
 * once with a unique marker in place of each payload, then split around the markers. The documents are read only
 * when the body is sent.
 */
final class StreamingJsonBody implements RequestBody {

    private final List<byte[]> literals;
    private final List<RequestBody> documents;
    private final long maxDocumentBytes;

    private StreamingJsonBody(List<byte[]> literals, List<RequestBody> documents, long maxDocumentBytes) {
        this.literals = literals;
        this.documents = documents;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /** Returns a marker for the payload of the document at {@code index}; it never needs escaping in JSON. */
    static String marker(String nonce, int index) {
        return "lifen-payload-" + nonce + "-" + index;
    }

    static String newNonce() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /**
     * Splits {@code json} around the markers of {@code documents}, which must appear in order, once each.
     */
    static StreamingJsonBody split(String json, String nonce, List<RequestBody> documents, long maxDocumentBytes) {
        List<byte[]> literals = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < documents.size(); i++) {
            String marker = marker(nonce, i);
            int at = json.indexOf(marker, from);
            if (at < 0) {
                throw new IllegalStateException("The payload marker of document " + i + " is missing from the JSON");
            }
            literals.add(json.substring(from, at).getBytes(StandardCharsets.UTF_8));
            from = at + marker.length();
        }
        literals.add(json.substring(from).getBytes(StandardCharsets.UTF_8));
        return new StreamingJsonBody(literals, List.copyOf(documents), maxDocumentBytes);
    }

    @Override
    public InputStream open() throws IOException {
        List<InputStream> parts = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            parts.add(new ByteArrayInputStream(literals.get(i)));
            parts.add(new Base64EncodingInputStream(documents.get(i).open(), maxDocumentBytes, "Document " + (i + 1)));
        }
        parts.add(new ByteArrayInputStream(literals.get(documents.size())));
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    @Override
    public long length() {
        long total = 0;
        for (byte[] literal : literals) {
            total += literal.length;
        }
        for (RequestBody document : documents) {
            if (document.length() < 0) {
                return -1;
            }
            total += Base64EncodingInputStream.encodedLength(document.length());
        }
        return total;
    }

    @Override
    public boolean repeatable() {
        return documents.stream().allMatch(RequestBody::repeatable);
    }

    @Override
    public String toString() {
        return "StreamingJsonBody[" + documents.size() + " documents, " + length() + " bytes]";
    }
}
