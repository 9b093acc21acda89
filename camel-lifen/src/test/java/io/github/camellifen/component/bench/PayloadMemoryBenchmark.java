package io.github.camellifen.component.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.github.camellifen.component.LifenComponent;
import io.github.camellifen.component.LifenConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Prints the bytes allocated and the peak heap per send of a 15 MB document: lifen:send-to-ehr, which streams the
 * base64 payload from the file, against building the same Parameters JSON in memory and posting it. Both go to a
 * loopback server that discards the body, so the client side is what is measured. A benchmark, not a test: run
 * it with the command in src-docs/benchmarks.adoc and read the numbers.
 */
public final class PayloadMemoryBenchmark {

    private static final int DOCUMENT_BYTES = 15 * 1024 * 1024;
    private static final int ROUNDS = 5;

    private PayloadMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path document = writeDocument();
        HttpServer server = discardingServer();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        System.out.printf("document: %d bytes, max heap: %d MB, rounds: %d%n", Files.size(document),
                Runtime.getRuntime().maxMemory() >> 20, ROUNDS);

        try (CamelContext camel = lifenContext(base)) {
            measure("lifen:send-to-ehr (streamed from the file)", () -> {
                Exchange exchange = camel.createProducerTemplate().send("lifen:send-to-ehr?subject=Patient/1",
                        e -> e.getMessage().setBody(document.toFile()));
                if (exchange.getException() != null) {
                    throw exchange.getException();
                }
            });
        }

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        measure("payload built in memory, then posted", () -> postInMemory(client, base, document));

        server.stop(0);
        System.exit(0);
    }

    private interface Send {
        void run() throws Exception;
    }

    private static void measure(String name, Send send) throws Exception {
        send.run();
        List<Long> allocated = new ArrayList<>();
        List<Long> peaks = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            System.gc();
            resetPeaks();
            long before = allocatedBytes();
            send.run();
            allocated.add(allocatedBytes() - before);
            peaks.add(heapPeak());
        }
        Collections.sort(allocated);
        Collections.sort(peaks);
        System.out.printf("%-46s allocated per send: median %6.1f MB (min %.1f, max %.1f); "
                + "peak heap: median %6.1f MB%n",
                name, mb(allocated.get(ROUNDS / 2)), mb(allocated.get(0)), mb(allocated.get(ROUNDS - 1)),
                mb(peaks.get(ROUNDS / 2)));
    }

    private static void postInMemory(HttpClient client, String base, Path document) throws Exception {
        byte[] content = Files.readAllBytes(document);
        ObjectNode parameters = new ObjectMapper().createObjectNode().put("resourceType", "Parameters");
        ObjectNode payload = parameters.putArray("parameter").addObject().put("name", "payload");
        payload.put("valueString", Base64.getEncoder().encodeToString(content));
        byte[] body = parameters.toString().getBytes(StandardCharsets.UTF_8);

        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/fhir/v3/CommunicationRequest/$send-to-ehr"))
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        client.send(request, HttpResponse.BodyHandlers.discarding());
    }

    /** Sums what every live thread allocated; the HTTP client writes the body on its own threads. */
    private static long allocatedBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return Arrays.stream(threads.getThreadAllocatedBytes(threads.getAllThreadIds())).filter(b -> b > 0).sum();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static Path writeDocument() throws IOException {
        Path file = Files.createTempFile("lifen-benchmark", ".pdf");
        file.toFile().deleteOnExit();
        byte[] bytes = new byte[DOCUMENT_BYTES];
        new Random(7).nextBytes(bytes);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        return Files.write(file, bytes);
    }

    private static CamelContext lifenContext(String base) {
        LifenComponent component = new LifenComponent();
        LifenConfiguration config = component.getConfiguration();
        config.setApiBaseUrl(base + "/fhir/v3");
        config.setTokenUrl(base + "/oauth/token");
        config.setAudience("https://benchmark.platform-apis/");
        config.setClientId("benchmark");
        config.setClientSecret("benchmark-secret");
        config.setDatabaseReference("benchmark-db");
        CamelContext camel = new DefaultCamelContext();
        camel.addComponent("lifen", component);
        camel.start();
        return camel;
    }

    /** Replies to a token request with a token, and to any other with 201 after reading and dropping its body. */
    private static HttpServer discardingServer() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/", exchange -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = exchange.getRequestBody()) {
                while (in.read(buffer) >= 0) {
                    // dropped: only the client's cost is measured
                }
            }
            byte[] reply = exchange.getRequestURI().getPath().endsWith("/token")
                    ? "{\"access_token\":\"bench\",\"token_type\":\"Bearer\",\"expires_in\":3600}".getBytes()
                    : "{\"resourceType\":\"Parameters\",\"parameter\":[]}".getBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().endsWith("/token") ? 200 : 201,
                    reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
        return server;
    }
}
