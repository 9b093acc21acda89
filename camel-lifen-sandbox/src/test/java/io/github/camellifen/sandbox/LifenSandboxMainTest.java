package io.github.camellifen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LifenSandboxMainTest {

    private static final Pattern BASE_URL = Pattern.compile("running at (http://127\\.0\\.0\\.1:\\d+)");

    @Test
    void runPrintsUrlsAndCredentials() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        try (LifenSandbox sandbox = LifenSandboxMain.run(LifenSandboxMain.parse(new String[] {}),
                new PrintStream(output, true, StandardCharsets.UTF_8))) {
            String printed = output.toString(StandardCharsets.UTF_8);

            assertThat(printed).contains(sandbox.baseUrl(), sandbox.tokenUrlV3(), sandbox.tokenUrlV2(),
                    sandbox.fhirV3Url(), sandbox.fhirV2Url());
            assertThat(printed).contains(LifenSandbox.DEFAULT_CLIENT_ID, LifenSandbox.DEFAULT_CLIENT_SECRET,
                    LifenSandbox.DEFAULT_AUDIENCE, LifenSandbox.DEFAULT_DATABASE_REFERENCE);
        }
    }

    @Test
    void parseReadsArguments() {
        assertThat(LifenSandboxMain.parse(new String[] {}).port()).isZero();
        assertThat(LifenSandboxMain.parse(new String[] {}).webhookSubscription()).isNull();
        assertThat(LifenSandboxMain.parse(new String[] {"--port", "8089"}).port()).isEqualTo(8089);
        assertThat(LifenSandboxMain.parse(new String[] {"--help"}).help()).isTrue();
        assertThatThrownBy(() -> LifenSandboxMain.parse(new String[] {"--port"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LifenSandboxMain.parse(new String[] {"--port", "http"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LifenSandboxMain.parse(new String[] {"--port", "70000"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LifenSandboxMain.parse(new String[] {"--verbose"}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parseReadsWebhookSubscription() {
        LifenSandboxMain.Options options = LifenSandboxMain.parse(new String[] {"--webhook-url",
                "http://127.0.0.1:8080/lifen/webhook", "--webhook-secret", "demo-secret"});

        assertThat(options.webhookSubscription().callbackUrl()).hasToString("http://127.0.0.1:8080/lifen/webhook");
        assertThat(options.webhookSubscription().secret()).isEqualTo("demo-secret");
        assertThat(options.webhookSubscription().eventTypes()).containsExactlyInAnyOrder(WebhookEventType.values());
        assertThatThrownBy(() -> LifenSandboxMain.parse(new String[] {"--webhook-url", "http://127.0.0.1/hook"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--webhook-secret");
        assertThatThrownBy(() -> LifenSandboxMain.parse(new String[] {"--webhook-secret", "demo-secret"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--webhook-url");
        assertThatThrownBy(() -> LifenSandboxMain.parse(new String[] {"--webhook-url", "http://example.org/hook",
                "--webhook-secret", "demo-secret"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loopback");
    }

    @Test
    void runWithWebhookPrintsTriggerButNotSecret() throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            LifenSandboxMain.Options options = LifenSandboxMain.parse(new String[] {"--webhook-url", receiver.url(),
                    "--webhook-secret", "demo-secret"});

            try (LifenSandbox sandbox = LifenSandboxMain.run(options, new PrintStream(output, true,
                    StandardCharsets.UTF_8))) {
                String printed = output.toString(StandardCharsets.UTF_8);
                assertThat(printed).contains(receiver.url(), sandbox.webhookTriggerUrl() + "/patient.updated")
                        .doesNotContain("demo-secret");

                SandboxHttp.Response triggered = SandboxHttp.postForm(sandbox.webhookTriggerUrl() + "/patient.updated",
                        null, java.util.Map.of());
                assertThat(triggered.status()).isEqualTo(202);
                assertThat(sandbox.webhooks().awaitDeliveries(java.time.Duration.ofSeconds(20))).isTrue();
                assertThat(receiver.requests()).singleElement().satisfies(received -> assertThat(
                        received.header(SandboxWebhooks.SIGNATURE_HEADER))
                        .isEqualTo(WebhookReceiver.hmacSha256Hex("demo-secret", received.body())));
            }
        }
    }

    @Test
    void standaloneProcessServesUntilStopped() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                LifenSandboxMain.class.getName(), "--port", "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            List<String> lines = readUntilReady(process);
            String printed = String.join("\n", lines);
            Matcher matcher = BASE_URL.matcher(printed);
            assertThat(matcher.find()).as(printed).isTrue();
            String baseUrl = matcher.group(1);

            assertThat(printed).contains(baseUrl + "/v1/token", baseUrl + "/oauth/token", baseUrl + "/fhir/v3",
                    baseUrl + "/fhir/v2", LifenSandbox.DEFAULT_CLIENT_SECRET);
            SandboxHttp.Response token =
                    SandboxHttp.postForm(baseUrl + "/v1/token", null, SandboxHttp.defaultTokenFields());
            assertThat(token.status()).isEqualTo(200);
        } finally {
            process.destroy();
        }

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("process stopped after SIGTERM").isTrue();
    }

    private static List<String> readUntilReady(Process process) throws IOException {
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            lines.add(line);
            if (line.startsWith("Press Ctrl-C")) {
                return lines;
            }
        }
        throw new AssertionError("The standalone sandbox exited before it was ready; output: " + lines);
    }
}
