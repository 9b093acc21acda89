package io.github.camellifen.example;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.camellifen.sandbox.LifenSandbox;
import io.github.camellifen.sandbox.SandboxSeedData;

/**
 * The platform the application sends to: Lifen itself when credentials are in the environment, otherwise a local
 * sandbox. Lifen mode needs all of {@code LIFEN_CLIENT_ID}, {@code LIFEN_CLIENT_SECRET} and
 * {@code LIFEN_DATABASE_REFERENCE}. {@code LIFEN_ENVIRONMENT} defaults to post-prod.
 */
public sealed interface LifenTarget {

    String CLIENT_ID = "LIFEN_CLIENT_ID";
    String CLIENT_SECRET = "LIFEN_CLIENT_SECRET";
    String DATABASE_REFERENCE = "LIFEN_DATABASE_REFERENCE";
    String ENVIRONMENT = "LIFEN_ENVIRONMENT";

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

        /** Returns the properties that point the component and the example at a running sandbox. */
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
            return properties;
        }
    }

    /** Lifen itself, with the credentials from the environment. */
    record Lifen(String clientId, String clientSecret, String databaseReference, String environment)
            implements LifenTarget {

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
        return new Lifen(environment.get(CLIENT_ID).trim(), environment.get(CLIENT_SECRET),
                environment.get(DATABASE_REFERENCE).trim(), lifenEnvironment);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
