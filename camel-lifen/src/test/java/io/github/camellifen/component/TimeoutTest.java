package io.github.camellifen.component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import io.github.camellifen.component.StubServer.Reply;
import io.github.camellifen.component.auth.LifenTokenException;
import io.github.camellifen.component.http.ApiTransportException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/** A slow or truncated reply ends the exchange with an exception naming what timed out or failed. */
class TimeoutTest {

    private static final String PATIENT = "{\"resourceType\":\"Patient\",\"id\":\"1\"}";

    private StubServer tokens;
    private StubServer api;

    @BeforeEach
    void startStubs() throws Exception {
        tokens = new StubServer();
        api = new StubServer();
    }

    @AfterEach
    void stopStubs() {
        tokens.close();
        api.close();
    }

    @Test
    void slowApiReplyTimesOut() {
        api.respond(request -> Reply.fhir(200, PATIENT).delayed(2000));
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            Exception failure = lifen.send("lifen:read/Patient?resourceId=1&requestTimeout=300&maxRetries=0")
                    .getException();

            assertThat(failure).isInstanceOf(ApiTransportException.class)
                    .hasMessageContaining("got no reply within PT0.3S (option requestTimeout)");
        }
    }

    @Test
    void slowTokenEndpointTimesOut() {
        tokens.respond(request -> Reply.token("late", 3600).delayed(2000));
        try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api))) {
            Exception failure = lifen.send("lifen:read/Patient?resourceId=1&tokenRequestTimeout=300").getException();

            assertThat(failure).isInstanceOf(LifenTokenException.class)
                    .hasMessageContaining("did not respond within PT0.3S (option tokenRequestTimeout)");
        }
        assertThat(api.count()).isZero();
    }

    @Test
    void truncatedReplyFails() throws Exception {
        try (ServerSocket truncating = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> answerTruncated(truncating));
            server.start();
            try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api).andThen(c ->
                    c.getConfiguration().setApiBaseUrl("http://127.0.0.1:" + truncating.getLocalPort() + "/fhir/v3")))) {
                Exception failure = lifen.send("lifen:read/Patient?resourceId=1&maxRetries=0").getException();

                assertThat(failure).isInstanceOf(ApiTransportException.class)
                        .hasMessageContaining("Lifen API request GET http://127.0.0.1:" + truncating.getLocalPort());
            }
            server.join(5000);
        }
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void stalledUploadTimesOut() throws Exception {
        try (ServerSocket stalled = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            java.util.concurrent.CountDownLatch testDone = new java.util.concurrent.CountDownLatch(1);
            Thread server = new Thread(() -> acceptAndNeverRead(stalled, testDone));
            server.start();
            try (LifenTestContext lifen = new LifenTestContext(LifenTestContext.stubs(tokens, api).andThen(c ->
                    c.getConfiguration().setApiBaseUrl("http://127.0.0.1:" + stalled.getLocalPort() + "/fhir/v3")))) {
                Exception failure = lifen.send("lifen:create/Binary?contentType=application/octet-stream&requestTimeout=500"
                        + "&connectTimeout=500", exchange -> exchange.getIn().setBody(endlessStream())).getException();

                assertThat(failure).isInstanceOf(ApiTransportException.class)
                        .hasMessageContaining("got no reply within PT0.5S (option requestTimeout)")
                        .hasMessageContaining("it was not sent again");
            } finally {
                testDone.countDown();
            }
            server.join(5000);
        }
    }

    /** Accepts one connection and holds it open without reading until the test ends, so the upload blocks. */
    private static void acceptAndNeverRead(ServerSocket server, java.util.concurrent.CountDownLatch testDone) {
        try (Socket socket = server.accept()) {
            testDone.await();
        } catch (IOException e) {
            // The test checks what the client reports
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Returns a document stream that never ends, so only a timeout can stop the upload. */
    private static InputStream endlessStream() {
        return new InputStream() {
            @Override
            public int read() {
                return '%';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) '%');
                return length;
            }
        };
    }

    /** Promises 1000 bytes of body, sends 20, then closes the connection. */
    private static void answerTruncated(ServerSocket server) {
        try (Socket socket = server.accept()) {
            socket.getInputStream().read(new byte[8192]);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/fhir+json\r\nContent-Length: 1000\r\n\r\n"
                    + "{\"resourceType\":\"Pa").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // The client may already have given up; the test checks what the client reports
        }
    }
}
