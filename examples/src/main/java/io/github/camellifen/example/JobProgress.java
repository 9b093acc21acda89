package io.github.camellifen.example;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camellifen.component.LifenConstants;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.FileConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts what the send-documents route did (registered as the bean {@code jobProgress}) and logs one line per
 * document, with ids only: file name, patient, transaction and outcome. It never logs a body, a name or a reason.
 */
public class JobProgress {

    private static final Logger LOG = LoggerFactory.getLogger(JobProgress.class);

    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final CountDownLatch inboxEmpty = new CountDownLatch(1);
    private final AtomicInteger eventsReceived = new AtomicInteger();
    private final AtomicInteger patientsRead = new AtomicInteger();

    /** Records a document that Lifen accepted. The outcome property contains its last tracking status. */
    public void documentSent(Exchange exchange) {
        String outcome = exchange.getProperty(DocumentSteps.OUTCOME, String.class);
        if ("completed".equals(outcome)) {
            completed.incrementAndGet();
        } else {
            pending.incrementAndGet();
        }
        logDocument(exchange, outcome);
    }

    /** Records a document moved to the error folder. The outcome property contains the failure's code. */
    public void documentFailed(Exchange exchange) {
        failed.incrementAndGet();
        logDocument(exchange, "failed:" + exchange.getProperty(DocumentSteps.OUTCOME, String.class));
    }

    /** Called when a poll of the inbox finds no document, so every document dropped before it is handled. */
    public void inboxEmpty() {
        inboxEmpty.countDown();
    }

    /** Waits until the inbox is empty; returns false when {@code timeout} elapses first. */
    public boolean awaitInboxEmpty(Duration timeout) throws InterruptedException {
        return inboxEmpty.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Records a webhook event that the patient-events route received. */
    public void eventReceived(Exchange exchange) {
        eventsReceived.incrementAndGet();
        LOG.info("Webhook event {}: type={} resource={}", valueOrDash(exchange, LifenConstants.EVENT_ID),
                valueOrDash(exchange, LifenConstants.EVENT_TYPE), valueOrDash(exchange, LifenConstants.RESOURCE_ID));
    }

    /** Records a patient that the patient-events route read back after a patient.updated event. */
    public synchronized void patientRead(Exchange exchange) {
        patientsRead.incrementAndGet();
        LOG.info("Patient {} read back after its update", valueOrDash(exchange, LifenConstants.RESOURCE_ID));
        notifyAll();
    }

    /** Waits until {@code count} patients were read back; returns false when {@code timeout} elapses first. */
    public synchronized boolean awaitPatientsRead(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (patientsRead.get() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    public int eventsReceived() {
        return eventsReceived.get();
    }

    public int patientsRead() {
        return patientsRead.get();
    }

    public int completed() {
        return completed.get();
    }

    /** Returns how many documents were sent but still had a pending tracking status after the last poll. */
    public int pending() {
        return pending.get();
    }

    public int failed() {
        return failed.get();
    }

    private static void logDocument(Exchange exchange, String outcome) {
        LOG.info("Document {}: patient={} transaction={} outcome={}",
                exchange.getMessage().getHeader(FileConstants.FILE_NAME_ONLY, String.class),
                valueOrDash(exchange, LifenConstants.SUBJECT),
                valueOrDash(exchange, LifenConstants.TRANSACTION_ID),
                outcome);
    }

    private static String valueOrDash(Exchange exchange, String header) {
        String value = exchange.getMessage().getHeader(header, String.class);
        return value == null ? "-" : value;
    }
}
