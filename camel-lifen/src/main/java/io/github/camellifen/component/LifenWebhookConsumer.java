package io.github.camellifen.component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.camellifen.component.http.HttpStatusText;
import io.github.camellifen.component.webhook.RejectionLog;
import io.github.camellifen.component.webhook.WebhookBatches;
import io.github.camellifen.component.webhook.WebhookEvent;
import io.github.camellifen.component.webhook.WebhookSignature;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.NoSuchEndpointException;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives Lifen's webhook deliveries on Camel's platform HTTP server and routes one exchange per event.
 *
 * <p>A delivery is acknowledged with 200 only after every event in it was processed by the route, or skipped as
 * already processed, so Lifen delivers again whatever the route did not take. The event id is claimed in the
 * idempotent repository before the route runs and marked done after it, so a delivery that arrives while another
 * node or thread still processes the same event gets 429 rather than an acknowledgement.
 */
public class LifenWebhookConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(LifenWebhookConsumer.class);

    private static final String DONE_SUFFIX = ":done";
    private static final int MEMORY_REPOSITORY_SIZE = 10_000;
    private static final Duration REJECTION_BURST = Duration.ofMinutes(1);

    private final LifenConfiguration config;
    private final WebhookSignature signature;
    private final OutputType outputType;
    private final RejectionLog rejections;

    private Semaphore capacity;
    private IdempotentRepository repository;
    private boolean ownRepository;
    private Consumer httpConsumer;

    public LifenWebhookConsumer(LifenEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.config = endpoint.getConfiguration();
        this.signature = new WebhookSignature(config.getWebhookSecret());
        this.outputType = OutputType.parse(config.getOutputType());
        this.rejections = new RejectionLog(LOG, Clock.systemUTC(), REJECTION_BURST);
        if (config.getWebhookPath() == null || !config.getWebhookPath().startsWith("/")) {
            throw new IllegalArgumentException("Invalid value '" + config.getWebhookPath() + "' for Lifen option "
                    + "webhookPath: give a path that starts with /, such as /lifen/webhook");
        }
        if (config.getRetryAfter() <= 0 || config.getMaxConcurrentDeliveries() < 0) {
            throw new IllegalArgumentException("Invalid Lifen options retryAfter " + config.getRetryAfter()
                    + " and maxConcurrentDeliveries " + config.getMaxConcurrentDeliveries() + ": retryAfter must be "
                    + "more than 0, and maxConcurrentDeliveries 0 (no limit) or more");
        }
        if (outputType == OutputType.FHIR_RESOURCE) {
            throw new IllegalArgumentException("Invalid value 'fhir-resource' for Lifen option outputType on "
                    + "lifen:webhook: event details are not FHIR resources, use string, json-node or map");
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        int limit = config.getMaxConcurrentDeliveries();
        capacity = limit > 0 ? new Semaphore(limit) : null;

        repository = config.getIdempotentRepository();
        ownRepository = repository == null;
        if (ownRepository) {
            repository = MemoryIdempotentRepository.memoryIdempotentRepository(MEMORY_REPOSITORY_SIZE);
        }
        ServiceHelper.startService(repository);

        httpConsumer = platformHttpEndpoint().createConsumer(this::receive);
        ServiceHelper.startService(httpConsumer);
        LOG.info("Receiving Lifen webhooks on {}", config.getWebhookPath());
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopAndShutdownService(httpConsumer);
        if (ownRepository) {
            ServiceHelper.stopService(repository);
        }
        super.doStop();
    }

    private Endpoint platformHttpEndpoint() {
        String uri = "platform-http:" + config.getWebhookPath() + "?httpMethodRestrict=POST";
        try {
            return getEndpoint().getCamelContext().getEndpoint(uri);
        } catch (NoSuchEndpointException | ResolveEndpointFailedException e) {
            throw new IllegalStateException("lifen:webhook needs Camel's platform HTTP server: add "
                    + "camel-platform-http-vertx (Camel Main) or camel-platform-http-starter (Spring Boot)", e);
        }
    }

    /** Handles one HTTP delivery and sets the status Lifen acts on: 200, 400, 401, 429 or 500. */
    private void receive(Exchange http) {
        Message message = http.getMessage();
        byte[] body = message.getBody(byte[].class);
        String signed = message.getHeader(WebhookSignature.HEADER, String.class);

        // The platform HTTP consumer would echo request headers back as response headers
        message.getHeaders().clear();
        message.setBody(null);

        if (capacity != null && !capacity.tryAcquire()) {
            reply(message, 429);
            return;
        }
        try {
            reply(message, deliver(body == null ? new byte[0] : body, signed));
        } finally {
            if (capacity != null) {
                capacity.release();
            }
        }
    }

    private int deliver(byte[] body, String signed) {
        if (!signature.matches(body, signed)) {
            rejections.reject(signed == null ? "no " + WebhookSignature.HEADER + " header"
                    : "the signature does not match the body and webhookSecret", config.getWebhookPath());
            return 401;
        }

        List<WebhookEvent> events;
        try {
            events = WebhookBatches.parse(body);
        } catch (IllegalArgumentException e) {
            LOG.warn("Rejected a signed webhook delivery on {}: {}", config.getWebhookPath(), e.getMessage());
            return 400;
        }

        for (WebhookEvent event : events) {
            int status = process(event);
            if (status != 200) {
                return status;
            }
        }
        return 200;
    }

    /** Routes one event unless it was processed already; returns the status the whole delivery gets. */
    private int process(WebhookEvent event) {
        String id = event.eventId();
        if (!repository.add(id)) {
            if (repository.contains(id + DONE_SUFFIX)) {
                LOG.debug("Skipped webhook event {} ({}): already processed", id, event.eventType());
                return 200;
            }
            LOG.debug("Webhook event {} ({}) is still being processed: asking Lifen to retry", id, event.eventType());
            return 429;
        }

        Exchange exchange = createExchange(false);
        try {
            fill(exchange, event);
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }

        try {
            if (exchange.getException() != null) {
                repository.remove(id);
                if (isBackPressure(exchange.getException())) {
                    LOG.debug("Webhook event {} ({}) was not accepted by a full route: asking Lifen to retry", id,
                            event.eventType());
                    return 429;
                }
                getExceptionHandler().handleException("Failed to process Lifen webhook event " + id + " ("
                        + event.eventType() + "); Lifen will deliver it again", exchange, exchange.getException());
                return 500;
            }
            repository.add(id + DONE_SUFFIX);
            return 200;
        } finally {
            releaseExchange(exchange, false);
        }
    }

    /**
     * Tells whether the route failed because it is full: a rejected task, or a bounded queue that is full, such as
     * a SEDA queue with blockWhenFull=false. Java's queues and Camel's SEDA both throw IllegalStateException with
     * the message "Queue full" then.
     */
    private static boolean isBackPressure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RejectedExecutionException) {
                return true;
            }
            if (cause instanceof IllegalStateException && "Queue full".equals(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private void fill(Exchange exchange, WebhookEvent event) throws JsonProcessingException {
        Message message = exchange.getMessage();
        message.setHeader(LifenConstants.EVENT_TYPE, event.eventType());
        message.setHeader(LifenConstants.EVENT_ID, event.eventId());
        message.setHeader(LifenConstants.NOTIFICATION_ID, event.notificationId());
        message.setHeader(LifenConstants.WEBHOOK_ID, event.webhookId());
        message.setHeader(LifenConstants.DATABASE_REFERENCE, event.databaseReference());
        message.setHeader(LifenConstants.EVENT_TIMESTAMP, event.timestamp());
        message.setHeader(LifenConstants.RESOURCE_ID, event.resourceId());

        message.setBody(switch (outputType) {
            case MAP -> event.details();
            case JSON_NODE -> Bodies.JSON.valueToTree(event.details());
            default -> Bodies.JSON.writeValueAsString(event.details());
        });
    }

    private void reply(Message message, int status) {
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        if (status == 429) {
            long seconds = (config.getRetryAfter() + 999) / 1000;
            message.setHeader("Retry-After", Long.toString(seconds));
        }
        message.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=UTF-8");
        message.setBody(HttpStatusText.of(status));
    }
}
