package io.github.camellifen.component;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A 512 MB Binary reaches the route as a stream, read by a JVM whose heap is a quarter of that. */
class LargeBinaryTest {

    private static final long SIZE = 512L * 1024 * 1024;

    @Test
    void binaryLargerThanHeapIsStreamed() throws Exception {
        try (StubServer tokens = new StubServer();
             ServerSocket api = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> serveBinary(api));
            server.start();

            ChildJvm.Result child = ChildJvm.run("-Xmx128m", entry -> true, LargeBinaryReader.class,
                    "http://127.0.0.1:" + api.getLocalPort() + "/fhir/v2", tokens.url("/oauth/token"), "big");
            server.join(10_000);

            assertThat(child.exitStatus()).as(child.output()).isZero();
            assertThat(child.output()).contains("read " + SIZE + " bytes", "max heap 134217728 bytes");
        }
    }

    /** Replies to one request with SIZE bytes of application/pdf, written a block at a time. */
    private static void serveBinary(ServerSocket server) {
        try (Socket socket = server.accept()) {
            socket.getInputStream().read(new byte[8192]);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: " + SIZE
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] block = new byte[1024 * 1024];
            block[0] = '%';
            for (long sent = 0; sent < SIZE; sent += block.length) {
                out.write(block);
            }
            out.flush();
        } catch (IOException e) {
            // A failed read shows in the child's exit status and output
        }
    }
}
