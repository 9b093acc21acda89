package io.github.camellifen.sandbox;

import io.github.camellifen.sandbox.fhir.FhirStore;
import io.github.camellifen.sandbox.fhir.PatientIdentifiers;
import io.github.camellifen.sandbox.webhook.BatchAssembler;
import io.github.camellifen.sandbox.webhook.DeliverySettings;
import io.github.camellifen.sandbox.webhook.WebhookDispatcher;
import io.github.camellifen.sandbox.webhook.WebhookSignatures;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.hl7.fhir.r4.model.Patient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhooks of a sandbox, from {@link LifenSandbox#webhooks()}: Lifen's platform webhooks sent to one
 * subscription on loopback, with Lifen's signature, headers, batching and retry pattern.
 *
 * <p>Each publish builds one batch, {@code {"notification-uuid": ..., "events": [...]}}, whose events share one
 * event type and database reference, and POSTs it as {@code application/json} from a sandbox thread, without
 * Lifen's delay of up to two minutes. The request carries:
 * <ul>
 * <li>{@value #SIGNATURE_HEADER}: HMAC-SHA256 of the exact body bytes keyed with the subscription's secret,
 * in lower-case hex (see {@link #sign(String, byte[])});</li>
 * <li>{@value #DATABASE_REFERENCE_HEADER} and {@value #EVENT_TYPE_HEADER}: the batch's database reference and
 * event type.</li>
 * </ul>
 *
 * <p>A reply other than 2xx, no reply within the reply timeout, or a connection failure is retried after the
 * next wait of the retry schedule; a 429 waits its {@code Retry-After} seconds instead, capped. When a batch
 * fails its last retry, the subscription is suspended: later publishes are rejected, and retries still planned
 * for other batches are dropped, until {@link #resume()}. {@link LifenSandbox.Builder#webhookRetrySchedule},
 * {@link LifenSandbox.Builder#webhookReplyTimeout} and {@link LifenSandbox.Builder#webhookMaxRetryAfter} set
 * the pattern.
 *
 * <p>A test typically publishes, waits, then asserts on what the receiver got and on {@link #attempts()}:
 * <pre>{@code
 * WebhookBatch batch = sandbox.webhooks().patientUpdated(SandboxSeedData.PATIENT_MICHUE_ID);
 * assertThat(sandbox.webhooks().awaitDeliveries(Duration.ofSeconds(10))).isTrue();
 * assertThat(sandbox.webhooks().attempts(batch.notificationUuid())).allMatch(WebhookAttempt::succeeded);
 * }</pre>
 *
 * <p>An update of a patient through API v2 ({@code PUT /fhir/v2/Patient/{id}}) publishes {@code patient.updated}
 * when the subscription is active and includes that type; otherwise the update raises no event. Every method is
 * thread-safe.
 */
public final class SandboxWebhooks {

    /** Header with the HMAC-SHA256 signature of the body, in lower-case hex. */
    public static final String SIGNATURE_HEADER = "x-lifen-platform-signature";
    /** Header with the database reference of the batch's events. */
    public static final String DATABASE_REFERENCE_HEADER = "x-lifen-platform-database-reference";
    /** Header with the event type of the batch's events. */
    public static final String EVENT_TYPE_HEADER = "x-lifen-platform-event-type";

    private static final Logger LOG = LoggerFactory.getLogger(SandboxWebhooks.class);

    private final FhirStore store;
    private final BatchAssembler assembler;
    private final WebhookDispatcher dispatcher;
    private final AtomicReference<WebhookSubscription> subscription;

    SandboxWebhooks(FhirStore store, Clock clock, DeliverySettings settings, WebhookSubscription subscription) {
        this.store = store;
        this.assembler = new BatchAssembler(clock);
        this.dispatcher = new WebhookDispatcher(settings);
        this.subscription = new AtomicReference<>(subscription);
        if (subscription != null) {
            logSubscription(subscription);
        }
    }

    /**
     * Computes the {@value #SIGNATURE_HEADER} value of a body, as a receiver checks it.
     *
     * @param secret the webhook secret
     * @param body the raw body bytes, exactly as received
     * @return HMAC-SHA256 of the body keyed with the UTF-8 bytes of the secret, as 64 lower-case hex digits
     */
    public static String sign(String secret, byte[] body) {
        return WebhookSignatures.sign(secret, body);
    }

    /**
     * Sets the subscription that receives the batches published from now on, replacing any earlier one, for
     * example once a receiver has started on a free port. The new subscription starts active. Batches published
     * before go on to the subscription they were published for.
     *
     * @param webhookSubscription the subscription
     */
    public void subscribe(WebhookSubscription webhookSubscription) {
        Objects.requireNonNull(webhookSubscription, "webhookSubscription");
        subscription.set(webhookSubscription);
        logSubscription(webhookSubscription);
    }

    /** Removes the subscription, so that publishes are rejected and data changes raise no event. */
    public void unsubscribe() {
        subscription.set(null);
    }

    /**
     * Returns the current subscription.
     *
     * @return the subscription, or empty if none is set
     */
    public Optional<WebhookSubscription> subscription() {
        return Optional.ofNullable(subscription.get());
    }

    /**
     * Tells whether the current subscription is suspended, because a batch failed its last retry.
     *
     * @return true if suspended, false if active or if there is no subscription
     */
    public boolean isSuspended() {
        return dispatcher.isSuspended(subscription.get());
    }

    /** Lifts a suspension, as re-enabling the webhook in Lifen's developer portal does. Batches dropped stay lost. */
    public void resume() {
        dispatcher.resume();
    }

    /**
     * Publishes one batch of events from {@link LifenSandbox#DEFAULT_DATABASE_REFERENCE}.
     *
     * @param eventType type of every event
     * @param details the {@code event-details} of each event, at least one; {@link WebhookEventDetails} builds
     *        Lifen's, and any other map is sent as given
     * @return the batch, whose delivery has started
     * @throws IllegalStateException if there is no subscription, if it does not include the event type, or if it
     *         is suspended
     */
    public WebhookBatch publish(WebhookEventType eventType, List<? extends Map<String, ?>> details) {
        return publish(eventType, LifenSandbox.DEFAULT_DATABASE_REFERENCE, details);
    }

    /**
     * Publishes one batch of events from a database.
     *
     * @param eventType type of every event
     * @param databaseReference database of every event, also sent in {@value #DATABASE_REFERENCE_HEADER}
     * @param details the {@code event-details} of each event, at least one
     * @return the batch, whose delivery has started
     * @throws IllegalStateException if there is no subscription, if it does not include the event type, or if it
     *         is suspended
     */
    public WebhookBatch publish(WebhookEventType eventType, String databaseReference,
            List<? extends Map<String, ?>> details) {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(databaseReference, "databaseReference");
        if (details.isEmpty()) {
            throw new IllegalArgumentException("A webhook batch needs at least one event");
        }
        WebhookSubscription current = activeSubscription(eventType);

        BatchAssembler.Assembled assembled =
                assembler.assemble(current.webhookId(), eventType, databaseReference, details);
        dispatcher.send(current, assembled.batch(), assembled.fault());
        return assembled.batch();
    }

    /**
     * Publishes a {@code patient.updated} event.
     *
     * @param patientId FHIR id of the patient
     * @param patientIpp IPP of the patient, or {@code null}
     * @return the batch, whose delivery has started
     * @throws IllegalStateException as {@link #publish(WebhookEventType, List)} does
     */
    public WebhookBatch patientUpdated(String patientId, String patientIpp) {
        return publish(WebhookEventType.PATIENT_UPDATED,
                List.of(WebhookEventDetails.patientUpdated(patientId, patientIpp)));
    }

    /**
     * Publishes a {@code patient.updated} event for a patient of {@link LifenSandbox#DEFAULT_DATABASE_REFERENCE},
     * with the IPP read from the patient, so that a consumer can read the patient back.
     *
     * @param patientId id of a seed patient (see {@link SandboxSeedData}) or of a patient created through API v2
     * @return the batch, whose delivery has started
     * @throws IllegalArgumentException if the database has no such patient
     * @throws IllegalStateException as {@link #publish(WebhookEventType, List)} does
     */
    public WebhookBatch patientUpdated(String patientId) {
        Patient patient = store.patient(LifenSandbox.DEFAULT_DATABASE_REFERENCE, patientId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown patient " + patientId + " in database "
                        + LifenSandbox.DEFAULT_DATABASE_REFERENCE + ": use a seed patient such as "
                        + SandboxSeedData.PATIENT_MICHUE_ID + " (see SandboxSeedData)"));
        return patientUpdated(patientId, PatientIdentifiers.ipp(patient));
    }

    /**
     * Publishes a {@code patient.merged} event. The sandbox's data stays as it is.
     *
     * @param sourcePatientId FHIR id of the patient merged away
     * @param sourcePatientIpp IPP of the patient merged away
     * @param targetPatientId FHIR id of the patient that remains
     * @param targetPatientIpp IPP of the patient that remains
     * @return the batch, whose delivery has started
     * @throws IllegalStateException as {@link #publish(WebhookEventType, List)} does
     */
    public WebhookBatch patientMerged(String sourcePatientId, String sourcePatientIpp, String targetPatientId,
            String targetPatientIpp) {
        return publish(WebhookEventType.PATIENT_MERGED, List.of(WebhookEventDetails.patientMerged(sourcePatientId,
                sourcePatientIpp, targetPatientId, targetPatientIpp)));
    }

    /**
     * Publishes an {@code encounter.created} event. The sandbox's data stays as it is, so use a seed encounter
     * (see {@link SandboxSeedData}) for a consumer that reads it back.
     *
     * @param encounterId FHIR id of the encounter
     * @param encounterStatus FHIR status, for example {@code in-progress}
     * @param patientId FHIR id of the encounter's patient
     * @param functionalUnits codes of the functional units, possibly empty
     * @return the batch, whose delivery has started
     * @throws IllegalStateException as {@link #publish(WebhookEventType, List)} does
     */
    public WebhookBatch encounterCreated(String encounterId, String encounterStatus, String patientId,
            List<String> functionalUnits) {
        return publish(WebhookEventType.ENCOUNTER_CREATED, List.of(WebhookEventDetails.encounterCreated(encounterId,
                encounterStatus, patientId, functionalUnits)));
    }

    /**
     * Queues a fault for the next batch published, whether by a publish method or by a data change. Faults apply
     * one per batch, in the order they were queued; {@link WebhookFault#DUPLICATE_EVENT} waits at the head of
     * the queue for a batch that has an earlier event to repeat.
     *
     * @param fault the fault
     */
    public void injectIntoNextBatch(WebhookFault fault) {
        assembler.injectIntoNextBatch(Objects.requireNonNull(fault, "fault"));
    }

    /**
     * Returns the batches published since start or the last {@link #reset()}.
     *
     * @return an immutable snapshot in publish order
     */
    public List<WebhookBatch> publishedBatches() {
        return assembler.batches();
    }

    /**
     * Returns every delivery attempt since start or the last {@link #reset()}.
     *
     * @return an immutable snapshot in the order the attempts ended
     */
    public List<WebhookAttempt> attempts() {
        return dispatcher.attempts();
    }

    /**
     * Returns the delivery attempts of one batch, repeated deliveries included.
     *
     * @param notificationUuid {@code notification-uuid} of the batch
     * @return an immutable list in the order the attempts ended
     */
    public List<WebhookAttempt> attempts(String notificationUuid) {
        return attempts().stream().filter(attempt -> attempt.notificationUuid().equals(notificationUuid)).toList();
    }

    /**
     * Waits until every delivery has ended: delivered, given up with a suspension, or dropped because the
     * subscription is suspended. A {@link WebhookFault#DUPLICATE_BATCH} delivery ends after its repeat.
     *
     * @param timeout longest wait
     * @return true if every delivery ended, false if the timeout passed first
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public boolean awaitDeliveries(Duration timeout) throws InterruptedException {
        return dispatcher.awaitDeliveries(timeout);
    }

    /**
     * Forgets the published batches, the attempts and the queued faults, stops the running deliveries before
     * their next attempt, and lifts a suspension. The subscription stays. {@link LifenSandbox#reset()} calls it.
     */
    public void reset() {
        dispatcher.reset();
        assembler.reset();
    }

    /** Raises {@code patient.updated} for a patient updated through API v2, if the subscription takes it. */
    void patientUpdatedThroughApi(String databaseReference, Patient patient) {
        WebhookSubscription current = subscription.get();
        if (current == null || !current.includes(WebhookEventType.PATIENT_UPDATED) || dispatcher.isSuspended(current)) {
            LOG.debug("No webhook event for the update of patient {}: no active subscription to patient.updated",
                    patient.getIdElement().getIdPart());
            return;
        }
        BatchAssembler.Assembled assembled = assembler.assemble(current.webhookId(), WebhookEventType.PATIENT_UPDATED,
                databaseReference, List.of(WebhookEventDetails.patientUpdated(patient.getIdElement().getIdPart(),
                        PatientIdentifiers.ipp(patient))));
        dispatcher.send(current, assembled.batch(), assembled.fault());
    }

    /** Stops the deliveries and their threads. */
    void close() {
        dispatcher.close();
    }

    private static void logSubscription(WebhookSubscription webhookSubscription) {
        LOG.info("Webhook {} subscribed: {} to {}", webhookSubscription.webhookId(), webhookSubscription.eventTypes(),
                webhookSubscription.callbackUrl());
    }

    private WebhookSubscription activeSubscription(WebhookEventType eventType) {
        WebhookSubscription current = subscription.get();
        if (current == null) {
            throw new IllegalStateException("No webhook subscription: set one with "
                    + "LifenSandbox.Builder.webhookSubscription(...) or webhooks().subscribe(...)");
        }
        if (!current.includes(eventType)) {
            throw new IllegalStateException("The webhook subscription does not include event type " + eventType
                    + ", only " + current.eventTypes());
        }
        if (dispatcher.isSuspended(current)) {
            throw new IllegalStateException("Webhook " + current.webhookId() + " is suspended because a batch failed "
                    + "its last retry: resume it with webhooks().resume() or POST /sandbox/webhooks/resume");
        }
        return current;
    }
}
