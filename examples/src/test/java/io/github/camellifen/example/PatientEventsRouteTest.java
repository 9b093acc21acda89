package io.github.camellifen.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.github.camellifen.sandbox.LifenSandbox;
import io.github.camellifen.sandbox.SandboxSeedData;
import io.github.camellifen.sandbox.WebhookAttempt;
import io.github.camellifen.sandbox.WebhookBatch;
import io.github.camellifen.sandbox.WebhookFault;
import io.github.camellifen.sandbox.WebhookSubscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The YAML patient-events route, fed by the sandbox's signed webhook deliveries. */
class PatientEventsRouteTest {

    private static final Duration DELIVERIES = Duration.ofSeconds(30);

    @TempDir
    Path work;

    private LifenSandbox sandbox;
    private ExampleApplication application;

    @BeforeEach
    void start() throws Exception {
        sandbox = LifenExampleMain.startSandbox();
        Map<String, String> properties = new HashMap<>(LifenTarget.Sandbox.properties(sandbox));
        properties.put("example.work-dir", work.toString());
        application = ExampleApplication.start(properties);
        sandbox.webhooks().subscribe(WebhookSubscription.builder("http://127.0.0.1:"
                + properties.get(LifenTarget.WEBHOOK_PORT) + "/lifen/webhook",
                properties.get(LifenTarget.WEBHOOK_SECRET_PROPERTY)).build());
    }

    @AfterEach
    void stop() throws Exception {
        application.close();
        sandbox.close();
    }

    @Test
    void updatedPatientIsReadBack() throws Exception {
        try (CapturedLog log = CapturedLog.start()) {
            sandbox.webhooks().patientUpdated(SandboxSeedData.PATIENT_DUPRE_ID);

            assertThat(application.progress().awaitPatientsRead(1, DELIVERIES)).isTrue();
            assertThat(log.text()).contains("Patient sandbox-patient-2 read back after its update");
            // The patient's name is health data and stays out of the log
            assertThat(log.text()).doesNotContainIgnoringCase("Dupré").doesNotContainIgnoringCase("Dupre");
        }
    }

    @Test
    void otherEventsAreCountedNotRead() throws Exception {
        sandbox.webhooks().patientMerged(SandboxSeedData.PATIENT_MARTIN_ID, SandboxSeedData.PATIENT_MARTIN_IPP,
                SandboxSeedData.PATIENT_MICHUE_ID, SandboxSeedData.PATIENT_MICHUE_IPP);

        assertThat(sandbox.webhooks().awaitDeliveries(DELIVERIES)).isTrue();
        assertThat(application.progress().eventsReceived()).isEqualTo(1);
        assertThat(application.progress().patientsRead()).isZero();
    }

    @Test
    void forgedAndRepeatedDeliveriesChangeNothing() throws Exception {
        sandbox.webhooks().injectIntoNextBatch(WebhookFault.WRONG_SIGNATURE);
        WebhookBatch forged = sandbox.webhooks().patientUpdated(SandboxSeedData.PATIENT_MICHUE_ID);
        assertThat(sandbox.webhooks().awaitDeliveries(DELIVERIES)).isTrue();
        sandbox.webhooks().injectIntoNextBatch(WebhookFault.DUPLICATE_BATCH);
        sandbox.webhooks().patientUpdated(SandboxSeedData.PATIENT_MARTIN_ID);
        assertThat(sandbox.webhooks().awaitDeliveries(DELIVERIES)).isTrue();

        assertThat(sandbox.webhooks().attempts(forged.notificationUuid())).extracting(WebhookAttempt::status)
                .containsExactly(401, 200);
        assertThat(application.progress().eventsReceived()).isEqualTo(2);
        assertThat(application.progress().patientsRead()).isEqualTo(2);
    }
}
