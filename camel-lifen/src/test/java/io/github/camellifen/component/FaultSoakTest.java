package io.github.camellifen.component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camellifen.sandbox.FaultInjection;
import io.github.camellifen.sandbox.LifenSandbox;
import io.github.camellifen.sandbox.LifenSandboxExtension;
import io.github.camellifen.sandbox.ReceivedDocument;
import io.github.camellifen.sandbox.SandboxSeedData;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded soak on loopback: 16 concurrent producers read, search and send for {@code lifen.soak.seconds}
 * (default 30) against a sandbox whose tokens live 5 s and which injects 401s, 429s, 500s, slow replies and reset
 * connections. Every exchange must end either done or in the dead letter endpoint with its exception, no document
 * may arrive twice, and the token requests must stay near the run time divided by the token lifetime. It prints
 * the counts.
 */
class FaultSoakTest {

    private static final int PRODUCERS = 16;
    private static final Duration TOKEN_LIFETIME = Duration.ofSeconds(5);
    private static final long RUN_SECONDS = Long.getLong("lifen.soak.seconds", 30);
    private static final String[] ROUTES = {"direct:send", "direct:read", "direct:search"};

    @RegisterExtension
    static final LifenSandboxExtension SANDBOX = new LifenSandboxExtension(LifenSandbox.builder()
            .rateLimitPerSecond(10)
            .tokenLifetime(TOKEN_LIFETIME)
            .faultInjection(FaultInjection.builder()
                    .unauthorized(0.03)
                    .tooManyRequests(0.05)
                    .serverError(0.05)
                    .slow(0.05, Duration.ofMillis(300))
                    .resetBeforeProcessing(0.02)
                    .resetAfterProcessing(0.02)
                    .seed(7)
                    .build()));

    @Test
    void nothingLostNothingDuplicated() throws Exception {
        LifenSandbox sandbox = SANDBOX.sandbox();
        Map<String, Exception> dead = new ConcurrentHashMap<>();
        Map<String, Boolean> done = new ConcurrentHashMap<>();
        Map<String, String> sentDocuments = new ConcurrentHashMap<>();
        AtomicInteger started = new AtomicInteger();

        try (LifenTestContext lifen = new LifenTestContext(SandboxOperationsTest.sandboxConfiguration(sandbox)
                .andThen(c -> {
                    c.getConfiguration().setTokenRefreshMargin(500);
                    c.getConfiguration().setTokenRefreshAhead(500);
                    c.getConfiguration().setRetryDelay(50);
                    c.getConfiguration().setRequestTimeout(5000);
                }))) {
            lifen.camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    errorHandler(deadLetterChannel("direct:dead").useOriginalMessage());
                    from("direct:dead").process(e -> dead.put(e.getMessage().getHeader("SoakId", String.class),
                            e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)));
                    from("direct:read").to("lifen:read/Patient?resourceId=" + SandboxSeedData.PATIENT_MICHUE_ID);
                    from("direct:search").to("lifen:search/Encounter?search.patient=Patient/"
                            + SandboxSeedData.PATIENT_DUPRE_ID);
                    from("direct:send").to("lifen:send-to-ehr?subject=Patient/" + SandboxSeedData.PATIENT_MARTIN_ID);
                }
            });

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_SECONDS);
            ExecutorService producers = Executors.newFixedThreadPool(PRODUCERS);
            List<Future<?>> running = new ArrayList<>();
            for (int p = 0; p < PRODUCERS; p++) {
                running.add(producers.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        int n = started.incrementAndGet();
                        String id = "soak-" + n;
                        String route = ROUTES[n % ROUTES.length];
                        Exchange exchange = lifen.template.send(route, e -> {
                            e.getMessage().setHeader("SoakId", id);
                            if (route.equals("direct:send")) {
                                String pdf = "%PDF-1.4 soak document " + id;
                                sentDocuments.put(pdf, id);
                                e.getMessage().setBody(pdf.getBytes(StandardCharsets.US_ASCII));
                            }
                        });
                        if (!dead.containsKey(id) && exchange.getException() == null) {
                            done.put(id, true);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> producer : running) {
                producer.get(RUN_SECONDS + 120, TimeUnit.SECONDS);
            }
            producers.shutdown();
        }

        Map<String, Integer> arrivals = new HashMap<>();
        for (ReceivedDocument document : sandbox.receivedDocuments()) {
            arrivals.merge(new String(document.content(), StandardCharsets.US_ASCII), 1, Integer::sum);
        }
        long tokensExpected = RUN_SECONDS * 1000 / (TOKEN_LIFETIME.toMillis() - 1000);
        int unauthorized = sandbox.faultCount("unauthorized");
        System.out.printf("soak: %d s, %d exchanges, %d done, %d dead letters, %d documents sent, %d received; "
                        + "token requests %d (run time / usable token life: %d, injected 401s: %d); faults: 429 %d, "
                        + "500 %d, slow %d, reset before %d, reset after %d%n",
                RUN_SECONDS, started.get(), done.size(), dead.size(), sentDocuments.size(), arrivals.size(),
                sandbox.tokenRequestCount(), tokensExpected, unauthorized, sandbox.faultCount("too-many-requests"),
                sandbox.faultCount("server-error"), sandbox.faultCount("slow"), sandbox.faultCount("reset-before"),
                sandbox.faultCount("reset-after"));

        assertThat(done.size() + dead.size()).as("every exchange done or dead-lettered").isEqualTo(started.get());
        assertThat(dead.values()).as("dead letters carry their exception").doesNotContainNull();
        assertThat(arrivals.values()).as("no document arrives twice").allSatisfy(count -> assertThat(count).isOne());
        for (Map.Entry<String, String> sent : sentDocuments.entrySet()) {
            if (done.containsKey(sent.getValue())) {
                assertThat(arrivals).as("a sending reported done arrived").containsKey(sent.getKey());
            }
        }
        assertThat(sandbox.tokenRequestCount()).as("token requests")
                .isLessThanOrEqualTo((int) tokensExpected + unauthorized + 3);
    }
}
