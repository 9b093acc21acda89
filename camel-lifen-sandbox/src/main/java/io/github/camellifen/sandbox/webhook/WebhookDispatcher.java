package io.github.camellifen.sandbox.webhook;

import io.github.camellifen.sandbox.WebhookAttempt;
import io.github.camellifen.sandbox.WebhookBatch;
import io.github.camellifen.sandbox.WebhookFault;
import io.github.camellifen.sandbox.WebhookSubscription;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers webhook batches on the sandbox's own threads, with Lifen's pattern: a failed attempt (a status
 * other than 2xx, a timeout or a connection failure) is retried after the next wait of the retry schedule, or
 * after a 429's {@code Retry-After} in seconds, capped. A 429 uses up a retry like any other failure. When a
 * batch fails its last retry, its subscription is suspended, and no attempt of any batch goes to it until
 * {@link #resume()}.
 *
 * <p>Batches are delivered independently of each other, so a retried batch may arrive after a later one.
 */
public final class WebhookDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final DeliverySettings settings;
    private final ExecutorService httpExecutor;
    private final ScheduledExecutorService scheduler;
    private HttpClient client;
    private final DeliveryLog log = new DeliveryLog();
    private final AtomicReference<WebhookSubscription> suspended = new AtomicReference<>();

    /**
     * Creates a dispatcher. Its threads, all daemon threads, start with the first batch.
     *
     * @param settings retry schedule, reply timeout and {@code Retry-After} cap
     */
    public WebhookDispatcher(DeliverySettings settings) {
        this.settings = settings;
        this.httpExecutor = Executors.newCachedThreadPool(daemonThreads("lifen-sandbox-webhook-http-"));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(daemonThreads("lifen-sandbox-webhook-"));
    }

    /**
     * Starts delivering a batch and returns at once.
     *
     * @param subscription where the batch goes
     * @param batch the batch
     * @param fault the injected fault the batch took, or {@code null}
     */
    public void send(WebhookSubscription subscription, WebhookBatch batch, WebhookFault fault) {
        Delivery delivery = new Delivery(subscription, batch, fault, false, log.begin());
        schedule(delivery, 1, Duration.ZERO);
    }

    /**
     * Tells whether a subscription is suspended.
     *
     * @param subscription the subscription, or {@code null}
     * @return true if a batch for it failed its last retry since the last {@link #resume()}
     */
    public boolean isSuspended(WebhookSubscription subscription) {
        return subscription != null && suspended.get() == subscription;
    }

    /** Lifts a suspension, as re-enabling the webhook in Lifen's developer portal does. */
    public void resume() {
        suspended.set(null);
    }

    /**
     * Returns the attempts recorded since start or the last {@link #reset()}.
     *
     * @return an immutable snapshot in the order the attempts ended
     */
    public List<WebhookAttempt> attempts() {
        return log.attempts();
    }

    /**
     * Waits until every delivery has ended: delivered, suspended, or dropped because its subscription is suspended.
     *
     * @param timeout longest wait
     * @return true if every delivery ended, false if the timeout passed first
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public boolean awaitDeliveries(Duration timeout) throws InterruptedException {
        return log.awaitIdle(timeout);
    }

    /** Forgets the attempts, stops the running deliveries at their next step and lifts a suspension. */
    public void reset() {
        log.reset();
        resume();
    }

    /** Stops the deliveries and the threads. */
    @Override
    public void close() {
        log.reset();
        scheduler.shutdownNow();
        httpExecutor.shutdownNow();
    }

    private void attempt(Delivery delivery, int number) {
        if (!log.isCurrent(delivery.generation())) {
            return;
        }
        if (isSuspended(delivery.subscription())) {
            // NOTE: Lifen does not say whether it keeps the events of a suspended webhook. The sandbox drops them.
            LOG.debug("Webhook batch {} dropped: webhook {} is suspended", delivery.batch().notificationUuid(),
                    delivery.subscription().webhookId());
            log.end(delivery.generation());
            return;
        }

        Instant sentAt = Instant.now();
        try {
            HttpRequest request = delivery.request(number, settings.replyTimeout());
            client().sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .orTimeout(settings.replyTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .whenComplete((response, error) -> ended(delivery, number, sentAt, response, error));
        } catch (RuntimeException e) {
            // A request can fail before it is sent, on an invalid header value for example, and counts as an attempt.
            ended(delivery, number, sentAt, null, e);
        }
    }

    private void ended(Delivery delivery, int number, Instant sentAt, HttpResponse<Void> response, Throwable error) {
        if (!log.isCurrent(delivery.generation())) {
            // reset() or close() has ended this delivery while the attempt was running.
            return;
        }

        int status = response == null ? 0 : response.statusCode();
        String retryAfter = response == null ? null : response.headers().firstValue("Retry-After").orElse(null);
        boolean succeeded = status >= 200 && status <= 299;
        Duration retryDelay = succeeded ? null : settings.retryDelay(number, status, retryAfter);

        WebhookBatch batch = delivery.batch();
        log.record(delivery.generation(), new WebhookAttempt(batch.notificationUuid(), batch.eventUuids(),
                batch.eventType(), number, delivery.faultOf(number), status, error == null ? null : describe(error),
                sentAt, retryDelay));

        String outcome = error == null ? "status " + status : describe(error);
        if (succeeded) {
            delivered(delivery, number);
        } else if (retryDelay != null) {
            LOG.info("Webhook batch {} attempt {} to {} failed with {}; next attempt in {} ms",
                    batch.notificationUuid(), number, forLogs(delivery.subscription().callbackUrl()), outcome,
                    retryDelay.toMillis());
            schedule(delivery, number + 1, retryDelay);
        } else {
            suspend(delivery, number, outcome);
        }
    }

    private void delivered(Delivery delivery, int number) {
        LOG.debug("Webhook batch {} delivered on attempt {}", delivery.batch().notificationUuid(), number);
        if (delivery.repeatsAfterSuccess() && log.beginAnother(delivery.generation())) {
            schedule(delivery.repeated(delivery.generation()), 1, Duration.ZERO);
        }
        log.end(delivery.generation());
    }

    private void suspend(Delivery delivery, int number, String outcome) {
        if (log.isCurrent(delivery.generation())) {
            suspended.set(delivery.subscription());
            LOG.info("Webhook {} suspended: batch {} failed {} attempts to {}, the last with {}",
                    delivery.subscription().webhookId(), delivery.batch().notificationUuid(), number,
                    forLogs(delivery.subscription().callbackUrl()), outcome);
        }
        log.end(delivery.generation());
    }

    private void schedule(Delivery delivery, int number, Duration delay) {
        try {
            scheduler.schedule(() -> attempt(delivery, number), delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // The sandbox is closing, and close() has already dropped every delivery.
            LOG.debug("Webhook batch {} not scheduled: the sandbox is closed", delivery.batch().notificationUuid());
        }
    }

    // Created on first use, because Java 17's client starts a selector thread at once and cannot be closed.
    private synchronized HttpClient client() {
        if (client == null) {
            // No proxy and no redirect, so that a batch goes to the loopback callback URL and nowhere else.
            client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .proxy(HttpClient.Builder.NO_PROXY)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(settings.replyTimeout())
                    .executor(httpExecutor)
                    .build();
        }
        return client;
    }

    private String describe(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return "timed out: no reply within " + settings.replyTimeout().toMillis() + " ms";
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    // Leaves out the query, which a receiver may use for a token of its own.
    private static String forLogs(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority() + (url.getRawPath() == null ? "" : url.getRawPath());
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
