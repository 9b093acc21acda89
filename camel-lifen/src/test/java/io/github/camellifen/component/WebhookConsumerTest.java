package io.github.camellifen.component;

import java.io.File;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** lifen:webhook behind a real Vert.x platform HTTP server, fed by a client that signs as Lifen does. */
class WebhookConsumerTest {

    private final List<Exchange> routed = new CopyOnWriteArrayList<>();

    @TempDir
    Path temp;

    @Test
    void signedBatchRoutesEachEvent() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(component -> { }, collect("lifen:webhook"))) {
            HttpResponse<String> reply = receiver.postSigned(WebhookReceiver.batch("n-1", "patient.updated",
                    "e-1", "p-1", "e-2", "p-2"));

            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(reply.headers().map().keySet()).doesNotContain("x-lifen-platform-signature");
            assertThat(routed).hasSize(2);
            Exchange first = routed.get(0);
            assertThat(first.getMessage().getHeader(LifenConstants.EVENT_TYPE)).isEqualTo("patient.updated");
            assertThat(first.getMessage().getHeader(LifenConstants.EVENT_ID)).isEqualTo("e-1");
            assertThat(first.getMessage().getHeader(LifenConstants.NOTIFICATION_ID)).isEqualTo("n-1");
            assertThat(first.getMessage().getHeader(LifenConstants.WEBHOOK_ID)).isEqualTo("wh-1");
            assertThat(first.getMessage().getHeader(LifenConstants.DATABASE_REFERENCE)).isEqualTo("db-A");
            assertThat(first.getMessage().getHeader(LifenConstants.EVENT_TIMESTAMP)).isEqualTo("2026-12-04T10:15:30Z");
            assertThat(first.getMessage().getHeader(LifenConstants.RESOURCE_ID)).isEqualTo("p-1");
            assertThat(first.getMessage().getHeaders()).doesNotContainKey("x-lifen-platform-signature");
            assertThat(first.getMessage().getBody(String.class))
                    .isEqualTo("{\"patient-id\":\"p-1\",\"patient-ipp\":\"IPP-p-1\"}");
            assertThat(routed.get(1).getMessage().getHeader(LifenConstants.RESOURCE_ID)).isEqualTo("p-2");
        }
    }

    @Test
    void mixedBatchSetsEachType() throws Exception {
        String body = "{\"notification-uuid\":\"n-9\",\"events\":["
                + "{\"event-uuid\":\"e-merge\",\"event-type\":\"patient.merged\",\"event-details\":"
                + "{\"source-patient-id\":\"p-old\",\"target-patient-id\":\"p-kept\"}},"
                + "{\"event-uuid\":\"e-stay\",\"event-type\":\"encounter.created\",\"event-details\":"
                + "{\"encounter-id\":\"enc-1\",\"encounter-status\":\"in-progress\",\"patient-id\":\"p-kept\","
                + "\"functional-units\":[\"UF-1\",\"UF-2\"]}}]}";

        try (WebhookReceiver receiver = new WebhookReceiver(
                component -> component.getConfiguration().setOutputType("map"), collect("lifen:webhook"))) {
            assertThat(receiver.postSigned(body).statusCode()).isEqualTo(200);
        }

        assertThat(routed).hasSize(2);
        assertThat(routed.get(0).getMessage().getHeader(LifenConstants.EVENT_TYPE)).isEqualTo("patient.merged");
        assertThat(routed.get(0).getMessage().getHeader(LifenConstants.RESOURCE_ID)).isEqualTo("p-kept");
        assertThat(routed.get(1).getMessage().getHeader(LifenConstants.EVENT_TYPE)).isEqualTo("encounter.created");
        assertThat(routed.get(1).getMessage().getHeader(LifenConstants.RESOURCE_ID)).isEqualTo("enc-1");
        Map<?, ?> details = routed.get(1).getMessage().getBody(Map.class);
        assertThat(details.get("functional-units")).isEqualTo(List.of("UF-1", "UF-2"));
    }

    @Test
    void badOrMissingSignatureGets401() throws Exception {
        String body = WebhookReceiver.batch("n-1", "patient.updated", "e-1", "p-1");

        try (WebhookReceiver receiver = new WebhookReceiver(component -> { }, collect("lifen:webhook"))) {
            assertThat(receiver.post(body, null).statusCode()).isEqualTo(401);
            assertThat(receiver.post(body, WebhookReceiver.hmacHex("another-secret", body)).statusCode())
                    .isEqualTo(401);
            assertThat(receiver.post(body, "not-hex").statusCode()).isEqualTo(401);
            // A valid signature of another body: the check covers the exact bytes received
            assertThat(receiver.post(body + " ", WebhookReceiver.hmacHex(WebhookReceiver.SECRET, body)).statusCode())
                    .isEqualTo(401);
        }

        assertThat(routed).isEmpty();
    }

    @Test
    void rejectionBurstLogsOnce() throws Exception {
        StringWriter logs = new StringWriter();
        String appenderName = "webhook-capture";
        LoggerConfig logger = captureLogger(logs, appenderName);
        String body = WebhookReceiver.batch("n-1", "patient.updated", "e-1", "p-secret-patient");

        try (WebhookReceiver receiver = new WebhookReceiver(component -> { }, collect("lifen:webhook"))) {
            for (int i = 0; i < 20; i++) {
                assertThat(receiver.post(body, "00".repeat(32)).statusCode()).isEqualTo(401);
            }
        } finally {
            logger.removeAppender(appenderName);
        }

        List<String> warnings = logs.toString().lines().filter(line -> line.startsWith("WARN")).toList();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains("Rejected a webhook delivery on /lifen/webhook");
        assertThat(logs.toString()).doesNotContain("p-secret-patient").doesNotContain(WebhookReceiver.SECRET);
    }

    @Test
    void duplicateEventIsRoutedOnce() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(component -> { }, collect("lifen:webhook"))) {
            String batch = WebhookReceiver.batch("n-1", "patient.updated", "e-1", "p-1");
            String laterBatch = WebhookReceiver.batch("n-2", "patient.updated", "e-1", "p-1", "e-3", "p-3");

            assertThat(receiver.postSigned(batch).statusCode()).isEqualTo(200);
            assertThat(receiver.postSigned(batch).statusCode()).isEqualTo(200);
            assertThat(receiver.postSigned(laterBatch).statusCode()).isEqualTo(200);
        }

        assertThat(routed).extracting(exchange -> exchange.getMessage().getHeader(LifenConstants.EVENT_ID))
                .containsExactly("e-1", "e-3");
    }

    @Test
    void failedEventGets500AndIsRoutedAgain() throws Exception {
        RouteBuilder failingOnce = new RouteBuilder() {
            @Override
            public void configure() {
                from("lifen:webhook").process(exchange -> {
                    routed.add(exchange.copy());
                    if (routed.size() == 2) {
                        throw new IllegalStateException("downstream system unavailable");
                    }
                });
            }
        };

        try (WebhookReceiver receiver = new WebhookReceiver(component -> { }, failingOnce)) {
            String batch = WebhookReceiver.batch("n-1", "patient.updated", "e-1", "p-1", "e-2", "p-2");

            assertThat(receiver.postSigned(batch).statusCode()).isEqualTo(500);
            assertThat(receiver.postSigned(batch).statusCode()).isEqualTo(200);
        }

        // e-1 succeeded the first time and is skipped; e-2 failed and runs again
        assertThat(routed).extracting(exchange -> exchange.getMessage().getHeader(LifenConstants.EVENT_ID))
                .containsExactly("e-1", "e-2", "e-2");
    }

    @Test
    void eventStillRunningGets429() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        RouteBuilder slow = new RouteBuilder() {
            @Override
            public void configure() {
                from("lifen:webhook?retryAfter=7s").process(exchange -> {
                    routed.add(exchange.copy());
                    started.countDown();
                    release.await(30, TimeUnit.SECONDS);
                });
            }
        };

        try (WebhookReceiver receiver = new WebhookReceiver(component -> { }, slow)) {
            String batch = WebhookReceiver.batch("n-1", "patient.updated", "e-1", "p-1");
            CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> post(receiver, batch));
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

            HttpResponse<String> whileRunning = receiver.postSigned(batch);
            release.countDown();

            assertThat(whileRunning.statusCode()).isEqualTo(429);
            assertThat(whileRunning.headers().firstValue("Retry-After")).contains("7");
            assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(receiver.postSigned(batch).statusCode()).isEqualTo(200);
        }

        assertThat(routed).hasSize(1);
    }

    @Test
    void fullReceiverGets429() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        RouteBuilder slow = new RouteBuilder() {
            @Override
            public void configure() {
                from("lifen:webhook?maxConcurrentDeliveries=1").process(exchange -> {
                    started.countDown();
                    release.await(30, TimeUnit.SECONDS);
                });
            }
        };

        try (WebhookReceiver receiver = new WebhookReceiver(component -> { }, slow)) {
            CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> post(receiver,
                    WebhookReceiver.batch("n-1", "patient.updated", "e-1", "p-1")));
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

            HttpResponse<String> second = receiver.postSigned(WebhookReceiver.batch("n-2", "patient.updated",
                    "e-2", "p-2"));
            release.countDown();

            assertThat(second.statusCode()).isEqualTo(429);
            assertThat(second.headers().firstValue("Retry-After")).contains("10");
            assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void fullQueueGets429() throws Exception {
        RouteBuilder handOff = new RouteBuilder() {
            @Override
            public void configure() {
                from("lifen:webhook").to("seda:events?size=1&blockWhenFull=false");
            }
        };

        try (WebhookReceiver receiver = new WebhookReceiver(component -> { }, handOff)) {
            HttpResponse<String> reply = receiver.postSigned(WebhookReceiver.batch("n-1", "patient.updated",
                    "e-1", "p-1", "e-2", "p-2"));

            assertThat(reply.statusCode()).isEqualTo(429);
            assertThat(reply.headers().firstValue("Retry-After")).contains("10");
            Exchange queued = receiver.camel.createConsumerTemplate().receive("seda:events", 5000);
            assertThat(queued.getMessage().getHeader(LifenConstants.EVENT_ID)).isEqualTo("e-1");

            // The queue has room again: e-1 is skipped as done, e-2 is taken this time
            assertThat(receiver.postSigned(WebhookReceiver.batch("n-1", "patient.updated", "e-1", "p-1", "e-2",
                    "p-2")).statusCode()).isEqualTo(200);
            Exchange retried = receiver.camel.createConsumerTemplate().receive("seda:events", 5000);
            assertThat(retried.getMessage().getHeader(LifenConstants.EVENT_ID)).isEqualTo("e-2");
        }
    }

    @Test
    void twoNodesShareOneRepository() throws Exception {
        // One repository instance stands for a store both nodes reach, such as a JDBC table
        MemoryIdempotentRepository shared = new MemoryIdempotentRepository();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        RouteBuilder slowNode = new RouteBuilder() {
            @Override
            public void configure() {
                from("lifen:webhook").process(exchange -> {
                    routed.add(exchange.copy());
                    started.countDown();
                    release.await(30, TimeUnit.SECONDS);
                });
            }
        };
        String batch = WebhookReceiver.batch("n-1", "patient.updated", "e-1", "p-1");

        try (WebhookReceiver nodeA = new WebhookReceiver(component -> component.getConfiguration()
                .setIdempotentRepository(shared), slowNode);
             WebhookReceiver nodeB = new WebhookReceiver(component -> component.getConfiguration()
                     .setIdempotentRepository(shared), collect("lifen:webhook"))) {
            CompletableFuture<HttpResponse<String>> onA = CompletableFuture.supplyAsync(() -> post(nodeA, batch));
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

            // Lifen's retry reaches the other node while the first still runs the event
            HttpResponse<String> whileRunning = nodeB.postSigned(batch);
            release.countDown();

            assertThat(whileRunning.statusCode()).isEqualTo(429);
            assertThat(onA.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(nodeB.postSigned(batch).statusCode()).isEqualTo(200);
        }

        assertThat(routed).hasSize(1);
    }

    @Test
    void sharedRepositorySurvivesRestart() throws Exception {
        File store = temp.resolve("lifen-events.dat").toFile();
        String batch = WebhookReceiver.batch("n-1", "patient.updated", "e-1", "p-1");
        int port;

        try (WebhookReceiver first = new WebhookReceiver(component -> component.getConfiguration()
                .setIdempotentRepository(FileIdempotentRepository.fileIdempotentRepository(store)),
                collect("lifen:webhook"))) {
            port = first.port();
            assertThat(first.postSigned(batch).statusCode()).isEqualTo(200);
        }
        try (WebhookReceiver restarted = new WebhookReceiver(port, component -> component.getConfiguration()
                .setIdempotentRepository(FileIdempotentRepository.fileIdempotentRepository(store)),
                collect("lifen:webhook"))) {
            assertThat(restarted.postSigned(batch).statusCode()).isEqualTo(200);
        }

        assertThat(routed).hasSize(1);
    }

    @Test
    void unreadableBodyGets400() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(component -> { }, collect("lifen:webhook"))) {
            assertThat(receiver.postSigned("{\"events\": [ {\"patient\": \"Dupré\"").statusCode()).isEqualTo(400);
            assertThat(receiver.postSigned("{\"events\":[{\"event-type\":\"patient.updated\"}]}").statusCode())
                    .isEqualTo(400);
            assertThat(receiver.postSigned("{\"notification-uuid\":\"n-1\"}").statusCode()).isEqualTo(400);
        }

        assertThat(routed).isEmpty();
    }

    @Test
    void getIsNotAccepted() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(component -> { }, collect("lifen:webhook"))) {
            HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + receiver.port() + "/lifen/webhook")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(reply.statusCode()).isEqualTo(405);
        }
    }

    @Test
    void wrongDirectionFailsAtStart() {
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("lifen:read/Patient?resourceId=1&environment=post-prod&clientId=c&clientSecret=RAW(s)"
                            + "&databaseReference=db").to("log:x");
                }
            });

            assertThatThrownBy(camel::start).rootCause().hasMessageContaining("use lifen:webhook in from()");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void missingSecretFailsAtStart() {
        assertThatThrownBy(() -> new WebhookReceiver(component -> component.getConfiguration().setWebhookSecret(null),
                collect("lifen:webhook")))
                .rootCause().hasMessageContaining("Missing Lifen option webhookSecret")
                .hasMessageContaining("camel.component.lifen.webhook-secret");
    }

    private RouteBuilder collect(String uri) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).process(exchange -> routed.add(exchange.copy()));
            }
        };
    }

    private static HttpResponse<String> post(WebhookReceiver receiver, String body) {
        try {
            return receiver.postSigned(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static LoggerConfig captureLogger(StringWriter logs, String appenderName) {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        WriterAppender appender = WriterAppender.createAppender(
                PatternLayout.newBuilder().withPattern("%level %c %m %ex%n").build(), null, logs, appenderName,
                false, true);
        appender.start();
        context.getConfiguration().addAppender(appender);
        LoggerConfig logger = new LoggerConfig(LifenWebhookConsumer.class.getName(), Level.TRACE, true);
        logger.addAppender(appender, Level.TRACE, null);
        context.getConfiguration().addLogger(LifenWebhookConsumer.class.getName(), logger);
        context.updateLoggers();
        return logger;
    }
}
