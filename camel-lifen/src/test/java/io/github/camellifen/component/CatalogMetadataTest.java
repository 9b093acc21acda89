package io.github.camellifen.component;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.camellifen.component.auth.TokenRequestFormat;
import org.apache.camel.catalog.CamelCatalog;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.apache.camel.tooling.model.BaseOptionModel;
import org.apache.camel.tooling.model.ComponentModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads lifen.json through Camel's catalog API, which Camel's tooling uses to list and validate options. Every option
 * and header must read as a contract: meaning, default, unit, what 0 or empty means, group, secret, allowed values
 * and whether it is required.
 */
class CatalogMetadataTest {

    /** Options that Camel adds to every component, with Camel's own descriptions. */
    private static final Set<String> CAMEL_OPTIONS = Set.of("lazyStartProducer", "autowiredEnabled",
            "bridgeErrorHandler", "exceptionHandler", "exchangePattern", "healthCheckConsumerEnabled",
            "healthCheckProducerEnabled");

    private static final Set<String> DURATIONS = Set.of("tokenRefreshMargin", "tokenRefreshAhead",
            "defaultTokenLifetime", "tokenRequestTimeout", "connectTimeout", "requestTimeout", "retryDelay",
            "maxRetryDelay", "retryAfter");

    private static CamelCatalog catalog;
    private static ComponentModel model;

    @BeforeAll
    static void loadCatalog() throws Exception {
        catalog = new DefaultCamelCatalog();
        try (InputStream in = CatalogMetadataTest.class.getResourceAsStream(
                "/META-INF/io/github/camellifen/component/lifen.json")) {
            catalog.addComponent("lifen", LifenComponent.class.getName(),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        model = catalog.componentModel("lifen");
    }

    @Test
    void catalogListsComponent() {
        assertThat(catalog.findComponentNames()).contains("lifen");
        assertThat(model.getScheme()).isEqualTo("lifen");
        assertThat(model.getTitle()).isEqualTo("Lifen");
        assertThat(model.isProducerOnly()).isFalse();
        assertThat(model.isConsumerOnly()).isFalse();
        assertThat(model.getDescription()).isNotBlank();
        assertThat(model.getLabel()).isNotBlank();
    }

    @Test
    void everyOptionHasLabelAndSentence() {
        List<String> incomplete = new ArrayList<>();

        for (BaseOptionModel option : ownOptions()) {
            String description = option.getDescription();
            if (option.getLabel() == null || option.getLabel().isBlank()) {
                incomplete.add(option.getName() + ": no label");
            }
            if (description == null || description.length() < 30 || !description.endsWith(".")) {
                incomplete.add(option.getName() + ": description is not a full sentence");
            }
            if (option.getDisplayName() == null || option.getDisplayName().isBlank()) {
                incomplete.add(option.getName() + ": no display name");
            }
        }

        assertThat(incomplete).isEmpty();
    }

    @Test
    void numbersStateUnitAndZero() {
        List<String> incomplete = new ArrayList<>();

        for (BaseOptionModel option : ownOptions()) {
            String description = option.getDescription();
            boolean numeric = option.getJavaType().equals("int") || option.getJavaType().equals("long");
            if (DURATIONS.contains(option.getName()) && !description.contains("In milliseconds, or a duration")) {
                incomplete.add(option.getName() + ": no unit");
            }
            if (numeric && !description.matches("(?s).*\\b0 (turns|disables|sends)\\b.*")
                    && !description.contains("Must be more than 0.")) {
                incomplete.add(option.getName() + ": does not say what 0 means");
            }
        }

        assertThat(incomplete).isEmpty();
    }

    @Test
    void optionalTextSaysWhatEmptyMeans() {
        List<String> incomplete = new ArrayList<>();

        for (BaseOptionModel option : ownOptions()) {
            boolean text = option.getJavaType().equals("java.lang.String") || option.isMultiValue();
            boolean hasDefault = option.getDefaultValue() != null && !option.getDefaultValue().toString().isEmpty();
            String description = option.getDescription();
            if (text && !hasDefault && !option.isRequired() && !description.contains("Empty")
                    && !description.contains("Required there")) {
                incomplete.add(option.getName());
            }
        }

        assertThat(incomplete).as("text options that do not say what empty means").isEmpty();
    }

    @Test
    void defaultsMatchConfiguration() throws Exception {
        LifenConfiguration defaults = new LifenConfiguration();
        List<String> mismatches = new ArrayList<>();

        for (ComponentModel.EndpointOptionModel option : model.getEndpointParameterOptions()) {
            if (CAMEL_OPTIONS.contains(option.getName())) {
                continue;
            }
            Field field = LifenConfiguration.class.getDeclaredField(option.getName());
            field.setAccessible(true);
            Object value = field.get(defaults);
            String expected = value == null || value instanceof Map ? null : value.toString();
            Object documented = option.getDefaultValue();
            String actual = documented == null || documented.toString().isEmpty() ? null : documented.toString();
            if (!java.util.Objects.equals(expected, actual)) {
                mismatches.add(option.getName() + ": field " + expected + ", lifen.json " + actual);
            }
        }

        assertThat(mismatches).isEmpty();
    }

    @Test
    void enumsMatchComponentValues() {
        assertThat(enumOf("operation")).containsExactlyElementsOf(Arrays.stream(LifenOperation.values())
                .map(LifenOperation::uriName).toList());
        assertThat(enumOf("outputType")).containsExactlyElementsOf(List.of(OutputType.NAMES.split(", ")));
        assertThat(enumOf("pagingMode")).containsExactlyInAnyOrderElementsOf(Arrays.stream(PagingMode.values())
                .map(PagingMode::uriName).toList());
        assertThat(enumOf("tokenRequestFormat")).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(TokenRequestFormat.values()).map(TokenRequestFormat::uriValue).toList());
        assertThat(enumOf("environment")).containsExactlyElementsOf(List.of(LifenEnvironment.NAMES.split(", ")));
        assertThat(enumOf("apiVersion")).containsExactlyElementsOf(List.of(LifenEnvironment.VERSIONS.split(", ")));
        assertThat(enumOf("method")).containsExactly("GET", "POST", "PUT", "PATCH", "DELETE");
    }

    @Test
    void secretsAndRequiredOptionsAreMarked() {
        assertThat(ownOptions()).filteredOn(BaseOptionModel::isSecret).extracting(BaseOptionModel::getName)
                .containsOnly("clientSecret", "webhookSecret");
        assertThat(model.getEndpointOptions()).filteredOn(BaseOptionModel::isRequired)
                .extracting(BaseOptionModel::getName)
                .containsExactlyInAnyOrder("operation", "clientId", "clientSecret", "databaseReference");
    }

    @Test
    void everyHeaderIsDescribed() {
        assertThat(model.getEndpointHeaders()).hasSize(LifenConstants.class.getFields().length);

        for (ComponentModel.EndpointHeaderModel header : model.getEndpointHeaders()) {
            assertThat(header.getDescription()).as(header.getName()).endsWith(".").hasSizeGreaterThan(30);
            assertThat(header.getLabel()).as(header.getName()).isNotBlank();
            assertThat(header.getJavaType()).as(header.getName()).isNotBlank();
            assertThat(header.getConstantName()).as(header.getName()).startsWith(LifenConstants.class.getName());
        }
    }

    @Test
    void catalogValidatesEndpointUris() {
        EndpointValidationResult valid = catalog.validateEndpointProperties("lifen:search/Patient?environment=post-prod"
                + "&clientId=app&clientSecret=RAW(s)&databaseReference=db&pagingMode=all&search.family=MICHUE&maxPages=5");
        EndpointValidationResult noCredentials = catalog.validateEndpointProperties("lifen:read/Patient?resourceId=1");
        EndpointValidationResult typo = catalog.validateEndpointProperties("lifen:read/Patient?resourceID=123");
        EndpointValidationResult badEnum = catalog.validateEndpointProperties("lifen:search/Patient?pagingMode=every");
        EndpointValidationResult badNumber = catalog.validateEndpointProperties("lifen:search/Patient?maxPages=ten");

        assertThat(valid.isSuccess()).as(valid.summaryErrorMessage(false)).isTrue();
        assertThat(noCredentials.getRequired()).containsExactlyInAnyOrder("clientId", "clientSecret",
                "databaseReference");
        assertThat(typo.getUnknown()).containsExactly("resourceID");
        assertThat(badEnum.getInvalidEnum()).containsKey("pagingMode");
        assertThat(badNumber.getInvalidInteger()).containsKey("maxPages");
    }

    private static List<BaseOptionModel> ownOptions() {
        List<BaseOptionModel> options = new ArrayList<>();
        model.getComponentOptions().stream()
                .filter(option -> !CAMEL_OPTIONS.contains(option.getName()))
                .filter(option -> !option.getName().equals("configuration"))
                .forEach(options::add);
        model.getEndpointOptions().stream()
                .filter(option -> !CAMEL_OPTIONS.contains(option.getName()))
                .forEach(options::add);
        return options;
    }

    private static List<String> enumOf(String option) {
        return model.getEndpointOptions().stream().filter(candidate -> candidate.getName().equals(option))
                .findFirst().orElseThrow().getEnums();
    }
}
