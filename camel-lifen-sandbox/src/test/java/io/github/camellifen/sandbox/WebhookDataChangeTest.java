package io.github.camellifen.sandbox;

import static io.github.camellifen.sandbox.SandboxSeedData.PATIENT_LEFEVRE_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.PATIENT_LEFEVRE_IPP;
import static io.github.camellifen.sandbox.SandboxSeedData.PATIENT_MICHUE_ID;
import static io.github.camellifen.sandbox.SandboxSeedData.PATIENT_MICHUE_IPP;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Events raised by data changes through the API and by the HTTP trigger.
 */
class WebhookDataChangeTest {

    private static final String SECRET = "data-change-secret";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final WebhookReceiver RECEIVER = WebhookReceiver.start();

    @RegisterExtension
    static LifenSandboxExtension extension = new LifenSandboxExtension(LifenSandbox.builder()
            .rateLimitPerSecond(0)
            .webhookRetrySchedule(List.of())
            .webhookSubscription(WebhookSubscription.builder(RECEIVER.url(), SECRET).build()));

    private static String token;

    @BeforeAll
    static void requestToken() {
        token = SandboxHttp.token(extension.sandbox());
    }

    @BeforeEach
    void clear(LifenSandbox sandbox) {
        sandbox.reset();
        RECEIVER.clear();
        sandbox.webhooks().subscribe(WebhookSubscription.builder(RECEIVER.url(), SECRET).build());
    }

    @AfterAll
    static void stopReceiver() {
        RECEIVER.close();
    }

    @Test
    void patientUpdateThroughApiRaisesEvent(LifenSandbox sandbox) throws Exception {
        SandboxHttp.Response updated = updateGender(sandbox, PATIENT_LEFEVRE_ID, "other");

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(sandbox.webhooks().awaitDeliveries(WAIT)).isTrue();
        assertThat(RECEIVER.requests()).hasSize(1);
        WebhookReceiver.Received received = RECEIVER.requests().get(0);
        assertThat(received.header(SandboxWebhooks.EVENT_TYPE_HEADER)).isEqualTo("patient.updated");
        assertThat(received.header(SandboxWebhooks.SIGNATURE_HEADER))
                .isEqualTo(WebhookReceiver.hmacSha256Hex(SECRET, received.body()));
        JsonNode details = received.json().at("/events/0/event-details");
        assertThat(details.get("patient-id").asText()).isEqualTo(PATIENT_LEFEVRE_ID);
        assertThat(details.get("patient-ipp").asText()).isEqualTo(PATIENT_LEFEVRE_IPP);

        // A consumer reads the patient back with the id from the event.
        SandboxHttp.Response readBack = SandboxHttp.get(
                sandbox.fhirV3Url() + "/Patient/" + details.get("patient-id").asText(), token);
        assertThat(readBack.status()).isEqualTo(200);
        assertThat(readBack.json().get("gender").asText()).isEqualTo("other");
    }

    @Test
    void updateWithoutSubscribedTypeRaisesNothing(LifenSandbox sandbox) throws Exception {
        sandbox.webhooks().subscribe(WebhookSubscription.builder(RECEIVER.url(), SECRET)
                .eventTypes(WebhookEventType.ENCOUNTER_CREATED, WebhookEventType.PATIENT_MERGED)
                .build());

        SandboxHttp.Response updated = updateGender(sandbox, PATIENT_LEFEVRE_ID, "male");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(sandbox.webhooks().awaitDeliveries(WAIT)).isTrue();
        assertThat(sandbox.webhooks().publishedBatches()).isEmpty();
        assertThat(RECEIVER.requests()).isEmpty();
    }

    @Test
    void updateWithoutSubscriptionSucceeds(LifenSandbox sandbox) {
        sandbox.webhooks().unsubscribe();

        SandboxHttp.Response updated = updateGender(sandbox, PATIENT_LEFEVRE_ID, "male");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(sandbox.webhooks().publishedBatches()).isEmpty();
    }

    @Test
    void triggerPublishesPatientUpdated(LifenSandbox sandbox) throws Exception {
        HttpResponse<String> triggered = post(sandbox.webhookTriggerUrl() + "/patient.updated");

        assertThat(triggered.statusCode()).as(triggered.body()).isEqualTo(202);
        JsonNode reply = SandboxHttp.JSON.readTree(triggered.body());
        assertThat(sandbox.webhooks().awaitDeliveries(WAIT)).isTrue();
        JsonNode received = RECEIVER.requests().get(0).json();
        assertThat(received.get("notification-uuid").asText()).isEqualTo(reply.get("notification-uuid").asText());
        assertThat(received.at("/events/0/event-uuid").asText()).isEqualTo(reply.at("/event-uuids/0").asText());
        assertThat(received.at("/events/0/event-details/patient-id").asText()).isEqualTo(PATIENT_MICHUE_ID);
        assertThat(received.at("/events/0/event-details/patient-ipp").asText()).isEqualTo(PATIENT_MICHUE_IPP);
    }

    @Test
    void triggerTakesPatientId(LifenSandbox sandbox) throws Exception {
        HttpResponse<String> triggered = post(sandbox.webhookTriggerUrl() + "/patient.updated?patient-id="
                + PATIENT_LEFEVRE_ID);

        assertThat(triggered.statusCode()).isEqualTo(202);
        assertThat(sandbox.webhooks().awaitDeliveries(WAIT)).isTrue();
        assertThat(RECEIVER.requests().get(0).json().at("/events/0/event-details/patient-ipp").asText())
                .isEqualTo(PATIENT_LEFEVRE_IPP);
    }

    @Test
    void triggerErrors(LifenSandbox sandbox) throws Exception {
        HttpResponse<String> unknownPatient = post(sandbox.webhookTriggerUrl() + "/patient.updated?patient-id=nobody");
        HttpResponse<String> unknownTrigger = post(sandbox.webhookTriggerUrl() + "/patient.merged");
        HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(sandbox.webhookTriggerUrl()
                + "/patient.updated")).GET().build());
        sandbox.webhooks().unsubscribe();
        HttpResponse<String> noSubscription = post(sandbox.webhookTriggerUrl() + "/patient.updated");

        assertThat(unknownPatient.statusCode()).isEqualTo(404);
        assertThat(SandboxHttp.JSON.readTree(unknownPatient.body()).get("error").asText()).contains("nobody");
        assertThat(unknownTrigger.statusCode()).isEqualTo(404);
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(noSubscription.statusCode()).isEqualTo(409);
        assertThat(SandboxHttp.JSON.readTree(noSubscription.body()).get("error").asText())
                .contains("No webhook subscription");
        assertThat(sandbox.webhooks().publishedBatches()).isEmpty();
    }

    @Test
    void resumeLiftsSuspension(LifenSandbox sandbox) throws Exception {
        String missingPath = RECEIVER.url().replace(WebhookReceiver.PATH, "/no-such-callback");
        sandbox.webhooks().subscribe(WebhookSubscription.builder(missingPath, SECRET).build());
        sandbox.webhooks().patientUpdated(PATIENT_MICHUE_ID, PATIENT_MICHUE_IPP);
        assertThat(sandbox.webhooks().awaitDeliveries(WAIT)).isTrue();
        assertThat(sandbox.webhooks().attempts()).singleElement()
                .satisfies(attempt -> assertThat(attempt.status()).isEqualTo(404));
        assertThat(sandbox.webhooks().isSuspended()).as("no retry with an empty schedule").isTrue();
        HttpResponse<String> suspended = post(sandbox.webhookTriggerUrl() + "/patient.updated");

        HttpResponse<String> resumed = post(sandbox.webhookTriggerUrl() + "/resume");

        assertThat(suspended.statusCode()).isEqualTo(409);
        assertThat(suspended.body()).contains("/sandbox/webhooks/resume");
        assertThat(resumed.statusCode()).isEqualTo(204);
        assertThat(sandbox.webhooks().isSuspended()).isFalse();
    }

    private static SandboxHttp.Response updateGender(LifenSandbox sandbox, String patientId, String gender) {
        String url = sandbox.fhirV2Url() + "/Patient/" + patientId;
        ObjectNode patient = (ObjectNode) SandboxHttp.get(url, token).json();
        patient.put("gender", gender);
        return SandboxHttp.putJson(url, token, patient.toString());
    }

    private static HttpResponse<String> post(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
