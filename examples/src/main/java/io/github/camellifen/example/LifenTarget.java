package io.github.camellifen.example;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.camellifen.sandbox.LifenSandbox;
import io.github.camellifen.sandbox.SandboxSeedData;

/**
 * The platform the application sends to: Lifen itself when credentials are in the environment, otherwise a local
 * sandbox. Lifen mode needs all of {@code LIFEN_CLIENT_ID}, {@code LIFEN_CLIENT_SECRET} and
 * {@code LIFEN_DATABASE_REFERENCE}. {@code LIFEN_ENVIRONMENT} defaults to post-prod. {@code LIFEN_WEBHOOK_SECRET}
 * turns on the patient-events route.
 */
public sealed interface LifenTarget {

    String CLIENT_ID = "LIFEN_CLIENT_ID";
    String CLIENT_SECRET = "LIFEN_CLIENT_SECRET";
    String DATABASE_REFERENCE = "LIFEN_DATABASE_REFERENCE";
    String ENVIRONMENT = "LIFEN_ENVIRONMENT";
    String WEBHOOK_SECRET = "LIFEN_WEBHOOK_SECRET";
    String WEBHOOK_PORT = "camel.server.port";
    String WEBHOOK_SECRET_PROPERTY = "camel.component.lifen.webhook-secret";

    List<String> CREDENTIALS = List.of(CLIENT_ID, CLIENT_SECRET, DATABASE_REFERENCE);
    Set<String> ENVIRONMENTS = Set.of("production", "post-prod");

    /** Returns a short description for the summary, without any secret. */
    String describe();

    /** A local sandbox, used when none of the Lifen credential variables is set. */
    record Sandbox() implements LifenTarget {

        @Override
        public String describe() {
            return "local Lifen sandbox";
        }

        /**
         * Returns the properties that point the component and the example at a running sandbox. The
         * patient-events route receives the sandbox's webhooks on a free loopback port, with a secret made up for
         * this run, both in the properties {@link #WEBHOOK_PORT} and {@link #WEBHOOK_SECRET_PROPERTY}.
         */
        public static Map<String, String> properties(LifenSandbox sandbox) {
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("camel.component.lifen.api-base-url", sandbox.fhirV3Url());
            properties.put("camel.component.lifen.token-url", sandbox.tokenUrlV3());
            properties.put("camel.component.lifen.audience", LifenSandbox.DEFAULT_AUDIENCE);
            properties.put("camel.component.lifen.client-id", LifenSandbox.DEFAULT_CLIENT_ID);
            properties.put("camel.component.lifen.client-secret", LifenSandbox.DEFAULT_CLIENT_SECRET);
            properties.put("camel.component.lifen.database-reference", LifenSandbox.DEFAULT_DATABASE_REFERENCE);

            // The seed data's IPPs and visit numbers are issued by one organisation under this system
            properties.put("example.patient-identifier-system", SandboxSeedData.IDENTIFIER_SYSTEM);
            properties.put("example.encounter-identifier-system", SandboxSeedData.IDENTIFIER_SYSTEM);

            properties.put(WEBHOOK_PORT, Integer.toString(freePort()));
            properties.put(WEBHOOK_SECRET_PROPERTY, newSecret());
            properties.put("example.webhook.enabled", "true");
            return properties;
        }

        private static int freePort() {
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return probe.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("No free loopback port for the webhook receiver", e);
            }
        }

        private static String newSecret() {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            return HexFormat.of().formatHex(secret);
        }
    }

    /** Lifen itself, with the credentials from the environment. */
    record Lifen(String clientId, String clientSecret, String databaseReference, String environment,
                 String webhookSecret) implements LifenTarget {

        @Override
        public String describe() {
            return "Lifen " + environment + " as client " + clientId;
        }

        /** Returns the component options; the environment preset supplies Lifen's URLs and audience. */
        public Map<String, String> properties() {
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("camel.component.lifen.environment", environment);
            properties.put("camel.component.lifen.client-id", clientId);
            properties.put("camel.component.lifen.client-secret", clientSecret);
            properties.put("camel.component.lifen.database-reference", databaseReference);
            if (webhookSecret != null) {
                properties.put(WEBHOOK_SECRET_PROPERTY, webhookSecret);
                properties.put("example.webhook.enabled", "true");
            }
            return properties;
        }

        // A record's generated toString would print the secret
        @Override
        public String toString() {
            return "Lifen[clientId=" + clientId + ", databaseReference=" + databaseReference + ", environment="
                    + environment + "]";
        }
    }

    /**
     * Chooses the target from environment variables.
     *
     * @throws IllegalArgumentException when only some credential variables are set, or LIFEN_ENVIRONMENT is invalid
     */
    static LifenTarget fromEnvironment(Map<String, String> environment) {
        List<String> missing = CREDENTIALS.stream().filter(name -> isBlank(environment.get(name))).toList();
        if (missing.size() == CREDENTIALS.size()) {
            return new Sandbox();
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Missing environment variables " + String.join(", ", missing)
                    + ": set all of " + String.join(", ", CREDENTIALS) + " to send to Lifen, or none of them to "
                    + "use the local sandbox");
        }

        String name = environment.getOrDefault(ENVIRONMENT, "");
        String lifenEnvironment = name.isBlank() ? "post-prod" : name.trim();
        if (!ENVIRONMENTS.contains(lifenEnvironment)) {
            throw new IllegalArgumentException("Invalid " + ENVIRONMENT + " '" + name + "': use production or "
                    + "post-prod, or leave it unset for post-prod");
        }
        String webhookSecret = isBlank(environment.get(WEBHOOK_SECRET)) ? null : environment.get(WEBHOOK_SECRET);
        return new Lifen(environment.get(CLIENT_ID).trim(), environment.get(CLIENT_SECRET),
                environment.get(DATABASE_REFERENCE).trim(), lifenEnvironment, webhookSecret);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
