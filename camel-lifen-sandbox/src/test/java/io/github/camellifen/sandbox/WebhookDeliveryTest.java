package io.github.camellifen.sandbox;

import static io.github.camellifen.sandbox.SandboxSeedData.PATIENT_DUPRE_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.PATIENT_DUPRE_IPP;
import static io.github.camellifen.sandbox.SandboxSeedData.PATIENT_MICHUE_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.PATIENT_MICHUE_IPP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camellifen.sandbox.WebhookReceiver.Received;
import io.github.camellifen.sandbox.WebhookReceiver.Reply;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WebhookDeliveryTest {

    private static final String SECRET = "webhook-test-secret";
    private static final String WEBHOOK_ID = "4b1c0a4e-0d7f-4c55-9a53-2f3e1c1d2b3a";
    private static final List<Duration> SCHEDULE =
            List.of(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(150));
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(1);
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static final WebhookReceiver RECEIVER = WebhookReceiver.start();

    @RegisterExtension
    static LifenSandboxExtension extension = new LifenSandboxExtension(LifenSandbox.builder()
            .webhookRetrySchedule(SCHEDULE)
            .webhookReplyTimeout(Duration.ofMillis(500))
            .webhookMaxRetryAfter(MAX_RETRY_AFTER));

    private SandboxWebhooks webhooks;

    @BeforeEach
    void subscribe(LifenSandbox sandbox) {
        sandbox.reset();
        RECEIVER.clear();
        webhooks = sandbox.webhooks();
        webhooks.subscribe(subscription(RECEIVER.url()));
    }

    @AfterAll
    static void stopReceiver() {
        RECEIVER.close();
    }

    @Test
    void batchIsSignedOverRawBody() throws Exception {
        WebhookBatch batch = webhooks.patientUpdated(PATIENT_MICHUE_ID, PATIENT_MICHUE_IPP);

        assertThat(webhooks.awaitDeliveries(WAIT)).isTrue();
        assertThat(RECEIVER.requests()).hasSize(1);
        Received received = RECEIVER.requests().get(0);
        assertThat(received.body()).isEqualTo(batch.bodyBytes());
        assertThat(received.header(SandboxWebhooks.SIGNATURE_HEADER))
                .isEqualTo(WebhookReceiver.hmacSha256Hex(SECRET, received.body()))
                .matches("[0-9a-f]{64}");
        assertThat(received.header("Content-Type")).isEqualTo("application/json");
        assertThat(received.header(SandboxWebhooks.EVENT_TYPE_HEADER)).isEqualTo("patient.updated");
        assertThat(received.header(SandboxWebhooks.DATABASE_REFERENCE_HEADER))
                .isEqualTo(LifenSandbox.DEFAULT_DATABASE_REFERENCE);
        assertThat(SandboxWebhooks.sign(SECRET, received.body()))
                .isEqualTo(received.header(SandboxWebhooks.SIGNATURE_HEADER));
    }

    @Test
    void batchHasLifenEnvelope() throws Exception {
        WebhookBatch batch = webhooks.publish(WebhookEventType.PATIENT_UPDATED, List.of(
                WebhookEventDetails.patientUpdated(PATIENT_MICHUE_ID, PATIENT_MICHUE_IPP),
                WebhookEventDetails.patientUpdated(PATIENT_DUPRE_ID, PATIENT_DUPRE_IPP)));

        assertThat(webhooks.awaitDeliveries(WAIT)).isTrue();
        JsonNode body = RECEIVER.requests().get(0).json();
        assertThat(fieldNames(body)).containsExactly("notification-uuid", "events");
        assertThat(body.get("notification-uuid").asText()).isEqualTo(batch.notificationUuid());
        assertThat(UUID.fromString(batch.notificationUuid())).isNotNull();
        assertThat(body.get("events")).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonNode event = body.get("events").get(i);
            assertThat(fieldNames(event)).containsExactly("event-uuid", "webhook-id", "event-type",
                    "database-reference", "timestamp", "event-details");
            assertThat(event.get("event-uuid").asText()).isEqualTo(batch.eventUuids().get(i));
            assertThat(event.get("webhook-id").asText()).isEqualTo(WEBHOOK_ID);
            assertThat(event.get("event-type").asText()).isEqualTo("patient.updated");
            assertThat(event.get("database-reference").asText()).isEqualTo(LifenSandbox.DEFAULT_DATABASE_REFERENCE);
            assertThat(event.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            assertThat(Instant.parse(event.get("timestamp").asText())).isEqualTo(batch.events().get(i).timestamp());
        }
        assertThat(batch.eventUuids()).doesNotHaveDuplicates();
        assertThat(body.at("/events/0/event-details/patient-id").asText()).isEqualTo(PATIENT_MICHUE_ID);
        assertThat(body.at("/events/0/event-details/patient-ipp").asText()).isEqualTo(PATIENT_MICHUE_IPP);
        assertThat(body.at("/events/1/event-details/patient-id").asText()).isEqualTo(PATIENT_DUPRE_ID);
        assertThat(webhooks.publishedBatches()).containsExactly(batch);
    }

    @Test
    void mergedAndEncounterDetails() throws Exception {
        webhooks.patientMerged(PATIENT_DUPRE_ID, PATIENT_DUPRE_IPP, PATIENT_MICHUE_ID, PATIENT_MICHUE_IPP);
        assertThat(webhooks.awaitDeliveries(WAIT)).isTrue();
        webhooks.encounterCreated(SandboxSeedData.ENCOUNTER_MICHUE_ID, "in-progress", PATIENT_MICHUE_ID,
                List.of("UF-1201", "UF-3400"));
        assertThat(webhooks.awaitDeliveries(WAIT)).isTrue();

        List<Received> requests = RECEIVER.requests();
        assertThat(requests).hasSize(2);
        JsonNode merged = requests.get(0).json().at("/events/0/event-details");
        assertThat(fieldNames(merged)).containsExactly("source-patient-id", "source-patient-ipp",
                "target-patient-id", "target-patient-ipp");
        assertThat(merged.get("source-patient-id").asText()).isEqualTo(PATIENT_DUPRE_ID);
        assertThat(merged.get("target-patient-ipp").asText()).isEqualTo(PATIENT_MICHUE_IPP);
        assertThat(requests.get(0).header(SandboxWebhooks.EVENT_TYPE_HEADER)).isEqualTo("patient.merged");

        JsonNode encounter = requests.get(1).json().at("/events/0/event-details");
        assertThat(fieldNames(encounter)).containsExactly("encounter-id", "encounter-status", "patient-id",
                "functional-units");
        assertThat(encounter.get("encounter-id").asText()).isEqualTo(SandboxSeedData.ENCOUNTER_MICHUE_ID);
        assertThat(encounter.get("encounter-status").asText()).isEqualTo("in-progress");
        assertThat(encounter.get("functional-units").isArray()).isTrue();
        assertThat(encounter.get("functional-units").get(1).asText()).isEqualTo("UF-3400");
        assertThat(requests.get(1).header(SandboxWebhooks.EVENT_TYPE_HEADER)).isEqualTo("encounter.created");
    }

    @Test
    void patientUpdatedReadsIppFromStore() throws Exception {
        WebhookBatch batch = webhooks.patientUpdated(PATIENT_DUPRE_ID);

        assertThat(batch.events().get(0).details()).containsEntry("patient-id", PATIENT_DUPRE_ID)
                .containsEntry("patient-ipp", PATIENT_DUPRE_IPP);
        assertThatThrownBy(() -> webhooks.patientUpdated("unknown-patient"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown-patient");
        assertThat(webhooks.awaitDeliveries(WAIT)).isTrue();
    }

    @Test
    void serverErrorRetriedOnSchedule() throws Exception {
        RECEIVER.replyNext(Reply.status(500), Reply.status(503));

        WebhookBatch batch = webhooks.patientUpdated(PATIENT_MICHUE_ID, PATIENT_MICHUE_IPP);

        assertThat(webhooks.awaitDeliveries(WAIT)).isTrue();
        List<WebhookAttempt> attempts = webhooks.attempts(batch.notificationUuid());
        assertThat(attempts).extracting(WebhookAttempt::attempt).containsExactly(1, 2, 3);
        assertThat(attempts).extracting(WebhookAttempt::status).containsExactly(500, 503, 200);
        assertThat(attempts).extracting(WebhookAttempt::retryDelay)
                .containsExactly(SCHEDULE.get(0), SCHEDULE.get(1), null);
        assertThat(attempts.get(2).succeeded()).isTrue();
        assertThat(attempts.get(0).eventUuids()).isEqualTo(batch.eventUuids());
        assertThat(Duration.between(attempts.get(0).sentAt(), attempts.get(1).sentAt()))
                .isGreaterThanOrEqualTo(SCHEDULE.get(0));
        assertThat(RECEIVER.requests()).hasSize(3)
                .allSatisfy(received -> assertThat(received.body()).isEqualTo(batch.bodyBytes()));
        assertThat(webhooks.isSuspended()).isFalse();
    }

    @Test
    void timeoutRetried() throws Exception {
        RECEIVER.replyNext(Reply.delayed(Duration.ofSeconds(3)));

        WebhookBatch batch = webhooks.patientUpdated(PATIENT_MICHUE_ID, PATIENT_MICHUE_IPP);

        assertThat(webhooks.awaitDeliveries(WAIT)).isTrue();
        List<WebhookAttempt> attempts = webhooks.attempts(batch.notificationUuid());
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).status()).isZero();
        assertThat(attempts.get(0).failure()).contains("timed out");
        assertThat(attempts.get(0).retryDelay()).isEqualTo(SCHEDULE.get(0));
        assertThat(attempts.get(1).status()).isEqualTo(200);
        assertThat(attempts.get(1).failure()).isNull();
    }

    @Test
    void tooManyRequestsHonoursRetryAfter() throws Exception {
        RECEIVER.replyNext(Reply.tooManyRequests("1"));

        WebhookBatch batch = webhooks.patientUpdated(PATIENT_MICHUE_ID, PATIENT_MICHUE_IPP);

        assertThat(webhooks.awaitDeliveries(WAIT)).isTrue();
        List<WebhookAttempt> attempts = webhooks.attempts(batch.notificationUuid());
        assertThat(attempts).extracting(WebhookAttempt::status).containsExactly(429, 200);
        assertThat(attempts.get(0).retryDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(Duration.between(attempts.get(0).sentAt(), attempts.get(1).sentAt()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void longRetryAfterIsCapped() throws Exception {
        RECEIVER.replyNext(Reply.tooManyRequests("3600"), Reply.tooManyRequests("soon"));

        WebhookBatch batch = webhooks.patientUpdated(PATIENT_MICHUE_ID, PATIENT_MICHUE_IPP);

        assertThat(webhooks.awaitDeliveries(WAIT)).isTrue();
        List<WebhookAttempt> attempts = webhooks.attempts(batch.notificationUuid());
        assertThat(attempts).extracting(WebhookAttempt::status).containsExactly(429, 429, 200);
        assertThat(attempts.get(0).retryDelay()).isEqualTo(MAX_RETRY_AFTER);
        assertThat(attempts.get(1).retryDelay()).as("unparsable Retry-After falls back to the schedule")
                .isEqualTo(SCHEDULE.get(1));
    }

    @Test
    void exhaustedScheduleSuspends() throws Exception {
        RECEIVER.replyNext(Reply.status(500), Reply.status(500), Reply.status(500), Reply.status(500));

        WebhookBatch batch = webhooks.patientUpdated(PATIENT_MICHUE_ID, PATIENT_MICHUE_IPP);

        assertThat(webhooks.awaitDeliveries(WAIT)).isTrue();
        List<WebhookAttempt> attempts = webhooks.attempts(batch.notificationUuid());
        assertThat(attempts).extracting(WebhookAttempt::attempt).containsExactly(1, 2, 3, 4);
        assertThat(attempts).noneMatch(WebhookAttempt::succeeded);
        assertThat(attempts.get(3).retryDelay()).isNull();
        assertThat(webhooks.isSuspended()).isTrue();
        assertThatThrownBy(() -> webhooks.patientUpdated(PATIENT_MICHUE_ID, PATIENT_MICHUE_IPP))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("suspended");

        webhooks.resume();
        WebhookBatch afterResume = webhooks.patientUpdated(PATIENT_MICHUE_ID, PATIENT_MICHUE_IPP);

        assertThat(webhooks.awaitDeliveries(WAIT)).isTrue();
        assertThat(webhooks.attempts(afterResume.notificationUuid())).singleElement()
                .satisfies(attempt -> assertThat(attempt.succeeded()).isTrue());
        assertThat(webhooks.isSuspended()).isFalse();
    }

    @Test
    void refusedConnectionRetriedThenSuspends() throws Exception {
        webhooks.subscribe(subscription("http://127.0.0.1:" + closedPort() + "/lifen/webhook"));

        WebhookBatch batch = webhooks.patientUpdated(PATIENT_MICHUE_ID, PATIENT_MICHUE_IPP);

        assertThat(webhooks.awaitDeliveries(WAIT)).isTrue();
        List<WebhookAttempt> attempts = webhooks.attempts(batch.notificationUuid());
        assertThat(attempts).hasSize(1 + SCHEDULE.size());
        assertThat(attempts).allSatisfy(attempt -> {
            assertThat(attempt.status()).isZero();
            assertThat(attempt.failure()).isNotBlank();
        });
        assertThat(webhooks.isSuspended()).isTrue();
    }

    @Test
    void suspensionDropsRetriesOfOtherBatches() throws Exception {
        // A long reply timeout lets the receiver hold the first batch while the second one uses up its retries.
        try (LifenSandbox sandbox = LifenSandbox.builder()
                .webhookRetrySchedule(SCHEDULE)
                .webhookReplyTimeout(Duration.ofSeconds(30))
                .webhookSubscription(subscription(RECEIVER.url()))
                .start()) {
            SandboxWebhooks separate = sandbox.webhooks();
            CountDownLatch release = new CountDownLatch(1);
            RECEIVER.replyNext(Reply.heldUntil(release, 500));
            WebhookBatch first = separate.patientUpdated(PATIENT_MICHUE_ID, PATIENT_MICHUE_IPP);
            waitUntil(() -> RECEIVER.requests().size() == 1);

            RECEIVER.replyNext(Reply.status(500), Reply.status(500), Reply.status(500), Reply.status(500));
            WebhookBatch second = separate.patientUpdated(PATIENT_DUPRE_ID, PATIENT_DUPRE_IPP);
            waitUntil(separate::isSuspended);
            release.countDown();

            assertThat(separate.awaitDeliveries(WAIT)).isTrue();
            assertThat(separate.attempts(second.notificationUuid())).hasSize(1 + SCHEDULE.size());
            assertThat(separate.attempts(first.notificationUuid())).singleElement().satisfies(attempt -> {
                assertThat(attempt.status()).isEqualTo(500);
                assertThat(attempt.retryDelay()).as("retry planned, then dropped").isEqualTo(SCHEDULE.get(0));
            });
            assertThat(RECEIVER.requests()).hasSize(1 + 1 + SCHEDULE.size());
        }
    }

    @Test
    void wrongSignatureThenSignedRetry() throws Exception {
        RECEIVER.verifySignatures(SECRET);
        webhooks.injectIntoNextBatch(WebhookFault.WRONG_SIGNATURE);

        WebhookBatch batch = webhooks.patientUpdated(PATIENT_MICHUE_ID, PATIENT_MICHUE_IPP);

        assertThat(webhooks.awaitDeliveries(WAIT)).isTrue();
        List<WebhookAttempt> attempts = webhooks.attempts(batch.notificationUuid());
        assertThat(attempts).extracting(WebhookAttempt::status).containsExactly(401, 200);
        assertThat(attempts).extracting(WebhookAttempt::fault).containsExactly(WebhookFault.WRONG_SIGNATURE, null);
        List<Received> requests = RECEIVER.requests();
        assertThat(requests.get(0).header(SandboxWebhooks.SIGNATURE_HEADER)).matches("[0-9a-f]{64}")
                .isNotEqualTo(WebhookReceiver.hmacSha256Hex(SECRET, batch.bodyBytes()));
        assertThat(requests.get(1).header(SandboxWebhooks.SIGNATURE_HEADER))
                .isEqualTo(WebhookReceiver.hmacSha256Hex(SECRET, batch.bodyBytes()));
        assertThat(requests.get(0).body()).isEqualTo(requests.get(1).body());
    }

    @Test
    void missingSignatureThenSignedRetry() throws Exception {
        RECEIVER.verifySignatures(SECRET);
        webhooks.injectIntoNextBatch(WebhookFault.MISSING_SIGNATURE);

        WebhookBatch batch = webhooks.patientUpdated(PATIENT_MICHUE_ID, PATIENT_MICHUE_IPP);

        assertThat(webhooks.awaitDeliveries(WAIT)).isTrue();
        assertThat(webhooks.attempts(batch.notificationUuid())).extracting(WebhookAttempt::status)
                .containsExactly(401, 200);
        List<Received> requests = RECEIVER.requests();
        assertThat(requests.get(0).header(SandboxWebhooks.SIGNATURE_HEADER)).isNull();
        assertThat(requests.get(0).header(SandboxWebhooks.EVENT_TYPE_HEADER)).isEqualTo("patient.updated");
        assertThat(requests.get(1).header(SandboxWebhooks.SIGNATURE_HEADER))
                .isEqualTo(WebhookReceiver.hmacSha256Hex(SECRET, batch.bodyBytes()));
    }

    @Test
    void faultAppliesToNextBatchOnly() throws Exception {
        RECEIVER.verifySignatures(SECRET);
        webhooks.injectIntoNextBatch(WebhookFault.MISSING_SIGNATURE);

        webhooks.patientUpdated(PATIENT_MICHUE_ID, PATIENT_MICHUE_IPP);
        assertThat(webhooks.awaitDeliveries(WAIT)).isTrue();
        WebhookBatch second = webhooks.patientUpdated(PATIENT_DUPRE_ID, PATIENT_DUPRE_IPP);
        assertThat(webhooks.awaitDeliveries(WAIT)).isTrue();

        assertThat(webhooks.attempts(second.notificationUuid())).singleElement().satisfies(attempt -> {
            assertThat(attempt.status()).isEqualTo(200);
            assertThat(attempt.fault()).isNull();
        });
    }

    @Test
    void duplicateBatchDeliveredAgainAfterSuccess() throws Exception {
        webhooks.injectIntoNextBatch(WebhookFault.DUPLICATE_BATCH);

        WebhookBatch batch = webhooks.patientUpdated(PATIENT_MICHUE_ID, PATIENT_MICHUE_IPP);

        assertThat(webhooks.awaitDeliveries(WAIT)).isTrue();
        List<Received> requests = RECEIVER.requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).body()).isEqualTo(requests.get(0).body()).isEqualTo(batch.bodyBytes());
        assertThat(requests.get(1).header(SandboxWebhooks.SIGNATURE_HEADER))
                .isEqualTo(requests.get(0).header(SandboxWebhooks.SIGNATURE_HEADER));
        List<WebhookAttempt> attempts = webhooks.attempts(batch.notificationUuid());
        assertThat(attempts).extracting(WebhookAttempt::attempt).containsExactly(1, 1);
        assertThat(attempts).extracting(WebhookAttempt::fault).containsExactly(null, WebhookFault.DUPLICATE_BATCH);
        assertThat(attempts).allMatch(WebhookAttempt::succeeded);
        assertThat(webhooks.publishedBatches()).hasSize(1);
    }

    @Test
    void duplicateBatchWaitsForSuccess() throws Exception {
        RECEIVER.replyNext(Reply.status(500));
        webhooks.injectIntoNextBatch(WebhookFault.DUPLICATE_BATCH);

        WebhookBatch batch = webhooks.patientUpdated(PATIENT_MICHUE_ID, PATIENT_MICHUE_IPP);

        assertThat(webhooks.awaitDeliveries(WAIT)).isTrue();
        assertThat(webhooks.attempts(batch.notificationUuid())).extracting(WebhookAttempt::status)
                .containsExactly(500, 200, 200);
        assertThat(RECEIVER.requests()).hasSize(3);
    }

    @Test
    void duplicateEventInLaterBatch() throws Exception {
        WebhookBatch first = webhooks.patientUpdated(PATIENT_MICHUE_ID, PATIENT_MICHUE_IPP);
        webhooks.injectIntoNextBatch(WebhookFault.DUPLICATE_EVENT);

        WebhookBatch second = webhooks.patientUpdated(PATIENT_DUPRE_ID, PATIENT_DUPRE_IPP);

        assertThat(webhooks.awaitDeliveries(WAIT)).isTrue();
        assertThat(second.notificationUuid()).isNotEqualTo(first.notificationUuid());
        assertThat(second.eventUuids()).hasSize(2);
        assertThat(second.eventUuids().get(1)).isEqualTo(first.eventUuids().get(0));
        assertThat(second.events().get(1)).isEqualTo(first.events().get(0));
        JsonNode received = receivedBatch(second.notificationUuid());
        assertThat(received.at("/events/1/event-uuid").asText()).isEqualTo(first.eventUuids().get(0));
        assertThat(received.at("/events/1/event-details/patient-id").asText()).isEqualTo(PATIENT_MICHUE_ID);
        assertThat(received.at("/events/0/event-details/patient-id").asText()).isEqualTo(PATIENT_DUPRE_ID);
        assertThat(webhooks.attempts(second.notificationUuid())).extracting(WebhookAttempt::fault)
                .containsExactly(WebhookFault.DUPLICATE_EVENT);
    }

    @Test
    void duplicateEventWaitsForEarlierEvent() throws Exception {
        webhooks.patientUpdated(PATIENT_MICHUE_ID, PATIENT_MICHUE_IPP);
        webhooks.injectIntoNextBatch(WebhookFault.DUPLICATE_EVENT);

        WebhookBatch firstEncounter = webhooks.encounterCreated(SandboxSeedData.ENCOUNTER_MICHUE_ID, "in-progress",
                PATIENT_MICHUE_ID, List.of());
        WebhookBatch secondEncounter = webhooks.encounterCreated(SandboxSeedData.ENCOUNTER_DUPRE_ID, "finished",
                PATIENT_DUPRE_ID, List.of());

        assertThat(webhooks.awaitDeliveries(WAIT)).isTrue();
        assertThat(firstEncounter.events()).hasSize(1);
        assertThat(secondEncounter.eventUuids()).containsExactly(secondEncounter.eventUuids().get(0),
                firstEncounter.eventUuids().get(0));
    }

    @Test
    void publishNeedsSubscriptionToType() {
        webhooks.subscribe(WebhookSubscription.builder(RECEIVER.url(), SECRET)
                .eventTypes(WebhookEventType.ENCOUNTER_CREATED)
                .build());

        assertThatThrownBy(() -> webhooks.patientUpdated(PATIENT_MICHUE_ID, PATIENT_MICHUE_IPP))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("patient.updated");

        webhooks.unsubscribe();

        assertThat(webhooks.subscription()).isEmpty();
        assertThatThrownBy(() -> webhooks.encounterCreated("e", "in-progress", "p", List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No webhook subscription");
        assertThatThrownBy(() -> webhooks.publish(WebhookEventType.PATIENT_UPDATED, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(webhooks.publishedBatches()).isEmpty();
    }

    @Test
    void awaitDeliveriesTimesOutWhileReceiverHolds() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RECEIVER.replyNext(Reply.heldUntil(release, 200));

        webhooks.patientUpdated(PATIENT_MICHUE_ID, PATIENT_MICHUE_IPP);

        // The held attempt ends when released or after the 500 ms reply timeout, so not within 100 ms.
        assertThat(webhooks.awaitDeliveries(Duration.ofMillis(100))).isFalse();
        release.countDown();
        assertThat(webhooks.awaitDeliveries(WAIT)).isTrue();
    }

    @Test
    void resetForgetsAttemptsAndStopsDeliveries() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RECEIVER.replyNext(Reply.heldUntil(release, 200));
        webhooks.injectIntoNextBatch(WebhookFault.DUPLICATE_BATCH);
        webhooks.patientUpdated(PATIENT_MICHUE_ID, PATIENT_MICHUE_IPP);
        webhooks.injectIntoNextBatch(WebhookFault.MISSING_SIGNATURE);

        extension.sandbox().reset();

        assertThat(webhooks.awaitDeliveries(Duration.ZERO)).isTrue();
        assertThat(webhooks.attempts()).isEmpty();
        assertThat(webhooks.publishedBatches()).isEmpty();
        assertThat(webhooks.subscription()).isPresent();
        release.countDown();

        RECEIVER.verifySignatures(SECRET);
        WebhookBatch afterReset = webhooks.patientUpdated(PATIENT_DUPRE_ID, PATIENT_DUPRE_IPP);
        assertThat(webhooks.awaitDeliveries(WAIT)).isTrue();
        assertThat(webhooks.attempts()).as("the queued fault was forgotten")
                .extracting(WebhookAttempt::notificationUuid, WebhookAttempt::status, WebhookAttempt::fault)
                .containsExactly(tuple(afterReset.notificationUuid(), 200, null));
    }

    private static WebhookSubscription subscription(String url) {
        return WebhookSubscription.builder(url, SECRET).webhookId(WEBHOOK_ID).build();
    }

    private static JsonNode receivedBatch(String notificationUuid) {
        return RECEIVER.requests().stream()
                .map(Received::json)
                .filter(json -> json.get("notification-uuid").asText().equals(notificationUuid))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No batch " + notificationUuid + " received"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within " + WAIT);
            }
            Thread.sleep(10);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
