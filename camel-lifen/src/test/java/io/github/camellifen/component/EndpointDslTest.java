package io.github.camellifen.component;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellifen.component.dsl.LifenEndpointBuilderFactory;
import io.github.camellifen.component.dsl.LifenEndpointBuilderFactory.AdvancedLifenEndpointBuilder;
import io.github.camellifen.component.dsl.LifenEndpointBuilderFactory.AdvancedLifenEndpointConsumerBuilder;
import io.github.camellifen.component.dsl.LifenEndpointBuilderFactory.AdvancedLifenEndpointProducerBuilder;
import io.github.camellifen.component.dsl.LifenEndpointBuilderFactory.LifenBuilders;
import io.github.camellifen.component.dsl.LifenEndpointBuilderFactory.LifenEndpointBuilder;
import io.github.camellifen.component.dsl.LifenEndpointBuilderFactory.LifenEndpointConsumerBuilder;
import io.github.camellifen.component.dsl.LifenEndpointBuilderFactory.LifenEndpointProducerBuilder;
import io.github.camellifen.component.dsl.LifenEndpointBuilderFactory.LifenHeaderNameBuilder;
import io.github.camellifen.sandbox.LifenSandbox;
import io.github.camellifen.sandbox.LifenSandboxExtension;
import io.github.camellifen.sandbox.ReceivedDocument;
import io.github.camellifen.sandbox.SandboxSeedData;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written Endpoint DSL: it offers every option and header of lifen.json, and a Java route built with it
 * reaches the sandbox with a secret containing plus and percent signs.
 */
class EndpointDslTest {

    private static final String RAW_SECRET = "p+q%2Br%";

    private static final Path SOURCE = Path.of("src/main/java/io/github/camellifen/component/dsl/"
            + "LifenEndpointBuilderFactory.java");

    @RegisterExtension
    static final LifenSandboxExtension SANDBOX = new LifenSandboxExtension(LifenSandbox.builder()
            .rateLimitPerSecond(0)
            .client("raw-client", RAW_SECRET, Set.of(LifenSandbox.DEFAULT_AUDIENCE),
                    Set.of(LifenSandbox.DEFAULT_DATABASE_REFERENCE)));

    private CamelContext camel;

    @BeforeEach
    void createCamel() {
        SANDBOX.sandbox().reset();
        camel = new DefaultCamelContext();
        camel.getPropertiesComponent().addInitialProperty("lifen.api", SANDBOX.sandbox().fhirV3Url());
        camel.getPropertiesComponent().addInitialProperty("lifen.token", SANDBOX.sandbox().tokenUrlV3());
    }

    @AfterEach
    void stopCamel() {
        camel.stop();
    }

    @Test
    void builderOffersEveryOption() throws Exception {
        List<String> missing = new ArrayList<>();

        for (Map.Entry<String, JsonNode> option : endpointParameters().entrySet()) {
            for (Class<?> builder : buildersFor(option.getValue())) {
                for (Class<?> type : expectedParameterTypes(option.getValue())) {
                    if (!hasMethod(builder, option.getKey(), type)) {
                        missing.add(builder.getSimpleName() + "." + option.getKey() + "(" + type.getSimpleName() + ")");
                    }
                }
            }
        }

        assertThat(missing).as("builder methods to add for the options of lifen.json").isEmpty();
    }

    @Test
    void builderOffersNoUnknownOption() throws Exception {
        Map<String, JsonNode> options = endpointParameters();
        List<String> unknown = new ArrayList<>();

        for (Class<?> builder : List.of(LifenEndpointConsumerBuilder.class, AdvancedLifenEndpointConsumerBuilder.class,
                LifenEndpointProducerBuilder.class, AdvancedLifenEndpointProducerBuilder.class,
                LifenEndpointBuilder.class, AdvancedLifenEndpointBuilder.class)) {
            for (Method method : builder.getDeclaredMethods()) {
                boolean switchesGroup = method.getName().equals("advanced") || method.getName().equals("basic");
                JsonNode option = options.get(method.getName());
                if (!switchesGroup && (option == null || !buildersFor(option).contains(builder))) {
                    unknown.add(builder.getSimpleName() + "." + method.getName());
                }
            }
        }

        assertThat(unknown).as("builder methods for options lifen.json lacks or puts in another group").isEmpty();
    }

    @Test
    void javadocCarriesEachDescription() throws Exception {
        String source = Files.readString(SOURCE).replaceAll("\\s*\\n\\s*\\* ?", " ");
        List<String> undocumented = new ArrayList<>();

        for (Map.Entry<String, JsonNode> option : endpointParameters().entrySet()) {
            String description = javadocText(option.getValue().path("description").asText());
            if (!source.contains(description)) {
                undocumented.add(option.getKey());
            }
        }
        for (Map.Entry<String, JsonNode> header : headers().entrySet()) {
            if (!source.contains(javadocText(header.getValue().path("description").asText()))) {
                undocumented.add(header.getKey());
            }
        }

        assertThat(undocumented).as("options and headers whose Javadoc differs from lifen.json").isEmpty();
    }

    @Test
    void headerNamesMatchLifenJson() throws Exception {
        LifenHeaderNameBuilder names = new LifenBuilders() { }.lifen();

        for (String header : headers().keySet()) {
            String methodName = Character.toLowerCase(header.charAt(5)) + header.substring(6);
            Method method = LifenHeaderNameBuilder.class.getMethod(methodName);

            assertThat(method.invoke(names)).as(methodName).isEqualTo(header);
        }
        assertThat(LifenHeaderNameBuilder.class.getDeclaredMethods()).hasSize(headers().size());
    }

    @Test
    void javaRouteSendsWithPlusSecret() throws Exception {
        camel.addRoutes(new SendRoutes(RAW_SECRET));
        camel.start();
        byte[] pdf = SandboxOperationsTest.samplePdf();

        Exchange exchange = camel.createProducerTemplate().send("direct:send", e -> e.getMessage().setBody(pdf));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(LifenConstants.TRACKING_STATUS)).isNotNull();
        List<ReceivedDocument> received = SANDBOX.sandbox().receivedDocuments();
        assertThat(received).hasSize(1);
        assertThat(received.get(0).content()).isEqualTo(pdf);
        assertThat(received.get(0).documentTitle()).isEqualTo("Compte rendu");
        assertThat(SANDBOX.sandbox().successfulTokenRequestCount()).isEqualTo(1);
    }

    @Test
    void javaRouteSearchesWithParameters() throws Exception {
        camel.addRoutes(new EndpointRouteBuilder() {
            @Override
            public void configure() {
                from("direct:search").to(LifenEndpointBuilderFactory.lifen("search/Patient")
                        .apiBaseUrl("{{lifen.api}}")
                        .tokenUrl("{{lifen.token}}")
                        .audience(LifenSandbox.DEFAULT_AUDIENCE)
                        .clientId("raw-client")
                        .clientSecret(RAW_SECRET)
                        .databaseReference(LifenSandbox.DEFAULT_DATABASE_REFERENCE)
                        .searchParameters("family", "MICHUE")
                        .outputType("map")
                        .advanced().maxRetries(0).requestTimeout("20s"));
            }
        });
        camel.start();

        Exchange exchange = camel.createProducerTemplate().send("direct:search", e -> { });

        assertThat(exchange.getException()).isNull();
        Map<?, ?> bundle = exchange.getMessage().getBody(Map.class);
        assertThat(bundle.get("total")).isEqualTo(1);
        LifenEndpoint endpoint = camel.getEndpoints().stream().filter(LifenEndpoint.class::isInstance)
                .map(LifenEndpoint.class::cast).findFirst().orElseThrow();
        assertThat(endpoint.getConfiguration().getMaxRetries()).isZero();
        assertThat(endpoint.getConfiguration().getRequestTimeout()).isEqualTo(20_000);
    }

    @Test
    void resolvedEndpointKeepsSpecialCharacters() {
        camel.start();

        for (String secret : List.of("p+q%2Br%", "a)b+c%", "x&y=z", "plain-secret", "sp ace")) {
            LifenEndpoint endpoint = LifenEndpointBuilderFactory.lifen("read/Patient")
                    .environment("post-prod").clientId("c").databaseReference("db").clientSecret(secret)
                    .resolve(camel, LifenEndpoint.class);

            assertThat(endpoint.getConfiguration().getClientSecret()).as(secret).isEqualTo(secret);
        }
    }

    @Test
    void printedEndpointsMaskLiteralSecret() throws Exception {
        camel.addRoutes(new SendRoutes(RAW_SECRET));
        camel.start();

        for (Endpoint endpoint : camel.getEndpoints()) {
            assertThat(endpoint.toString()).doesNotContain(RAW_SECRET).doesNotContain("p%2Bq");
            assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain(RAW_SECRET)
                    .doesNotContain("p%2Bq");
        }
    }

    @Test
    void placeholderSecretStaysOutOfRouteDump() throws Exception {
        camel.getPropertiesComponent().addInitialProperty("lifen.secret", RAW_SECRET);
        camel.addRoutes(new SendRoutes("{{lifen.secret}}"));
        camel.start();
        byte[] pdf = SandboxOperationsTest.samplePdf();

        Exchange exchange = camel.createProducerTemplate().send("direct:send", e -> e.getMessage().setBody(pdf));
        String dumped = PluginHelper.getModelToXMLDumper(camel).dumpModelAsXml(camel,
                ((ModelCamelContext) camel).getRouteDefinitions().get(0));

        assertThat(exchange.getException()).isNull();
        assertThat(SANDBOX.sandbox().receivedDocuments()).hasSize(1);
        assertThat(dumped).contains("{{lifen.secret}}").doesNotContain(RAW_SECRET).doesNotContain("p%2Bq");
    }

    /** A route built with the Endpoint DSL, as a user's Java RouteBuilder writes it. */
    private static final class SendRoutes extends EndpointRouteBuilder implements LifenBuilders {

        private final String secret;

        SendRoutes(String secret) {
            this.secret = secret;
        }

        @Override
        public void configure() {
            from("direct:send")
                    .setHeader(lifen().lifenSubject(), constant("Patient/" + SandboxSeedData.PATIENT_DUPRE_ID))
                    .to(lifen("send-to-ehr")
                            .apiBaseUrl("{{lifen.api}}")
                            .tokenUrl("{{lifen.token}}")
                            .audience(LifenSandbox.DEFAULT_AUDIENCE)
                            .clientId("raw-client")
                            .clientSecret(secret)
                            .databaseReference(LifenSandbox.DEFAULT_DATABASE_REFERENCE)
                            .documentTitle("Compte rendu"))
                    .to(lifen("tracking")
                            .apiBaseUrl("{{lifen.api}}")
                            .tokenUrl("{{lifen.token}}")
                            .audience(LifenSandbox.DEFAULT_AUDIENCE)
                            .clientId("raw-client")
                            .clientSecret(secret)
                            .databaseReference(LifenSandbox.DEFAULT_DATABASE_REFERENCE));
        }
    }

    /** Returns the builders that must offer an option, from its label as Camel's generator reads it. */
    private static List<Class<?>> buildersFor(JsonNode model) {
        List<String> labels = List.of(model.path("label").asText().split(","));
        boolean consumer = labels.contains("consumer") || !labels.contains("producer");
        boolean producer = labels.contains("producer") || !labels.contains("consumer");
        boolean advanced = labels.contains("advanced");
        List<Class<?>> builders = new ArrayList<>();

        if (consumer) {
            builders.add(advanced ? AdvancedLifenEndpointConsumerBuilder.class : LifenEndpointConsumerBuilder.class);
        }
        if (producer) {
            builders.add(advanced ? AdvancedLifenEndpointProducerBuilder.class : LifenEndpointProducerBuilder.class);
        }
        if (consumer && producer) {
            builders.add(advanced ? AdvancedLifenEndpointBuilder.class : LifenEndpointBuilder.class);
        }
        return builders;
    }

    private static List<Class<?>> expectedParameterTypes(JsonNode model) throws ClassNotFoundException {
        if (model.path("multiValue").asBoolean()) {
            return List.of(String.class, Map.class);
        }
        return switch (model.path("javaType").asText()) {
            case "java.lang.String" -> List.of(String.class);
            case "boolean" -> List.of(boolean.class, String.class);
            case "int" -> List.of(int.class, String.class);
            case "long" -> List.of(long.class, String.class);
            default -> List.of(Class.forName(model.path("javaType").asText()), String.class);
        };
    }

    private static boolean hasMethod(Class<?> builder, String name, Class<?> type) {
        return Arrays.stream(builder.getDeclaredMethods())
                .anyMatch(method -> method.getName().equals(name) && method.getParameterTypes()[0] == type);
    }

    /** Returns the description as the Javadoc writes it: HTML-escaped, on one line. */
    private static String javadocText(String description) {
        return description.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "{@literal @}");
    }

    private static Map<String, JsonNode> endpointParameters() throws Exception {
        Map<String, JsonNode> parameters = new java.util.LinkedHashMap<>();
        lifenJson().path("properties").fields().forEachRemaining(entry -> {
            if (entry.getValue().path("kind").asText().equals("parameter")) {
                parameters.put(entry.getKey(), entry.getValue());
            }
        });
        return parameters;
    }

    private static Map<String, JsonNode> headers() throws Exception {
        Map<String, JsonNode> headers = new java.util.LinkedHashMap<>();
        lifenJson().path("headers").fields().forEachRemaining(entry -> headers.put(entry.getKey(), entry.getValue()));
        return headers;
    }

    private static JsonNode lifenJson() throws Exception {
        try (InputStream in = EndpointDslTest.class.getResourceAsStream(
                "/META-INF/io/github/camellifen/component/lifen.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
