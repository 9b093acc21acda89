package io.github.camellifen.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Choosing Lifen or the sandbox from environment variables. No test here sends anything to Lifen. */
class LifenTargetTest {

    private static final Map<String, String> CREDENTIALS = Map.of(
            "LIFEN_CLIENT_ID", "my-client",
            "LIFEN_CLIENT_SECRET", "s3cret+/=",
            "LIFEN_DATABASE_REFERENCE", "my-database");

    @Test
    void noCredentialsChoosesSandbox() {
        assertThat(LifenTarget.fromEnvironment(Map.of())).isInstanceOf(LifenTarget.Sandbox.class);
        assertThat(LifenTarget.fromEnvironment(Map.of("LIFEN_CLIENT_ID", " ", "LIFEN_ENVIRONMENT", "production")))
                .isInstanceOf(LifenTarget.Sandbox.class);
    }

    @Test
    void credentialsChooseLifenPostProd() {
        LifenTarget target = LifenTarget.fromEnvironment(CREDENTIALS);

        assertThat(target).isInstanceOf(LifenTarget.Lifen.class);
        Map<String, String> properties = ((LifenTarget.Lifen) target).properties();
        assertThat(properties).containsEntry("camel.component.lifen.environment", "post-prod");
        assertThat(properties).containsEntry("camel.component.lifen.client-id", "my-client");
        assertThat(properties).containsEntry("camel.component.lifen.client-secret", "s3cret+/=");
        assertThat(properties).containsEntry("camel.component.lifen.database-reference", "my-database");
        // Lifen's URLs come from the environment preset, never from the sandbox
        assertThat(properties).doesNotContainKeys("camel.component.lifen.api-base-url",
                "camel.component.lifen.token-url");
    }

    @Test
    void webhookSecretTurnsOnPatientEvents() {
        Map<String, String> environment = new HashMap<>(CREDENTIALS);
        LifenTarget.Lifen without = (LifenTarget.Lifen) LifenTarget.fromEnvironment(environment);
        environment.put("LIFEN_WEBHOOK_SECRET", "whsec-42");

        LifenTarget.Lifen with = (LifenTarget.Lifen) LifenTarget.fromEnvironment(environment);

        assertThat(without.properties()).doesNotContainKeys("camel.component.lifen.webhook-secret",
                "example.webhook.enabled");
        assertThat(with.properties()).containsEntry("camel.component.lifen.webhook-secret", "whsec-42")
                .containsEntry("example.webhook.enabled", "true");
        assertThat(with.toString()).doesNotContain("whsec-42");
    }

    @Test
    void lifenEnvironmentIsRead() {
        Map<String, String> environment = new HashMap<>(CREDENTIALS);
        environment.put("LIFEN_ENVIRONMENT", "production");

        LifenTarget.Lifen target = (LifenTarget.Lifen) LifenTarget.fromEnvironment(environment);

        assertThat(target.environment()).isEqualTo("production");
        assertThat(target.describe()).isEqualTo("Lifen production as client my-client");
    }

    @Test
    void invalidLifenEnvironmentIsRejected() {
        Map<String, String> environment = new HashMap<>(CREDENTIALS);
        environment.put("LIFEN_ENVIRONMENT", "staging");

        assertThatThrownBy(() -> LifenTarget.fromEnvironment(environment))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid LIFEN_ENVIRONMENT 'staging'");
    }

    @Test
    void partialCredentialsAreRejected() {
        assertThatThrownBy(() -> LifenTarget.fromEnvironment(Map.of("LIFEN_CLIENT_ID", "my-client")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LIFEN_CLIENT_SECRET, LIFEN_DATABASE_REFERENCE");
    }

    @Test
    void secretStaysOutOfToString() {
        LifenTarget target = LifenTarget.fromEnvironment(CREDENTIALS);

        assertThat(target.toString()).doesNotContain("s3cret");
        assertThat(target.describe()).doesNotContain("s3cret");
    }

    @Test
    void partialCredentialsStopTheRunBeforeCamel() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        LifenExampleMain.JobResult result = LifenExampleMain.run(Map.of("LIFEN_CLIENT_SECRET", "s3cret"), Map.of(),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.summary()).isNull();
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
