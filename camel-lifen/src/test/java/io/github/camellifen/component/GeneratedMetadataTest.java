package io.github.camellifen.component;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.CatalogCamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.EndpointUriFactory;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.tooling.model.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated configurers, URI factory and lifen.json, loaded through Camel's own lookup. */
class GeneratedMetadataTest {

    private CamelContext camel;

    @BeforeEach
    void startCamel() {
        camel = new DefaultCamelContext();
        camel.start();
    }

    @AfterEach
    void stopCamel() {
        camel.stop();
    }

    @Test
    void componentConfigurerSetsSharedOptions() {
        PropertyConfigurer configurer = PluginHelper.getConfigurerResolver(camel)
                .resolvePropertyConfigurer("lifen-component", camel);
        LifenComponent component = new LifenComponent();

        assertThat(configurer).isInstanceOf(LifenComponentConfigurer.class);
        assertThat(configurer.configure(camel, component, "clientId", "client-1", true)).isTrue();
        assertThat(configurer.configure(camel, component, "tokenRefreshMargin", "90s", true)).isTrue();
        assertThat(component.getConfiguration().getClientId()).isEqualTo("client-1");
        assertThat(component.getConfiguration().getTokenRefreshMargin()).isEqualTo(90_000);
    }

    @Test
    void endpointConfigurerAcceptsDurations() {
        PropertyConfigurer configurer = PluginHelper.getConfigurerResolver(camel)
                .resolvePropertyConfigurer("lifen-endpoint", camel);
        LifenEndpoint endpoint = new LifenEndpoint("lifen:read/Patient", new LifenComponent(), new LifenConfiguration());

        assertThat(configurer).isInstanceOf(LifenEndpointConfigurer.class);
        assertThat(configurer.configure(camel, endpoint, "requestTimeout", "2m", true)).isTrue();
        assertThat(endpoint.getConfiguration().getRequestTimeout()).isEqualTo(120_000);
    }

    @Test
    void uriFactoryBuildsUriAndNamesSecrets() throws Exception {
        EndpointUriFactory factory = camel.getCamelContextExtension().getEndpointUriFactory("lifen");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("operation", "search");
        properties.put("resourceType", "Patient");
        properties.put("environment", "post-prod");

        assertThat(factory).isInstanceOf(LifenEndpointUriFactory.class);
        assertThat(factory.buildUri("lifen", properties, false)).isEqualTo("lifen:search/Patient?environment=post-prod");
        assertThat(factory.secretPropertyNames()).containsExactlyInAnyOrder("clientSecret", "webhookSecret");
    }

    @Test
    void componentJsonDescribesEveryOption() throws Exception {
        String json = ((CatalogCamelContext) camel).getComponentParameterJsonSchema("lifen");
        JsonNode root = new ObjectMapper().readTree(json);

        assertThat(root.at("/component/scheme").asText()).isEqualTo("lifen");
        assertThat(root.at("/component/producerOnly").asBoolean()).isFalse();
        root.get("properties").fields().forEachRemaining(option -> assertThat(option.getValue().get("description")
                .asText()).as("description of " + option.getKey()).hasSizeGreaterThan(20));
        assertThat(root.at("/properties/clientSecret/secret").asBoolean()).isTrue();
        assertThat(root.at("/properties/clientId/secret").asBoolean()).isFalse();
        assertThat(root.at("/properties/clientSecret/required").asBoolean()).isTrue();
        assertThat(root.at("/properties/operation/enum").toString())
                .isEqualTo("[\"read\",\"search\",\"send-to-ehr\",\"send-to-mss\",\"search-for-mss\","
                        + "\"tracking\",\"operation\",\"create\",\"update\",\"request\",\"webhook\"]");
        assertThat(root.at("/headers/CamelLifenTrackingUrl/description").asText()).contains("tracking URL");
    }

    @Test
    void toolingModelReadsTheJson() throws Exception {
        String json = ((CatalogCamelContext) camel).getComponentParameterJsonSchema("lifen");
        ComponentModel model = JsonMapper.generateComponentModel(json);

        assertThat(model.getSyntax()).isEqualTo("lifen:operation/resourceType");
        assertThat(model.getEndpointHeaders()).extracting(ComponentModel.EndpointHeaderModel::getName)
                .contains("CamelLifenResourceId", "CamelLifenTrackingUrl", "CamelLifenResponseCode");
        assertThat(model.getComponentOptions()).extracting(ComponentModel.ComponentOptionModel::getName)
                .contains("clientId", "clientSecret", "environment");
        assertThat(model.getEndpointOptions()).filteredOn(option -> option.isSecret())
                .extracting(ComponentModel.EndpointOptionModel::getName)
                .containsExactlyInAnyOrder("clientSecret", "webhookSecret");
    }
}
