package io.github.camellifen.component;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.github.camellifen.component.auth.AccessToken;
import io.github.camellifen.sandbox.LifenSandbox;
import io.github.camellifen.sandbox.SandboxSeedData;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code lifen} dev console, the endpoint's JMX attributes and Camel's {@code service} console, with two
 * components against the sandbox: one whose credentials work and one whose secret is wrong. Every output is searched
 * for both secrets and the issued token.
 */
class ObservabilityTest {

    private static final String CLIENT = "observed-client";
    private static final String SECRET = "SECRET-canary-console-2b8f";
    private static final String WRONG_SECRET = "SECRET-canary-wrong-c40d";
    private static final String SEARCH = "lifen:search/Patient?search.family=MICHUE";
    private static final String MISSING = "lifen:read/Patient?resourceId=no-such-patient";
    private static final String REFUSED = "lifen-refused:read/Patient?resourceId=" + SandboxSeedData.PATIENT_MICHUE_ID;

    private static LifenSandbox sandbox;
    private static CamelContext camel;
    private static LifenComponent lifen;

    @BeforeAll
    static void sendThroughBothComponents() throws Exception {
        sandbox = LifenSandbox.builder().rateLimitPerSecond(0)
                .client(CLIENT, SECRET, Set.of(LifenSandbox.DEFAULT_AUDIENCE),
                        Set.of(LifenSandbox.DEFAULT_DATABASE_REFERENCE))
                .start();

        // With camel-management on the class path, the context registers its MBeans in the platform MBeanServer
        camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("lifen-observability");
        lifen = component(SECRET);
        camel.addComponent("lifen", lifen);
        camel.addComponent("lifen-refused", component(WRONG_SECRET));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:search").routeId("search").to(SEARCH);
                from("direct:missing").routeId("missing").to(MISSING);
                from("direct:refused").routeId("refused").to(REFUSED);
            }
        });
        camel.start();

        ProducerTemplate template = camel.createProducerTemplate();
        for (int i = 0; i < 3; i++) {
            assertThat(template.send("direct:search", exchange -> { }).getException()).isNull();
        }
        assertThat(template.send("direct:missing", exchange -> { }).getException())
                .isInstanceOf(LifenApiException.class);
        assertThat(template.send("direct:refused", exchange -> { }).getException())
                .hasMessageStartingWith("[access_denied] Unauthorized");
    }

    @AfterAll
    static void stopAll() {
        camel.stop();
        sandbox.close();
    }

    private static LifenComponent component(String secret) {
        LifenComponent component = new LifenComponent();
        LifenConfiguration config = component.getConfiguration();
        config.setApiBaseUrl(sandbox.fhirV3Url());
        config.setTokenUrl(sandbox.tokenUrlV3());
        config.setAudience(LifenSandbox.DEFAULT_AUDIENCE);
        config.setClientId(CLIENT);
        config.setClientSecret(secret);
        config.setDatabaseReference(LifenSandbox.DEFAULT_DATABASE_REFERENCE);
        config.setMaxRetries(0);
        return component;
    }

    private static AccessToken issuedToken() {
        LifenEndpoint endpoint = camel.getEndpoint(SEARCH, LifenEndpoint.class);
        AccessToken token = lifen.getTokenManager().store().get(endpoint.credentials().key());
        assertThat(token).isNotNull();
        return token;
    }

    private static DevConsole console(String id) {
        DevConsoleRegistry registry = DevConsoleRegistry.get(camel);
        assertThat(registry).as("camel-console provides the registry").isNotNull();
        DevConsole console = registry.resolveById(id);
        assertThat(console).as("console " + id + " resolved from the class path").isNotNull();
        return console;
    }

    @Test
    void consoleTextListsEachCredentialSet() {
        String text = (String) console("lifen").call(DevConsole.MediaType.TEXT);

        assertThat(text).contains("Component: lifen\n", "Component: lifen-refused\n",
                "Token URL: " + sandbox.tokenUrlV3(), "Client id: " + CLIENT,
                "Audience: " + LifenSandbox.DEFAULT_AUDIENCE,
                "Database reference: " + LifenSandbox.DEFAULT_DATABASE_REFERENCE,
                "Token expires at: " + issuedToken().expiresAt(), "Token expires at: no cached token",
                "API replies by status: 200=3, 404=1", "API replies by status: none",
                "Last token error: [access_denied] Unauthorized (HTTP 401");
        assertThat(text).doesNotContain(SECRET, WRONG_SECRET, issuedToken().value());
    }

    @Test
    void consoleJsonCountsTokensAndReplies() {
        JsonObject json = (JsonObject) console("lifen").call(DevConsole.MediaType.JSON);

        List<Map<String, Object>> sets = credentialSets(json);
        assertThat(sets).hasSize(2);
        Map<String, Object> working = sets.stream().filter(set -> "lifen".equals(set.get("component")))
                .findFirst().orElseThrow();
        assertThat(working).containsEntry("clientId", CLIENT)
                .containsEntry("tokenUrl", sandbox.tokenUrlV3())
                .containsEntry("audience", LifenSandbox.DEFAULT_AUDIENCE)
                .containsEntry("databaseReference", LifenSandbox.DEFAULT_DATABASE_REFERENCE)
                .containsEntry("tokenExpiresAt", issuedToken().expiresAt().toString())
                .containsEntry("tokensFetched", 1L)
                .containsEntry("tokenRequestsFailed", 0L)
                .containsEntry("apiRepliesByStatus", Map.of("200", 3L, "404", 1L))
                .doesNotContainKey("lastTokenError");

        Map<String, Object> refused = sets.stream().filter(set -> "lifen-refused".equals(set.get("component")))
                .findFirst().orElseThrow();
        assertThat(refused).containsEntry("tokensFetched", 0L)
                .containsEntry("tokenRequestsFailed", 1L)
                .doesNotContainKey("tokenExpiresAt")
                .containsKey("lastTokenErrorAt");
        assertThat((String) refused.get("lastTokenError")).startsWith("[access_denied] Unauthorized (HTTP 401");

        assertThat(json.toJson()).doesNotContain(SECRET, WRONG_SECRET, issuedToken().value());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> credentialSets(JsonObject json) {
        return (List<Map<String, Object>>) json.get("credentialSets");
    }

    @Test
    void jmxShowsCredentialSetOfEndpoint() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName search = endpointMBean(server, "search/Patient");

        assertThat(server.getAttribute(search, "ClientId")).isEqualTo(CLIENT);
        assertThat(server.getAttribute(search, "TokenUrl")).isEqualTo(sandbox.tokenUrlV3());
        assertThat(server.getAttribute(search, "Audience")).isEqualTo(LifenSandbox.DEFAULT_AUDIENCE);
        assertThat(server.getAttribute(search, "DatabaseReference"))
                .isEqualTo(LifenSandbox.DEFAULT_DATABASE_REFERENCE);
        assertThat(server.getAttribute(search, "TokenExpiresAt")).isEqualTo(issuedToken().expiresAt().toString());
        assertThat(server.getAttribute(search, "TokensFetched")).isEqualTo(1L);
        assertThat(server.getAttribute(search, "TokenRequestsFailed")).isEqualTo(0L);
        assertThat(server.getAttribute(search, "LastTokenError")).isNull();
        assertThat(server.getAttribute(search, "ApiRepliesByStatus"))
                .as("both endpoints share the credential set").isEqualTo("200=3, 404=1");

        ObjectName refused = endpointMBean(server, "lifen-refused");
        assertThat((String) server.getAttribute(refused, "LastTokenError"))
                .startsWith("[access_denied] Unauthorized (HTTP 401");
        assertThat(server.getAttribute(refused, "TokenExpiresAt")).isNull();
    }

    @Test
    void jmxAttributesHoldNoSecretOrToken() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        List<String> values = new ArrayList<>();
        for (ObjectName name : server.queryNames(new ObjectName("org.apache.camel:context=lifen-observability,*"),
                null)) {
            values.add(name.toString());
            for (MBeanAttributeInfo attribute : server.getMBeanInfo(name).getAttributes()) {
                values.add(attribute.getName() + "=" + readQuietly(server, name, attribute.getName()));
            }
        }

        assertThat(values).as("attributes read").hasSizeGreaterThan(100);
        assertThat(values).anySatisfy(value -> assertThat(value).startsWith("ClientId=" + CLIENT));
        assertThat(String.join("\n", values)).doesNotContain(SECRET, WRONG_SECRET, issuedToken().value());
    }

    private static ObjectName endpointMBean(MBeanServer server, String uriPart) throws Exception {
        Set<ObjectName> names = server.queryNames(
                new ObjectName("org.apache.camel:context=lifen-observability,type=endpoints,*"), null);
        return names.stream().filter(name -> name.getKeyProperty("name").contains(uriPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no endpoint MBean for " + uriPart + " among " + names));
    }

    private static Object readQuietly(MBeanServer server, ObjectName name, String attribute) {
        try {
            return server.getAttribute(name, attribute);
        } catch (Exception e) {
            // Some of Camel's own attributes cannot be read in this state, but their names were still searched
            return "unreadable";
        }
    }

    @Test
    void serviceConsoleListsLifenApi() {
        String text = (String) console("service").call(DevConsole.MediaType.TEXT);

        assertThat(text).contains("Component: lifen", "Direction: out", "Protocol: http",
                "Service: " + sandbox.fhirV3Url());
        assertThat(text).doesNotContain(SECRET, WRONG_SECRET, issuedToken().value());
    }

    @Test
    void serviceMetadataNamesClientAndDatabase() {
        LifenEndpoint endpoint = camel.getEndpoint(SEARCH, LifenEndpoint.class);

        assertThat(endpoint.getServiceMetadata()).containsEntry("clientId", CLIENT)
                .containsEntry("databaseReference", LifenSandbox.DEFAULT_DATABASE_REFERENCE)
                .hasSize(2);
    }
}
