package io.github.camellifen.example;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camellifen.sandbox.LifenSandbox;
import io.github.camellifen.sandbox.SandboxSeedData;
import io.github.camellifen.sandbox.WebhookSubscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the example once: chooses Lifen or a local sandbox from the environment, searches patients, sends every PDF
 * of the inbox, and with the sandbox has it post a patient.updated webhook that the patient-events route reads
 * back. Then it prints a summary and exits. The exit status is 0 when every document was handled, whether sent or
 * moved to error/. It is 1 when the job could not run because the settings are invalid, Camel or the sandbox failed
 * to start, the patient search failed, or the inbox was not empty within example.max-run-seconds.
 */
public final class LifenExampleMain {

    private static final Logger LOG = LoggerFactory.getLogger(LifenExampleMain.class);

    // Lifen completes a sending some time after accepting it. The sandbox imitates that, so the route polls twice
    private static final Duration SANDBOX_TRACKING_DELAY = Duration.ofMillis(300);

    // The sandbox retries a webhook delivery within seconds; a route that has read nothing by then never will
    private static final Duration WEBHOOK_WAIT = Duration.ofSeconds(30);

    private LifenExampleMain() {
    }

    public static void main(String[] args) {
        System.exit(run(System.getenv(), Map.of(), System.out).exitCode());
    }

    /**
     * Runs the example against the target the environment variables choose.
     *
     * @param properties properties that win over application.properties, such as example.work-dir
     */
    public static JobResult run(Map<String, String> environment, Map<String, String> properties, PrintStream out) {
        LifenTarget target;
        try {
            target = LifenTarget.fromEnvironment(environment);
        } catch (IllegalArgumentException e) {
            LOG.error(e.getMessage());
            return JobResult.notRun();
        }

        if (target instanceof LifenTarget.Lifen lifen) {
            return runJob(lifen, merge(lifen.properties(), properties), null, out);
        }
        try (LifenSandbox sandbox = startSandbox()) {
            return runWithSandbox(sandbox, properties, out);
        } catch (RuntimeException e) {
            LOG.error("The Lifen sandbox failed: {}", e.getMessage(), e);
            return JobResult.notRun();
        }
    }

    /** Returns a sandbox set up as the example uses it: sendings complete a moment after they arrive. */
    public static LifenSandbox startSandbox() {
        return LifenSandbox.builder().trackingCompletesAfter(SANDBOX_TRACKING_DELAY).start();
    }

    /**
     * Runs the example against a running sandbox, after copying the sample documents into the inbox.
     *
     * @param properties properties that win over application.properties and over the sandbox settings
     */
    public static JobResult runWithSandbox(LifenSandbox sandbox, Map<String, String> properties, PrintStream out) {
        Map<String, String> overrides = merge(LifenTarget.Sandbox.properties(sandbox), properties);
        sandbox.webhooks().subscribe(WebhookSubscription.builder("http://127.0.0.1:"
                + overrides.get(LifenTarget.WEBHOOK_PORT) + "/lifen/webhook",
                overrides.get(LifenTarget.WEBHOOK_SECRET_PROPERTY)).build());
        return runJob(new LifenTarget.Sandbox(), overrides, sandbox, out);
    }

    private static JobResult runJob(LifenTarget target, Map<String, String> overrides, LifenSandbox sandbox,
                                    PrintStream out) {
        try (ExampleApplication application = ExampleApplication.start(overrides)) {
            Path workFolder = Path.of(application.property("example.work-dir"));
            if (sandbox != null) {
                List<String> seeded = SampleInbox.seed(Path.of(application.property("example.samples-dir")),
                        workFolder);
                LOG.info("Copied {} sample documents into {}", seeded.size(), workFolder.resolve("inbox"));
            }

            Integer patients = searchPatients(application);
            boolean inboxEmptied = false;
            if (patients != null) {
                Duration limit = Duration.ofSeconds(Long.parseLong(application.property("example.max-run-seconds")));
                inboxEmptied = application.processInbox(limit);
            }

            if (sandbox != null && inboxEmptied) {
                updatePatient(sandbox, application);
            }

            JobSummary summary = summarize(application, target, sandbox, patients, inboxEmptied, workFolder);
            out.print(summary.format());
            out.flush();
            return new JobResult(inboxEmptied ? 0 : 1, summary);
        } catch (IOException e) {
            // A missing samples folder or a failed copy, whose message names the folder and the fix
            LOG.error("The example could not run: {}", e.getMessage());
            return JobResult.notRun();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.error("The example was interrupted before the inbox was empty");
            return JobResult.notRun();
        } catch (Exception e) {
            LOG.error("The example could not run: {}", e.getMessage(), e);
            return JobResult.notRun();
        }
    }

    // The sandbox plays Lifen: a patient changes, Lifen posts patient.updated, the patient-events route reads it back
    private static void updatePatient(LifenSandbox sandbox, ExampleApplication application)
            throws InterruptedException {
        sandbox.webhooks().patientUpdated(SandboxSeedData.PATIENT_MICHUE_ID);
        if (!application.progress().awaitPatientsRead(1, WEBHOOK_WAIT)) {
            LOG.warn("The patient-events route read no patient within {} of the sandbox's webhook", WEBHOOK_WAIT);
        }

        // Stop only once the sandbox has its reply: a delivery whose event is still in the route when Camel shuts
        // down gets 429, and the sandbox sends it again later
        if (!sandbox.webhooks().awaitDeliveries(WEBHOOK_WAIT)) {
            LOG.warn("The sandbox's webhook delivery did not end within {}", WEBHOOK_WAIT);
        }
    }

    // A failed search means Lifen cannot be used with these settings, so the documents stay in the inbox
    private static Integer searchPatients(ExampleApplication application) {
        try {
            return application.searchPatients();
        } catch (Exception e) {
            LOG.error("The patient search failed, so the inbox was not read: {}", e.getMessage());
            return null;
        }
    }

    private static JobSummary summarize(ExampleApplication application, LifenTarget target, LifenSandbox sandbox,
                                        Integer patients, boolean inboxEmptied, Path workFolder) {
        JobProgress progress = application.progress();
        String description = sandbox == null ? target.describe() : target.describe() + " at " + sandbox.baseUrl();
        Integer sandboxTokenRequests = sandbox == null ? null : sandbox.tokenRequestCount();
        boolean webhooks = Boolean.parseBoolean(application.property("example.webhook.enabled"));
        return new JobSummary(description, patients, inboxEmptied, progress.completed(), progress.pending(),
                progress.failed(), application.tokenRequestCount(), sandboxTokenRequests, workFolder.resolve("error"),
                webhooks, progress.eventsReceived(), progress.patientsRead());
    }

    private static Map<String, String> merge(Map<String, String> base, Map<String, String> overrides) {
        Map<String, String> merged = new LinkedHashMap<>(base);
        merged.putAll(overrides);
        return merged;
    }

    /**
     * Exit status and summary of a run.
     *
     * @param exitCode 0 when every document was handled, 1 when the job could not run
     * @param summary  what the run did, or null when it stopped before Camel ran
     */
    public record JobResult(int exitCode, JobSummary summary) {

        static JobResult notRun() {
            return new JobResult(1, null);
        }
    }
}
