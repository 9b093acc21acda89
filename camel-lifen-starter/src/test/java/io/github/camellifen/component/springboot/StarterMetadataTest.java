package io.github.camellifen.component.springboot;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.camellifen.component.LifenComponent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.convert.DurationStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the starter's properties in step with the component: every option of lifen.json's componentProperties
 * has a property with the same type, default and description in the starter's configuration metadata, which
 * spring-boot-configuration-processor generates from {@link LifenComponentConfiguration}. An option added to the
 * component without its property fails here.
 */
class StarterMetadataTest {

    private static final String COMPONENT_JSON = "META-INF/io/github/camellifen/component/lifen.json";
    private static final String SPRING_METADATA = "META-INF/spring-configuration-metadata.json";
    private static final String PREFIX = "camel.component.lifen.";
    private static final Set<String> STARTER_SETTINGS = Set.of(PREFIX + "enabled", PREFIX + "customizer.enabled");

    private static Map<String, JsonNode> options;
    private static Map<String, JsonNode> properties;
    private static Map<String, JsonNode> hints;

    @BeforeAll
    static void readMetadata() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream in = LifenComponent.class.getClassLoader().getResourceAsStream(COMPONENT_JSON)) {
            options = fields(mapper.readTree(in).get("componentProperties"));
        }

        JsonNode metadata = starterMetadata(mapper);
        properties = byName(metadata.get("properties"));
        hints = byName(metadata.get("hints"));
    }

    @Test
    void everyOptionHasProperty() {
        List<String> missing = new ArrayList<>();
        options.keySet().forEach(option -> {
            if (!properties.containsKey(propertyName(option))) {
                missing.add(propertyName(option));
            }
        });

        assertThat(options).hasSizeGreaterThan(30);
        assertThat(missing).as("options of lifen.json without a property in LifenComponentConfiguration").isEmpty();
    }

    @Test
    void everyPropertyIsOptionOrStarterSetting() {
        Set<String> expected = new TreeSet<>(STARTER_SETTINGS);
        options.keySet().forEach(option -> expected.add(propertyName(option)));

        assertThat(new TreeSet<>(properties.keySet())).isEqualTo(expected);
    }

    @Test
    void typesMatch() {
        Map<String, String> actual = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        options.forEach((option, model) -> {
            expected.put(option, normalizedType(springType(model)));
            actual.put(option, normalizedType(property(option).path("type").asText()));
        });

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void defaultsMatch() {
        Map<String, String> actual = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        options.forEach((option, model) -> {
            expected.put(option, comparableDefault(model.get("type").asText(), model.get("defaultValue")));
            actual.put(option, comparableDefault(model.get("type").asText(), property(option).get("defaultValue")));
        });

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void descriptionsMatch() {
        Map<String, String> actual = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        options.forEach((option, model) -> {
            expected.put(option, model.get("description").asText());
            actual.put(option, property(option).path("description").asText());
        });

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void enumOptionsHintTheirValues() {
        Map<String, List<String>> actual = new LinkedHashMap<>();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        options.forEach((option, model) -> {
            if (model.has("enum")) {
                expected.put(option, texts(model.get("enum")));
                JsonNode hint = hints.get(propertyName(option));
                actual.put(option, hint == null ? List.of() : texts(hint.get("values").findValues("value")));
            }
        });

        assertThat(expected).isNotEmpty();
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void starterSettingsAreDescribed() {
        STARTER_SETTINGS.forEach(name -> {
            assertThat(properties.get(name).path("description").asText()).as(name).isNotBlank();
            assertThat(properties.get(name).path("defaultValue").asBoolean(false)).as(name).isTrue();
        });
    }

    // A missing property reads as an empty node, so each test reports every difference at once.
    private static JsonNode property(String option) {
        return properties.getOrDefault(propertyName(option), MissingNode.getInstance());
    }

    private static String propertyName(String option) {
        return PREFIX + DataObjectPropertyName.toDashedForm(option);
    }

    /** Returns the Java type that the starter uses for an option of lifen.json, as the metadata spells it. */
    private static String springType(JsonNode model) {
        String javaType = model.get("javaType").asText();
        return switch (model.get("type").asText()) {
        // Spring Boot converts 10000 (milliseconds) and 10s alike into a Duration, as the options accept
        case "duration" -> "java.time.Duration";
        case "boolean" -> "java.lang.Boolean";
        case "integer" -> javaType.equals("long") ? "java.lang.Long" : "java.lang.Integer";
        default -> normalizedType(javaType);
        };
    }

    // lifen.json writes Map<String, Object> and the metadata Map<java.lang.String,java.lang.Object>
    private static String normalizedType(String type) {
        return type.replace(" ", "").replace("java.lang.", "");
    }

    /** Returns a default in one form for both files: durations in milliseconds, everything else as text. */
    private static String comparableDefault(String type, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (type.equals("duration")) {
            return Long.toString(DurationStyle.detectAndParse(value.asText()).toMillis());
        }
        return value.asText();
    }

    private static JsonNode starterMetadata(ObjectMapper mapper) throws Exception {
        // Other jars on the class path have the same file: the starter's is the one describing its properties.
        for (URL url : Collections.list(StarterMetadataTest.class.getClassLoader().getResources(SPRING_METADATA))) {
            try (InputStream in = url.openStream()) {
                JsonNode metadata = mapper.readTree(in);
                if (!metadata.path("groups").findValues("name").stream()
                        .filter(name -> name.asText().equals("camel.component.lifen")).toList().isEmpty()) {
                    return metadata;
                }
            }
        }
        throw new AssertionError(SPRING_METADATA + " of the starter is not on the class path");
    }

    private static Map<String, JsonNode> fields(JsonNode object) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        object.fields().forEachRemaining(entry -> result.put(entry.getKey(), entry.getValue()));
        return result;
    }

    private static Map<String, JsonNode> byName(JsonNode array) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        if (array != null) {
            array.forEach(item -> result.put(item.get("name").asText(), item));
        }
        return result;
    }

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(item -> result.add(item.asText()));
        return result;
    }

    private static List<String> texts(List<JsonNode> values) {
        return values.stream().map(JsonNode::asText).toList();
    }
}
