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

        try (LifenSandbox sandbox = LifenSandboxMain.run(0, new PrintStream(output, true, StandardCharsets.UTF_8))) {
            String printed = output.toString(StandardCharsets.UTF_8);

            assertThat(printed).contains(sandbox.baseUrl(), sandbox.tokenUrlV3(), sandbox.tokenUrlV2(),
                    sandbox.fhirV3Url(), sandbox.fhirV2Url());
            assertThat(printed).contains(LifenSandbox.DEFAULT_CLIENT_ID, LifenSandbox.DEFAULT_CLIENT_SECRET,
                    LifenSandbox.DEFAULT_AUDIENCE, LifenSandbox.DEFAULT_DATABASE_REFERENCE);
        }
    }

    @Test
    void parsePortReadsArguments() {
        assertThat(LifenSandboxMain.parsePort(new String[] {})).isZero();
        assertThat(LifenSandboxMain.parsePort(new String[] {"--port", "8089"})).isEqualTo(8089);
        assertThat(LifenSandboxMain.parsePort(new String[] {"--help"})).isEqualTo(-1);
        assertThatThrownBy(() -> LifenSandboxMain.parsePort(new String[] {"--port"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LifenSandboxMain.parsePort(new String[] {"--port", "http"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LifenSandboxMain.parsePort(new String[] {"--port", "70000"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LifenSandboxMain.parsePort(new String[] {"--verbose"}))
                .isInstanceOf(IllegalArgumentException.class);
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
