package io.github.camellifen.component.springboot;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of the {@code lifen} component from the {@code camel.component.lifen.*} properties. It runs
 * unless {@code camel.component.lifen.enabled} (or {@code camel.component.enabled}) is false, and registers a
 * {@link ComponentCustomizer} that Camel applies to every {@code LifenComponent} it creates.
 */
@AutoConfiguration(after = { CamelAutoConfiguration.class, LifenComponentConverter.class })
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.lifen" })
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, LifenComponentConfiguration.class })
public class LifenComponentAutoConfiguration {

    /**
     * Creates the customizer that copies the properties onto the component. The bean name follows Camel's starters.
     *
     * @param camelContext the application's Camel context
     * @param properties the bound {@code camel.component.lifen.*} properties
     * @param environment where the customizer checks which properties are set
     * @return the customizer
     */
    @Lazy
    @Bean
    public ComponentCustomizer configureLifenComponent(CamelContext camelContext,
            LifenComponentConfiguration properties, Environment environment) {
        return new LifenComponentCustomizer(camelContext, properties, environment);
    }
}
