package io.github.camellifen.component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.camellifen.sandbox.LifenSandbox;
import io.github.camellifen.sandbox.LifenSandboxExtension;
import io.github.camellifen.sandbox.SandboxSeedData;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A concurrent burst queues in the component instead of drawing 429 replies from a platform that limits at 10/s. */
class RateLimitTest {

    private static final int BURST = 200;

    @RegisterExtension
    static final LifenSandboxExtension SANDBOX = new LifenSandboxExtension(LifenSandbox.builder().rateLimitPerSecond(10));

    @Test
    void burstAcrossEndpointsGetsNo429() throws Exception {
        List<Exception> failures = new ArrayList<>();
        try (LifenTestContext lifen = new LifenTestContext(SandboxOperationsTest.sandboxConfiguration(SANDBOX.sandbox()))) {
            ExecutorService pool = Executors.newFixedThreadPool(10);
            List<Callable<Exchange>> calls = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                // Two endpoints with the same credentials share one limit
                String uri = i % 2 == 0 ? "lifen:read/Patient?resourceId=" + SandboxSeedData.PATIENT_MICHUE_ID
                        : "lifen:search/Encounter?search.patient=Patient/" + SandboxSeedData.PATIENT_DUPRE_ID;
                calls.add(() -> lifen.send(uri));
            }
            for (Future<Exchange> result : pool.invokeAll(calls)) {
                if (result.get().getException() != null) {
                    failures.add(result.get().getException());
                }
            }
            pool.shutdown();
        }

        assertThat(failures).isEmpty();
        assertThat(SANDBOX.sandbox().requestCount("/fhir/v3/Patient/" + SandboxSeedData.PATIENT_MICHUE_ID, 200))
                .isEqualTo(BURST / 2);
    }
}
