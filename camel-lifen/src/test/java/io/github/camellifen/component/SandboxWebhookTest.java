package io.github.camellifen.component;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.github.camellifen.sandbox.LifenSandbox;
import io.github.camellifen.sandbox.SandboxSeedData;
import io.github.camellifen.sandbox.WebhookAttempt;
import io.github.camellifen.sandbox.WebhookBatch;
import io.github.camellifen.sandbox.WebhookFault;
import io.github.camellifen.sandbox.WebhookSubscription;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * lifen:webhook fed by the sandbox, which signs, batches and retries deliveries as Lifen does, while the route reads
 * the patient back from the same sandbox.
 */
class SandboxWebhookTest {

    private static final Duration DELIVERIES = Duration.ofSeconds(30);

    private final List<Exchange> routed = new CopyOnWriteArrayList<>();

    @TempDir
    Path temp;

    @Test
    void updatedPatientIsReadBack() throws Exception {
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0).start();
             WebhookReceiver receiver = new WebhookReceiver(apiOf(sandbox), readPatient())) {
            subscribe(sandbox, receiver);

            sandbox.webhooks().patientUpdated(SandboxSeedData.PATIENT_DUPRE_ID);

            assertThat(sandbox.webhooks().awaitDeliveries(DELIVERIES)).isTrue();
            assertThat(sandbox.webhooks().attempts()).singleElement().extracting(WebhookAttempt::status)
                    .isEqualTo(200);
            assertThat(routed).singleElement().satisfies(exchange -> {
                assertThat(exchange.getMessage().getHeader(LifenConstants.EVENT_TYPE)).isEqualTo("patient.updated");
                assertThat(exchange.getMessage().getBody(String.class)).contains("\"resourceType\":\"Patient\"",
                        SandboxSeedData.PATIENT_DUPRE_ID);
            });
        }
    }

    @Test
    void forgedFirstAttemptIsRetried() throws Exception {
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0).start();
             WebhookReceiver receiver = new WebhookReceiver(apiOf(sandbox), collect())) {
            subscribe(sandbox, receiver);
            sandbox.webhooks().injectIntoNextBatch(WebhookFault.WRONG_SIGNATURE);
            WebhookBatch wrong = sandbox.webhooks().patientUpdated(SandboxSeedData.PATIENT_MICHUE_ID);
            assertThat(sandbox.webhooks().awaitDeliveries(DELIVERIES)).isTrue();
            sandbox.webhooks().injectIntoNextBatch(WebhookFault.MISSING_SIGNATURE);
            WebhookBatch missing = sandbox.webhooks().patientUpdated(SandboxSeedData.PATIENT_MARTIN_ID);
            assertThat(sandbox.webhooks().awaitDeliveries(DELIVERIES)).isTrue();

            assertThat(sandbox.webhooks().attempts(wrong.notificationUuid())).extracting(WebhookAttempt::status)
                    .containsExactly(401, 200);
            assertThat(sandbox.webhooks().attempts(missing.notificationUuid())).extracting(WebhookAttempt::status)
                    .containsExactly(401, 200);
            assertThat(routed).extracting(exchange -> exchange.getMessage().getHeader(LifenConstants.RESOURCE_ID))
                    .containsExactly(SandboxSeedData.PATIENT_MICHUE_ID, SandboxSeedData.PATIENT_MARTIN_ID);
        }
    }

    @Test
    void duplicatesAreRoutedOnce() throws Exception {
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0).start();
             WebhookReceiver receiver = new WebhookReceiver(apiOf(sandbox), collect())) {
            subscribe(sandbox, receiver);

            sandbox.webhooks().injectIntoNextBatch(WebhookFault.DUPLICATE_BATCH);
            sandbox.webhooks().patientUpdated(SandboxSeedData.PATIENT_MICHUE_ID);
            assertThat(sandbox.webhooks().awaitDeliveries(DELIVERIES)).isTrue();
            sandbox.webhooks().injectIntoNextBatch(WebhookFault.DUPLICATE_EVENT);
            WebhookBatch repeating = sandbox.webhooks().patientUpdated(SandboxSeedData.PATIENT_MARTIN_ID);
            assertThat(sandbox.webhooks().awaitDeliveries(DELIVERIES)).isTrue();

            assertThat(repeating.eventUuids()).hasSize(2);
            assertThat(sandbox.webhooks().attempts()).allSatisfy(attempt -> assertThat(attempt.status())
                    .isEqualTo(200));
            assertThat(routed).extracting(exchange -> exchange.getMessage().getHeader(LifenConstants.RESOURCE_ID))
                    .containsExactly(SandboxSeedData.PATIENT_MICHUE_ID, SandboxSeedData.PATIENT_MARTIN_ID);
        }
    }

    @Test
    void slowRouteLosesAndRepeatsNothing() throws Exception {
        // The sandbox gives up on a reply after 1 s and retries, while the route still runs for 2 s
        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0)
                .webhookReplyTimeout(Duration.ofSeconds(1))
                .webhookRetrySchedule(List.of(Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(2),
                        Duration.ofSeconds(3), Duration.ofSeconds(4)))
                .webhookMaxRetryAfter(Duration.ofSeconds(1)).start();
             WebhookReceiver receiver = new WebhookReceiver(apiOf(sandbox).andThen(component -> component
                     .getConfiguration().setRetryAfter(1000)), slow(2000))) {
            subscribe(sandbox, receiver);

            WebhookBatch batch = sandbox.webhooks().patientUpdated(SandboxSeedData.PATIENT_MICHUE_ID);

            assertThat(sandbox.webhooks().awaitDeliveries(DELIVERIES)).isTrue();
            List<WebhookAttempt> attempts = sandbox.webhooks().attempts(batch.notificationUuid());
            assertThat(attempts.get(0).failure()).as(attempts.toString()).isNotNull();
            assertThat(attempts).as(attempts.toString()).extracting(WebhookAttempt::status).contains(429);
            assertThat(attempts.get(attempts.size() - 1).status()).as(attempts.toString()).isEqualTo(200);
            assertThat(routed).hasSize(1);
        }
    }

    @Test
    void restartBetweenDeliveryAndRetry() throws Exception {
        File store = temp.resolve("lifen-events.dat").toFile();
        Consumer<LifenComponent> shared = component -> component.getConfiguration()
                .setIdempotentRepository(FileIdempotentRepository.fileIdempotentRepository(store));

        try (LifenSandbox sandbox = LifenSandbox.builder().rateLimitPerSecond(0)
                .webhookReplyTimeout(Duration.ofSeconds(1))
                .webhookRetrySchedule(List.of(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3)))
                .start()) {
            WebhookReceiver first = new WebhookReceiver(apiOf(sandbox).andThen(shared), slow(1500));
            int port = first.port();
            subscribe(sandbox, first);

            // The first attempt times out at the sandbox while the route finishes the event, then the node stops
            WebhookBatch batch = sandbox.webhooks().patientUpdated(SandboxSeedData.PATIENT_MICHUE_ID);
            awaitRouted(1);
            first.close();

            try (WebhookReceiver restarted = new WebhookReceiver(port, apiOf(sandbox).andThen(shared), collect())) {
                assertThat(sandbox.webhooks().awaitDeliveries(DELIVERIES)).isTrue();

                List<WebhookAttempt> attempts = sandbox.webhooks().attempts(batch.notificationUuid());
                assertThat(attempts.get(0).failure()).as(attempts.toString()).isNotNull();
                assertThat(attempts.get(attempts.size() - 1).status()).as(attempts.toString()).isEqualTo(200);
                assertThat(routed).hasSize(1);
            }
        }
    }

    /** Points the component's producer at the sandbox, so routes can read what an event names. */
    private static Consumer<LifenComponent> apiOf(LifenSandbox sandbox) {
        return SandboxOperationsTest.sandboxConfiguration(sandbox);
    }

    private static void subscribe(LifenSandbox sandbox, WebhookReceiver receiver) {
        sandbox.webhooks().subscribe(WebhookSubscription.builder("http://127.0.0.1:" + receiver.port()
                + "/lifen/webhook", WebhookReceiver.SECRET).build());
    }

    private RouteBuilder readPatient() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("lifen:webhook").to("lifen:read/Patient").process(exchange -> routed.add(exchange.copy()));
            }
        };
    }

    private RouteBuilder collect() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("lifen:webhook").process(exchange -> routed.add(exchange.copy()));
            }
        };
    }

    private RouteBuilder slow(long millis) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("lifen:webhook").process(exchange -> {
                    Thread.sleep(millis);
                    routed.add(exchange.copy());
                });
            }
        };
    }

    private void awaitRouted(int count) throws InterruptedException {
        long deadline = System.nanoTime() + DELIVERIES.toNanos();
        while (routed.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(routed).hasSize(count);
    }
}
