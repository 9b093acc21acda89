package io.github.camellifen.sandbox;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link LifenSandbox} from the command line until the process is stopped (Ctrl-C):
 * {@code java -jar camel-lifen-sandbox.jar [--port N]}.
 */
public final class LifenSandboxMain {

    private static final String LOG4J_CONFIGURATION = "log4j2.configurationFile";

    private LifenSandboxMain() {
    }

    /**
     * Starts the sandbox, prints its URLs and credentials, and waits for the process to stop.
     *
     * @param args {@code --port N} to listen on port N of 127.0.0.1 (default 0: a free port), or {@code --help}
     * @throws InterruptedException if the main thread is interrupted while waiting
     */
    public static void main(String[] args) throws InterruptedException {
        // Set before the first logger exists; a configuration chosen by the user wins.
        if (System.getProperty(LOG4J_CONFIGURATION) == null) {
            System.setProperty(LOG4J_CONFIGURATION, "classpath:lifen-sandbox-log4j2.xml");
        }

        int port;
        try {
            port = parsePort(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            printUsage(System.err);
            System.exit(2);
            return;
        }
        if (port < 0) {
            printUsage(System.out);
            return;
        }

        LifenSandbox sandbox = run(port, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "lifen-sandbox-shutdown"));
        stopped.await();
    }

    /**
     * Starts a sandbox and prints its URLs and the test credentials.
     *
     * @param port port on 127.0.0.1, 0 for a free port
     * @param out where to print
     * @return the running sandbox, which the caller closes
     */
    static LifenSandbox run(int port, PrintStream out) {
        LifenSandbox sandbox = LifenSandbox.builder().port(port).start();
        out.println("Lifen sandbox running at " + sandbox.baseUrl());
        out.println("  Token URL (v3):     " + sandbox.tokenUrlV3());
        out.println("  Token URL (v2):     " + sandbox.tokenUrlV2());
        out.println("  FHIR base URL (v3): " + sandbox.fhirV3Url());
        out.println("  FHIR base URL (v2): " + sandbox.fhirV2Url());
        out.println("  client_id:          " + LifenSandbox.DEFAULT_CLIENT_ID);
        out.println("  client_secret:      " + LifenSandbox.DEFAULT_CLIENT_SECRET);
        out.println("  audience:           " + LifenSandbox.DEFAULT_AUDIENCE);
        out.println("  database_reference: " + LifenSandbox.DEFAULT_DATABASE_REFERENCE);
        out.println("Press Ctrl-C to stop.");
        out.flush();
        return sandbox;
    }

    /**
     * Reads the port from the arguments.
     *
     * @return the port, 0 when absent, or -1 when help was requested
     * @throws IllegalArgumentException for an unknown argument or an invalid port
     */
    static int parsePort(String[] args) {
        int port = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    return -1;
                }
                case "--port" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("Missing value after --port: expected a port number from 0 to 65535");
                    }
                    port = portNumber(args[++i]);
                }
                default -> throw new IllegalArgumentException("Unknown argument: " + args[i]);
            }
        }
        return port;
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
        out.println("Usage: java -jar camel-lifen-sandbox.jar [--port N]");
        out.println("  --port N   port to listen on at 127.0.0.1; 0 (the default) picks a free port");
    }
}
