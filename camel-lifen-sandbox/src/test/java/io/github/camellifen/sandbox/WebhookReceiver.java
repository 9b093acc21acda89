package io.github.camellifen.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook callback on 127.0.0.1 (the JDK's HTTP server) that records every request with its raw body and
 * sends the queued replies, then 200. With a secret, it replies 401 to a request whose signature does not
 * verify, as a consumer would, unless a queued reply is waiting.
 */
final class WebhookReceiver implements AutoCloseable {

    static final String PATH = "/lifen/webhook";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Received> requests = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Reply> replies = new LinkedBlockingQueue<>();
    private volatile String verifiedSecret;

    /** A recorded request. */
    record Received(Map<String, List<String>> headers, byte[] body, Instant receivedAt) {

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return SandboxHttp.JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Webhook body is not JSON: " + bodyText(), e);
            }
        }
    }

    /**
     * A reply: waits {@code delay}, then for {@code release} if set, then sends {@code status}.
     */
    record Reply(int status, String retryAfter, Duration delay, CountDownLatch release) {

        static Reply status(int status) {
            return new Reply(status, null, Duration.ZERO, null);
        }

        static Reply tooManyRequests(String retryAfter) {
            return new Reply(429, retryAfter, Duration.ZERO, null);
        }

        static Reply delayed(Duration delay) {
            return new Reply(200, null, delay, null);
        }

        static Reply heldUntil(CountDownLatch release, int status) {
            return new Reply(status, null, Duration.ZERO, release);
        }
    }

    private WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(PATH, this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static WebhookReceiver start() {
        try {
            return new WebhookReceiver();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Computes the signature the test expects, independently of the sandbox's own code. */
    static String hmacSha256Hex(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** Sends these replies to the next requests, in order. */
    void replyNext(Reply... next) {
        replies.addAll(List.of(next));
    }

    /** Replies 401 to requests whose signature does not verify with this secret, or to none when it is null. */
    void verifySignatures(String secret) {
        this.verifiedSecret = secret;
    }

    List<Received> requests() {
        return List.copyOf(requests);
    }

    /** Forgets the requests, the queued replies and the secret. */
    void clear() {
        requests.clear();
        replies.clear();
        verifiedSecret = null;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Received received = new Received(Map.copyOf(exchange.getRequestHeaders()), body, Instant.now());
        requests.add(received);

        Reply reply = replies.poll();
        if (reply == null) {
            reply = Reply.status(signatureVerifies(received) ? 200 : 401);
        }
        try {
            waitBefore(reply);
            if (reply.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", reply.retryAfter());
            }
            exchange.sendResponseHeaders(reply.status(), -1);
        } catch (IOException e) {
            // The sandbox gave up waiting and closed the connection.
        } finally {
            exchange.close();
        }
    }

    private boolean signatureVerifies(Received received) {
        String secret = verifiedSecret;
        return secret == null || hmacSha256Hex(secret, received.body())
                .equals(received.header(SandboxWebhooks.SIGNATURE_HEADER));
    }

    private static void waitBefore(Reply reply) {
        try {
            Thread.sleep(reply.delay().toMillis());
            if (reply.release() != null) {
                reply.release().await(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
