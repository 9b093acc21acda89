package io.github.camellifen.component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A 512 MB document given as an InputStream goes out as a stream, from a JVM whose heap is a quarter of that. */
class LargeUploadTest {

    private static final long SIZE = 512L * 1024 * 1024;

    @Test
    void uploadLargerThanHeapIsStreamed() throws Exception {
        AtomicReference<String> received = new AtomicReference<>("nothing received");
        HttpServer api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        api.createContext("/fhir/v2/Binary", exchange -> receiveBinary(exchange, received));
        api.start();

        try (StubServer tokens = new StubServer()) {
            ChildJvm.Result child = ChildJvm.run("-Xmx128m", entry -> true, LargeUploadSender.class,
                    "http://127.0.0.1:" + api.getAddress().getPort() + "/fhir/v2", tokens.url("/oauth/token"),
                    String.valueOf(SIZE));

            assertThat(child.exitStatus()).as(child.output()).isZero();
            assertThat(child.output()).contains("max heap 134217728 bytes", "status 201");
            String sentDigest = child.output().replaceAll("(?s).*sha256 ([0-9a-f]{64}).*", "$1");
            assertThat(received.get()).isEqualTo(SIZE + " bytes, sha256 " + sentDigest);
        } finally {
            api.stop(0);
        }
    }

    /** Decodes the Binary's base64 data while it arrives, and records its size and digest. */
    private static void receiveBinary(HttpExchange exchange, AtomicReference<String> received) throws IOException {
        try (InputStream body = exchange.getRequestBody();
             JsonParser parser = new JsonFactory().createParser(body)) {
            CountingDigest data = new CountingDigest();
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && parser.currentName().equals("data")) {
                    parser.nextToken();
                    parser.readBinaryValue(data);
                }
            }
            received.set(data.count + " bytes, sha256 " + HexFormat.of().formatHex(data.digest.digest()));
        } catch (IOException | RuntimeException e) {
            received.set("failed: " + e);
        }

        byte[] reply = "{\"resourceType\":\"Binary\",\"id\":\"big\"}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/fhir+json");
        exchange.sendResponseHeaders(201, reply.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply);
        }
    }

    /** Counts and digests the decoded bytes without keeping them. */
    private static final class CountingDigest extends OutputStream {

        private final MessageDigest digest;
        private long count;

        CountingDigest() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void write(int b) {
            digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            digest.update(bytes, offset, length);
            count += length;
        }
    }
}
