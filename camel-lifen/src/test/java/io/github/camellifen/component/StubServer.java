package io.github.camellifen.component;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a free loopback port that records every request and replies from a queue or through a
 * responder function. Tests use it as a token endpoint or a FHIR API whose exact input they check.
 */
final class StubServer implements AutoCloseable {

    /** A request as the server received it. */
    record Recorded(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** Returns the first value of a header, found by case-insensitive name, or null. */
        String header(String name) {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name)) {
                    return entry.getValue().get(0);
                }
            }
            return null;
        }

        /** Decodes the form body into fields; a repeated field keeps its last value. */
        Map<String, String> form() {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String pair : bodyText().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
            return fields;
        }
    }

    /** A reply to send; {@code delayMillis} delays it to widen race windows. */
    record Reply(int status, String contentType, String body, long delayMillis, Map<String, String> headers) {

        static Reply json(int status, String body) {
            return new Reply(status, "application/json", body, 0, Map.of());
        }

        static Reply fhir(int status, String body) {
            return new Reply(status, "application/fhir+json;charset=UTF-8", body, 0, Map.of());
        }

        static Reply token(String value, Object expiresIn) {
            String lifetime = expiresIn instanceof String ? "\"" + expiresIn + "\"" : String.valueOf(expiresIn);
            return json(200, "{\"access_token\":\"" + value + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                    + lifetime + ",\"scope\":\"PATIENT_READ\"}");
        }

        Reply delayed(long millis) {
            return new Reply(status, contentType, body, millis, headers);
        }

        Reply withHeader(String name, String value) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put(name, value);
            return new Reply(status, contentType, body, delayMillis, all);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Reply> queued = new ConcurrentLinkedQueue<>();
    private final AtomicInteger tokenCounter = new AtomicInteger();
    private volatile Function<Recorded, Reply> responder;

    /** Starts a server whose default reply is a new token per request: token-1, token-2, ... valid for an hour. */
    StubServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        responder = request -> Reply.token("token-" + tokenCounter.incrementAndGet(), 3600);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Replies to send first, in order, before the responder takes over. */
    StubServer enqueue(Reply... replies) {
        queued.addAll(List.of(replies));
        return this;
    }

    StubServer respond(Function<Recorded, Reply> responder) {
        this.responder = responder;
        return this;
    }

    List<Recorded> requests() {
        return new ArrayList<>(requests);
    }

    int count() {
        return requests.size();
    }

    Recorded last() {
        return requests.get(requests.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Recorded recorded = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body);
        requests.add(recorded);

        Reply reply = queued.poll();
        if (reply == null) {
            reply = responder.apply(recorded);
        }
        sleep(reply.delayMillis());

        byte[] bytes = reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
        if (reply.contentType() != null) {
            exchange.getResponseHeaders().add("Content-Type", reply.contentType());
        }
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
