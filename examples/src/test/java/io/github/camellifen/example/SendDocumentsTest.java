package io.github.camellifen.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.camellifen.example.LifenExampleMain.JobResult;
import io.github.camellifen.sandbox.LifenSandbox;
import io.github.camellifen.sandbox.ReceivedDocument;
import io.github.camellifen.sandbox.SandboxSeedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The send-documents job end to end: the YAML route, the lifen component and the sandbox on loopback. */
class SendDocumentsTest {

    private static final Path SAMPLES = Path.of(System.getProperty("basedir", "."), "samples");

    /** What each sample's sidecar specifies, written out here so that the test does not trust the parser. */
    private record Expected(String patientId, String encounterId, String documentType, String documentTitle) {
    }

    private static final Map<String, Expected> EXPECTED = Map.of(
            "002-trivial-libre-office-writer.pdf", new Expected(SandboxSeedData.PATIENT_MICHUE_ID,
                    SandboxSeedData.ENCOUNTER_MICHUE_ID, "11488-4", "Consultation note"),
            "base64image.pdf", new Expected(SandboxSeedData.PATIENT_MICHUE_ID, null, "18748-4",
                    "Imaging report"),
            "crazyones-pdfa.pdf", new Expected(SandboxSeedData.PATIENT_DUPRE_ID,
                    SandboxSeedData.ENCOUNTER_DUPRE_ID, "18842-5", "Discharge summary"),
            "google-doc-document.pdf", new Expected(SandboxSeedData.PATIENT_LEFEVRE_ID,
                    SandboxSeedData.ENCOUNTER_LEFEVRE_ID, "11506-3", "Progress note"),
            "pdflatex-4-pages.pdf", new Expected(SandboxSeedData.PATIENT_MARTIN_ID, null, null, null));

    @TempDir
    Path work;

    private LifenSandbox sandbox;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeEach
    void startSandbox() {
        sandbox = LifenExampleMain.startSandbox();
    }

    @AfterEach
    void closeSandbox() {
        sandbox.close();
    }

    @Test
    void fiveSamplesReachTheirPatients() throws IOException {
        JobResult result;
        String log;
        try (CapturedLog capturedLog = CapturedLog.start()) {
            result = run(SAMPLES);
            log = capturedLog.text();
        }

        assertThat(result.exitCode()).isZero();
        assertThat(names(work.resolve("done"))).containsExactlyInAnyOrderElementsOf(withSidecars(EXPECTED.keySet()));
        assertThat(names(work.resolve("inbox"))).isEmpty();
        assertThat(names(work.resolve("error"))).isEmpty();
        for (String name : EXPECTED.keySet()) {
            assertThat(work.resolve("done").resolve(name)).hasSameBinaryContentAs(SAMPLES.resolve(name));
        }

        List<ReceivedDocument> received = sandbox.receivedDocuments();
        assertThat(received).hasSize(EXPECTED.size());
        EXPECTED.forEach((name, expected) -> assertReceivedOnce(received, name, expected));

        assertThat(sandbox.tokenRequestCount()).isEqualTo(1);
        JobSummary summary = result.summary();
        assertThat(summary.componentTokenRequests()).isEqualTo(1);
        assertThat(summary.sandboxTokenRequests()).isEqualTo(1);
        assertThat(summary.completed()).isEqualTo(5);
        assertThat(summary.pending()).isZero();
        assertThat(summary.failed()).isZero();
        assertThat(summary.patientsFound()).isEqualTo(1);
        assertThat(summary.inboxEmptied()).isTrue();

        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Patient search:   1 patient matches the family name");
        assertThat(text).contains("Documents sent:   5 (tracking completed: 5, still pending: 0)");
        assertThat(text).contains("Documents failed: 0");
        assertThat(text).contains("Token requests:   1 sent by the component, 1 received by the sandbox");
        assertThat(text).contains("Webhook events:   1 received, 1 patient read back");
        assertThat(summary.eventsReceived()).isEqualTo(1);
        assertThat(summary.patientsRead()).isEqualTo(1);
        assertThat(sandbox.webhooks().attempts()).singleElement().satisfies(attempt ->
                assertThat(attempt.status()).isEqualTo(200));

        assertLogsIdsOnly(log, received);
    }

    @Test
    void unknownPatientGoesToError() throws IOException {
        Path samples = Files.createDirectories(work.resolve("samples"));
        Files.copy(SAMPLES.resolve("crazyones-pdfa.pdf"), samples.resolve("unknown.pdf"));
        Files.writeString(samples.resolve("unknown.pdf.properties"), "patient.identifier=100000099\n");

        JobResult result = run(samples);

        assertThat(result.exitCode()).isZero();
        Path error = work.resolve("error");
        assertThat(names(error)).containsExactlyInAnyOrder("unknown.pdf", "unknown.pdf.properties",
                "unknown.pdf.reason.txt");
        assertThat(error.resolve("unknown.pdf")).hasSameBinaryContentAs(samples.resolve("unknown.pdf"));
        assertThat(error.resolve("unknown.pdf.reason.txt")).content(StandardCharsets.UTF_8)
                .startsWith("No patient has the IPP 100000099");
        assertThat(names(work.resolve("done"))).isEmpty();
        assertThat(names(work.resolve("inbox"))).isEmpty();

        assertThat(sandbox.receivedDocuments()).isEmpty();
        assertThat(result.summary().failed()).isEqualTo(1);
        assertThat(result.summary().sent()).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Documents failed: 1 (reasons in " + error + ")");
    }

    @Test
    void encounterOfAnotherPatientGoesToError() throws IOException {
        Path samples = Files.createDirectories(work.resolve("samples"));
        Files.copy(SAMPLES.resolve("crazyones-pdfa.pdf"), samples.resolve("stay.pdf"));
        // The IPP is Hélène Dupré's, but the visit number is MICHUE PAULETTE's stay
        Files.writeString(samples.resolve("stay.pdf.properties"), "patient.identifier="
                + SandboxSeedData.PATIENT_DUPRE_IPP + "\nencounter.identifier="
                + SandboxSeedData.ENCOUNTER_MICHUE_VISIT_NUMBER + "\n");

        JobResult result = run(samples);

        assertThat(result.exitCode()).isZero();
        assertThat(work.resolve("error").resolve("stay.pdf.reason.txt")).content(StandardCharsets.UTF_8)
                .startsWith("No encounter of Patient/" + SandboxSeedData.PATIENT_DUPRE_ID + " has the identifier "
                        + SandboxSeedData.ENCOUNTER_MICHUE_VISIT_NUMBER);
        assertThat(sandbox.receivedDocuments()).isEmpty();
        assertThat(result.summary().failed()).isEqualTo(1);
    }

    @Test
    void secondRunSendsTheSamplesAgain() throws IOException {
        JobResult first = run(SAMPLES);
        JobResult second = run(SAMPLES);

        assertThat(first.exitCode()).isZero();
        assertThat(second.exitCode()).isZero();
        assertThat(second.summary().completed()).isEqualTo(5);
        assertThat(names(work.resolve("done"))).containsExactlyInAnyOrderElementsOf(withSidecars(EXPECTED.keySet()));
        assertThat(sandbox.receivedDocuments()).hasSize(10);

        // Each run is a new Camel context with its own token cache
        assertThat(second.summary().componentTokenRequests()).isEqualTo(1);
        assertThat(sandbox.tokenRequestCount()).isEqualTo(2);
    }

    @Test
    void rateLimitedDocumentsStillReachLifen() throws IOException {
        Path samples = Files.createDirectories(work.resolve("samples"));
        for (String name : List.of("002-trivial-libre-office-writer.pdf", "crazyones-pdfa.pdf")) {
            Files.copy(SAMPLES.resolve(name), samples.resolve(name));
            Files.copy(SAMPLES.resolve(name + DocumentSidecar.SUFFIX), samples.resolve(name + DocumentSidecar.SUFFIX));
        }

        // Each document needs four or five requests, so some get HTTP 429. How many depends on timing, so the test
        // checks only that every document still ends in done/
        JobResult result;
        try (LifenSandbox limited = LifenSandbox.builder().rateLimitPerSecond(3).start()) {
            result = LifenExampleMain.runWithSandbox(limited, properties(samples), new PrintStream(printed, true,
                    StandardCharsets.UTF_8));
            assertThat(limited.receivedDocuments()).hasSize(2);
        }

        assertThat(result.exitCode()).isZero();
        assertThat(result.summary().completed()).isEqualTo(2);
        assertThat(result.summary().failed()).isZero();
        assertThat(names(work.resolve("error"))).isEmpty();
    }

    @Test
    void rejectedCredentialsLeaveTheInboxUntouched() throws IOException {
        Map<String, String> properties = properties(SAMPLES);
        properties.put("camel.component.lifen.client-secret", "not-the-sandbox-secret");

        JobResult result = LifenExampleMain.runWithSandbox(sandbox, properties, new PrintStream(printed, true,
                StandardCharsets.UTF_8));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.summary().patientsFound()).isNull();
        assertThat(names(work.resolve("inbox"))).containsExactlyInAnyOrderElementsOf(withSidecars(EXPECTED.keySet()));
        assertThat(names(work.resolve("done"))).isEmpty();
        assertThat(sandbox.receivedDocuments()).isEmpty();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("Patient search:   failed, so no document was processed");
    }

    private JobResult run(Path samples) {
        return LifenExampleMain.runWithSandbox(sandbox, properties(samples), new PrintStream(printed, true,
                StandardCharsets.UTF_8));
    }

    private Map<String, String> properties(Path samples) {
        Map<String, String> properties = new HashMap<>();
        properties.put("example.work-dir", work.toString());
        properties.put("example.samples-dir", samples.toString());
        return properties;
    }

    private static void assertReceivedOnce(List<ReceivedDocument> received, String name, Expected expected) {
        byte[] sample = read(SAMPLES.resolve(name));
        List<ReceivedDocument> matches = received.stream()
                .filter(document -> Arrays.equals(document.content(), sample))
                .toList();

        assertThat(matches).as("documents byte-identical to %s", name).hasSize(1);
        ReceivedDocument document = matches.get(0);
        assertThat(document.subject()).as("subject of %s", name).isEqualTo("Patient/" + expected.patientId());
        assertThat(document.context()).as("context of %s", name)
                .isEqualTo(expected.encounterId() == null ? null : "Encounter/" + expected.encounterId());
        assertThat(document.documentType()).as("document type of %s", name).isEqualTo(expected.documentType());
        assertThat(document.documentTitle()).as("title of %s", name).isEqualTo(expected.documentTitle());
        assertThat(document.contentType()).as("content type of %s", name).isEqualTo("application/pdf");
    }

    private static void assertLogsIdsOnly(String log, List<ReceivedDocument> received) {
        for (ReceivedDocument document : received) {
            assertThat(log).contains(document.transactionId() + " outcome=completed");
        }
        assertThat(log).contains("Document base64image.pdf: patient=Patient/" + SandboxSeedData.PATIENT_MICHUE_ID);

        // No secret, token, name, title, birth date or body
        assertThat(log).doesNotContain(LifenSandbox.DEFAULT_CLIENT_SECRET);
        assertThat(log).doesNotContainIgnoringCase("bearer");
        assertThat(log).doesNotContain("access_token");
        for (String data : List.of("MICHUE", "PAULETTE", "Dupré", "Hélène", "PIERRE", "Lefèvre", "1940-11-10",
                "Consultation note", "Discharge summary", "%PDF", "resourceType", "JVBERi0")) {
            assertThat(log).as("log of the run").doesNotContainIgnoringCase(data);
        }
    }

    private static List<String> withSidecars(Collection<String> names) {
        return names.stream().flatMap(name -> Stream.of(name, name + DocumentSidecar.SUFFIX)).toList();
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
