package io.github.camellifen.benchmarks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A loopback server that serves a token endpoint and three FHIR requests with fixed, small replies and does no
 * other work, so the benchmarks measure the client side. It counts token requests and records when each one
 * started and ended, for the token scenarios. The benchmark driver runs it in its own JVM, so the server's
 * allocations and CPU time never count as the client's.
 *
 * <p>Paths: {@code POST /oauth/token}, {@code GET /fhir/v3/Patient/{id}}, {@code POST /fhir/v3/Patient/_search},
 * {@code POST /fhir/v3/CommunicationRequest/$send-to-ehr}, and the control paths {@code POST /bench/reset} and
 * {@code GET /bench/token-calls}.
 */
public final class BenchServer implements AutoCloseable {

    static final String TOKEN_PATH = "/oauth/token";
    static final String API_PATH = "/fhir/v3";

    private static final String FHIR_JSON = "application/fhir+json;charset=UTF-8";
    private static final String PATIENT_PREFIX = API_PATH + "/Patient/";
    private static final byte[] BUNDLE = ("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":2,\"entry\":["
            + "{\"fullUrl\":\"Patient/1\",\"resource\":{\"resourceType\":\"Patient\",\"id\":\"1\","
            + "\"name\":[{\"family\":\"MICHUE\",\"given\":[\"Jean\"]}]}},"
            + "{\"fullUrl\":\"Patient/2\",\"resource\":{\"resourceType\":\"Patient\",\"id\":\"2\","
            + "\"name\":[{\"family\":\"MICHUE\",\"given\":[\"Anne\"]}]}}]}").getBytes(StandardCharsets.UTF_8);
    private static final byte[] SENT = ("{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"tracking-url\","
            + "\"valueString\":\"http://127.0.0.1/fhir/v3/Communication?based-on=CommunicationRequest/bench-1\"}]}")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] UNAUTHORIZED = outcome("login");
    private static final byte[] NOT_FOUND = outcome("not-found");

    private static byte[] outcome(String code) {
        return ("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"" + code
                + "\"}]}").getBytes(StandardCharsets.UTF_8);
    }

    /** A token request as the server saw it: epoch microseconds when its handling started and ended. */
    public record TokenCall(long startMicros, long endMicros) {
    }

    private final Server server;
    private final AtomicLong tokenSequence = new AtomicLong();
    private final ConcurrentLinkedQueue<TokenCall> tokenCalls = new ConcurrentLinkedQueue<>();
    private volatile long expiresInSeconds = 3600;
    private volatile long tokenDelayMillis;

    private BenchServer(int apiPort, int tokenPort) throws Exception {
        // Enough threads for 64 callers plus token requests held by tokenDelayMillis
        QueuedThreadPool threads = new QueuedThreadPool(256, 8);
        threads.setName("bench-server");
        server = new Server(threads);
        server.addConnector(connector(apiPort));
        server.addConnector(connector(tokenPort));
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                route(request, response, callback);
                return true;
            }
        });
        server.start();
    }

    private ServerConnector connector(int port) {
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.setAcceptQueueSize(256);
        return connector;
    }

    /**
     * Starts a server on two ports of 127.0.0.1, one for the API and one for the token endpoint, because Lifen has
     * two hosts. Port 0 picks a free one. Both ports serve every path.
     */
    public static BenchServer start(int apiPort, int tokenPort) throws Exception {
        return new BenchServer(apiPort, tokenPort);
    }

    public String apiBaseUrl() {
        return url(0);
    }

    public String tokenBaseUrl() {
        return url(1);
    }

    private String url(int connector) {
        return "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[connector]).getLocalPort();
    }

    /** Forgets the recorded token requests and sets the lifetime and delay of the next token replies. */
    public void reset(long expiresInSeconds, long tokenDelayMillis) {
        this.expiresInSeconds = expiresInSeconds;
        this.tokenDelayMillis = tokenDelayMillis;
        tokenCalls.clear();
    }

    public List<TokenCall> tokenCalls() {
        return List.copyOf(tokenCalls);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    private void route(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();

        if (path.equals(TOKEN_PATH) && method.equals("POST")) {
            token(request, response, callback);
        } else if (path.startsWith("/bench/")) {
            control(path, request, response, callback);
        } else if (!path.startsWith(API_PATH)) {
            Content.Source.consumeAll(request);
            reply(response, callback, 404, FHIR_JSON, NOT_FOUND);
        } else if (!hasBearer(request)) {
            Content.Source.consumeAll(request);
            reply(response, callback, 401, FHIR_JSON, UNAUTHORIZED);
        } else if (method.equals("GET") && path.startsWith(PATIENT_PREFIX)) {
            String id = path.substring(PATIENT_PREFIX.length());
            byte[] patient = ("{\"resourceType\":\"Patient\",\"id\":\"" + id + "\",\"name\":[{\"family\":\"MICHUE\","
                    + "\"given\":[\"Jean\"]}],\"birthDate\":\"1970-01-01\"}").getBytes(StandardCharsets.UTF_8);
            reply(response, callback, 200, FHIR_JSON, patient);
        } else if (method.equals("POST") && path.equals(API_PATH + "/Patient/_search")) {
            Content.Source.consumeAll(request);
            reply(response, callback, 200, FHIR_JSON, BUNDLE);
        } else if (method.equals("POST") && path.equals(API_PATH + "/CommunicationRequest/$send-to-ehr")) {
            // Read and dropped: only the client's cost of sending the document is measured
            Content.Source.consumeAll(request);
            reply(response, callback, 201, FHIR_JSON, SENT);
        } else {
            Content.Source.consumeAll(request);
            reply(response, callback, 404, FHIR_JSON, NOT_FOUND);
        }
    }

    private void token(Request request, Response response, Callback callback) throws Exception {
        long start = epochMicros();
        Content.Source.consumeAll(request);
        long delay = tokenDelayMillis;
        if (delay > 0) {
            // Stands in for a remote authorization server's round trip; it costs no CPU
            Thread.sleep(delay);
        }
        String body = "{\"access_token\":\"bench-" + tokenSequence.incrementAndGet() + "\",\"token_type\":\"Bearer\","
                + "\"expires_in\":" + expiresInSeconds + ",\"scope\":\"PATIENT_READ\"}";
        tokenCalls.add(new TokenCall(start, epochMicros()));
        reply(response, callback, 200, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private void control(String path, Request request, Response response, Callback callback) throws Exception {
        if (path.equals("/bench/reset")) {
            Fields query = Request.extractQueryParameters(request);
            reset(Long.parseLong(query.getValue("expiresIn")), Long.parseLong(query.getValue("tokenDelay")));
            reply(response, callback, 204, null, new byte[0]);
            return;
        }
        StringBuilder calls = new StringBuilder();
        for (TokenCall call : tokenCalls) {
            calls.append(call.startMicros()).append(' ').append(call.endMicros()).append('\n');
        }
        reply(response, callback, 200, "text/plain", calls.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean hasBearer(Request request) {
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        return authorization != null && authorization.startsWith("Bearer ");
    }

    private static void reply(Response response, Callback callback, int status, String contentType, byte[] body) {
        response.setStatus(status);
        if (contentType != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static long epochMicros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }

    /**
     * Runs the server until its standard input closes, so it stops with the driver that started it. Prints
     * {@code urls API TOKEN} once it listens.
     */
    public static void main(String[] args) throws Exception {
        try (BenchServer bench = start(0, 0)) {
            System.out.println("urls " + bench.apiBaseUrl() + " " + bench.tokenBaseUrl());
            System.out.flush();
            CountDownLatch stdinClosed = new CountDownLatch(1);
            Thread watcher = new Thread(() -> {
                try {
                    while (System.in.read() >= 0) {
                        // nothing to read; waiting for end of input
                    }
                } catch (IOException e) {
                    // a broken pipe means the driver is gone, same as end of input
                }
                stdinClosed.countDown();
            }, "bench-server-stdin");
            watcher.setDaemon(true);
            watcher.start();
            stdinClosed.await();
        }
    }
}
