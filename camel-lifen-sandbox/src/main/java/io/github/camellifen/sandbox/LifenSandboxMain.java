package io.github.camellifen.sandbox;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link LifenSandbox} from the command line until the process is stopped (Ctrl-C):
 * {@code java -jar camel-lifen-sandbox.jar [--port N] [--webhook-url URL --webhook-secret SECRET]}.
 */
public final class LifenSandboxMain {

    private static final String LOG4J_CONFIGURATION = "log4j2.configurationFile";

    private LifenSandboxMain() {
    }

    /**
     * The command line settings.
     *
     * @param port port on 127.0.0.1, 0 for a free port
     * @param webhookSubscription subscription to every event type, or {@code null} for none
     * @param help true if {@code --help} was given, in which case nothing starts
     */
    record Options(int port, WebhookSubscription webhookSubscription, boolean help) {
    }

    /**
     * Starts the sandbox, prints its URLs and credentials, and waits for the process to stop.
     *
     * @param args {@code --port N} to listen on port N of 127.0.0.1 (default 0: a free port),
     *        {@code --webhook-url URL} and {@code --webhook-secret SECRET} to send webhook batches to a loopback
     *        URL, or {@code --help}
     * @throws InterruptedException if the main thread is interrupted while waiting
     */
    public static void main(String[] args) throws InterruptedException {
        // Set before the first logger exists; a configuration chosen by the user wins.
        if (System.getProperty(LOG4J_CONFIGURATION) == null) {
            System.setProperty(LOG4J_CONFIGURATION, "classpath:lifen-sandbox-log4j2.xml");
        }

        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            printUsage(System.err);
            System.exit(2);
            return;
        }
        if (options.help()) {
            printUsage(System.out);
            return;
        }

        LifenSandbox sandbox = run(options, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "lifen-sandbox-shutdown"));
        stopped.await();
    }

    /**
     * Starts a sandbox and prints its URLs, the test credentials and, with a subscription, the webhook URLs. The
     * webhook secret is not printed.
     *
     * @param options port and webhook subscription
     * @param out where to print
     * @return the running sandbox, which the caller closes
     */
    static LifenSandbox run(Options options, PrintStream out) {
        LifenSandbox.Builder builder = LifenSandbox.builder().port(options.port());
        if (options.webhookSubscription() != null) {
            builder.webhookSubscription(options.webhookSubscription());
        }
        LifenSandbox sandbox = builder.start();

        out.println("Lifen sandbox running at " + sandbox.baseUrl());
        out.println("  Token URL (v3):     " + sandbox.tokenUrlV3());
        out.println("  Token URL (v2):     " + sandbox.tokenUrlV2());
        out.println("  FHIR base URL (v3): " + sandbox.fhirV3Url());
        out.println("  FHIR base URL (v2): " + sandbox.fhirV2Url());
        out.println("  client_id:          " + LifenSandbox.DEFAULT_CLIENT_ID);
        out.println("  client_secret:      " + LifenSandbox.DEFAULT_CLIENT_SECRET);
        out.println("  audience:           " + LifenSandbox.DEFAULT_AUDIENCE);
        out.println("  database_reference: " + LifenSandbox.DEFAULT_DATABASE_REFERENCE);
        if (options.webhookSubscription() != null) {
            out.println("  Webhook callback:   " + options.webhookSubscription().callbackUrl());
            out.println("  Webhook trigger:    curl -X POST '" + sandbox.webhookTriggerUrl()
                    + "/patient.updated?patient-id=" + SandboxSeedData.PATIENT_MICHUE_ID + "'");
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        return sandbox;
    }

    /**
     * Reads the options from the arguments.
     *
     * @return the options; port 0 and no subscription when absent
     * @throws IllegalArgumentException for an unknown argument, a missing value, an invalid port, a webhook URL
     *         without a secret or the other way round, or a webhook URL that is not {@code http} on loopback
     */
    static Options parse(String[] args) {
        int port = 0;
        String webhookUrl = null;
        String webhookSecret = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    return new Options(0, null, true);
                }
                case "--port" -> port = portNumber(value(args, ++i, "--port", "a port number from 0 to 65535"));
                case "--webhook-url" -> webhookUrl = value(args, ++i, "--webhook-url", "an http URL on loopback");
                case "--webhook-secret" -> webhookSecret = value(args, ++i, "--webhook-secret", "the webhook secret");
                default -> throw new IllegalArgumentException("Unknown argument: " + args[i]);
            }
        }
        return new Options(port, subscription(webhookUrl, webhookSecret), false);
    }

    private static String value(String[] args, int index, String option, String expected) {
        if (index >= args.length) {
            throw new IllegalArgumentException("Missing value after " + option + ": expected " + expected);
        }
        return args[index];
    }

    private static WebhookSubscription subscription(String webhookUrl, String webhookSecret) {
        if (webhookUrl == null && webhookSecret == null) {
            return null;
        }
        if (webhookUrl == null || webhookSecret == null) {
            throw new IllegalArgumentException("--webhook-url and --webhook-secret go together: give both or neither");
        }
        return WebhookSubscription.builder(webhookUrl, webhookSecret).build();
    }

    private static int portNumber(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // Reported below with the same message as an out-of-range number.
        }
        throw new IllegalArgumentException("Invalid port: " + value + " (expected 0 to 65535)");
    }

    private static void printUsage(PrintStream out) {
        out.println("Usage: java -jar camel-lifen-sandbox.jar [--port N] [--webhook-url URL --webhook-secret SECRET]");
        out.println("  --port N                port to listen on at 127.0.0.1; 0 (the default) picks a free port");
        out.println("  --webhook-url URL       http URL on loopback that receives webhook batches of every type");
        out.println("  --webhook-secret SECRET secret that signs the webhook batches (HMAC-SHA256)");
    }
}
