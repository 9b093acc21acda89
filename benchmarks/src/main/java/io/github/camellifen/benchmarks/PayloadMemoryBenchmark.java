package io.github.camellifen.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camellifen.component.LifenComponent;
import io.github.camellifen.component.LifenConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Prints the bytes allocated and the peak heap per send of a 15 MB document: lifen:send-to-ehr, which streams the
 * base64 payload from the file, against building the same Parameters JSON in memory and posting it. Both go to the
 * {@link BenchServer}, which runs in another JVM and discards the body, so only the client side is measured. The
 * driver starts it in a JVM of its own with a small heap ({@code java -jar benchmarks.jar payload}); its arguments
 * are the base URLs of the server's API port and token port.
 */
public final class PayloadMemoryBenchmark {

    private static final int DOCUMENT_BYTES = 15 * 1024 * 1024;
    private static final int ROUNDS = 5;

    private PayloadMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: PayloadMemoryBenchmark <API base URL> <token base URL>; run it "
                    + "through java -jar benchmarks.jar payload, which starts the server");
        }
        String base = args[0];
        Path document = writeDocument();
        System.out.printf("document: %d bytes, max heap: %d MB, rounds: %d%n", Files.size(document),
                Runtime.getRuntime().maxMemory() >> 20, ROUNDS);

        try (CamelContext camel = lifenContext(base, args[1])) {
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
        long median = allocated.get(ROUNDS / 2);
        System.out.printf("%-46s allocated per send: median %6.1f MB (min %.1f, max %.1f), %.2f x the document; "
                + "peak heap: median %6.1f MB%n",
                name, mb(median), mb(allocated.get(0)), mb(allocated.get(ROUNDS - 1)),
                (double) median / DOCUMENT_BYTES, mb(peaks.get(ROUNDS / 2)));
    }

    private static void postInMemory(HttpClient client, String base, Path document) throws Exception {
        byte[] content = Files.readAllBytes(document);
        ObjectNode parameters = new ObjectMapper().createObjectNode().put("resourceType", "Parameters");
        ObjectNode payload = parameters.putArray("parameter").addObject().put("name", "payload");
        payload.put("valueString", Base64.getEncoder().encodeToString(content));
        byte[] body = parameters.toString().getBytes(StandardCharsets.UTF_8);

        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/fhir/v3/CommunicationRequest/$send-to-ehr"))
                .header("Content-Type", "application/fhir+json")
                .header("Authorization", ClientSettings.STATIC_TOKEN)
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

    private static CamelContext lifenContext(String base, String tokenBase) {
        LifenComponent component = new LifenComponent();
        LifenConfiguration config = component.getConfiguration();
        config.setApiBaseUrl(base + BenchServer.API_PATH);
        config.setTokenUrl(tokenBase + BenchServer.TOKEN_PATH);
        config.setAudience("https://benchmark.platform-apis/");
        config.setClientId("benchmark");
        config.setClientSecret("benchmark-secret");
        config.setDatabaseReference("benchmark-db");
        CamelContext camel = new DefaultCamelContext();
        camel.addComponent("lifen", component);
        camel.start();
        return camel;
    }
}
