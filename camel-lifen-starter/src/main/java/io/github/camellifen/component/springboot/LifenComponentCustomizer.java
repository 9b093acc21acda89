package io.github.camellifen.component.springboot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.github.camellifen.component.LifenComponent;
import io.github.camellifen.component.LifenConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.core.env.Environment;

/**
 * Copies the {@code camel.component.lifen.*} properties that the application sets onto a {@link LifenComponent}.
 *
 * <p>Unlike the customizers generated for Camel's own starters, it copies only the properties present in the
 * Spring environment, never the defaults of the unset ones. So a {@code configuration} bean keeps the values it
 * was built with, except where a property overrides one of them. The component's own defaults are the same as the
 * properties' defaults.
 */
final class LifenComponentCustomizer implements ComponentCustomizer {

    static final String PREFIX = "camel.component.lifen";

    // Settings of the starter itself, not options of the component.
    private static final Set<String> STARTER_SETTINGS = Set.of("enabled", "customizer");

    private final CamelContext camelContext;
    private final LifenComponentConfiguration properties;
    private final Environment environment;

    LifenComponentCustomizer(CamelContext camelContext, LifenComponentConfiguration properties,
            Environment environment) {
        this.camelContext = camelContext;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void configure(String name, Component target) {
        Map<String, Object> options = optionsToCopy();
        CamelPropertiesHelper.setCamelProperties(camelContext, target, options, false);

        // The helper removes each option it sets, so one left over is a property that reaches no component option.
        if (!options.isEmpty()) {
            throw new IllegalStateException("Failed to set the properties " + options.keySet() + " under " + PREFIX
                    + " on the lifen component " + name);
        }
    }

    @Override
    public boolean isEnabled(String name, Component target) {
        return target instanceof LifenComponent
                && HierarchicalPropertiesEvaluator.evaluate(environment, "camel.component.customizer",
                        PREFIX + ".customizer");
    }

    /** Returns the options set in the environment, the shared configuration first so the others apply on top. */
    private Map<String, Object> optionsToCopy() {
        Map<String, Object> options = new LinkedHashMap<>();

        // A copy, because the component changes its configuration when later options are set.
        LifenConfiguration shared = properties.getConfiguration();
        if (shared != null) {
            options.put("configuration", shared.copy());
        }

        Map<String, Object> values = new TreeMap<>(CamelPropertiesHelper.getNonNullProperties(camelContext,
                properties));
        values.forEach((option, value) -> {
            if (!option.equals("configuration") && !STARTER_SETTINGS.contains(option) && isSet(option)) {
                options.put(option, value);
            }
        });
        return options;
    }

    /** Returns whether a property source sets this option, in any of the forms Spring Boot's relaxed binding accepts. */
    private boolean isSet(String option) {
        ConfigurationPropertyName name = ConfigurationPropertyName.of(PREFIX + "."
                + DataObjectPropertyName.toDashedForm(option));
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (source.getConfigurationProperty(name) != null
                    || source.containsDescendantOf(name) == ConfigurationPropertyState.PRESENT) {
                return true;
            }
        }
        return false;
    }
}
