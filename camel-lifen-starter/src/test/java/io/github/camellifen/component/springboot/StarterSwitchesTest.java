package io.github.camellifen.component.springboot;

import io.github.camellifen.component.LifenComponent;
import io.github.camellifen.component.LifenConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The switches Camel's starters have: {@code enabled} and {@code customizer.enabled}, per component and for every
 * component, and a {@code configuration} bean. Each test starts an application without routes on the same
 * {@code application.properties} as the others, so the control test shows that those properties reach the
 * component when nothing turns them off.
 */
class StarterSwitchesTest {

    @Test
    void propertiesConfigureComponentByDefault() {
        try (ConfigurableApplicationContext context = start(WithoutRoutes.class)) {
            assertThat(context.getBeansOfType(LifenComponentAutoConfiguration.class)).hasSize(1);
            assertThat(lifenConfiguration(context).getClientId()).isEqualTo(SandboxApplication.CLIENT_ID);
        }
    }

    @Test
    void disabledStarterLeavesComponentUnconfigured() {
        try (ConfigurableApplicationContext context = start(WithoutRoutes.class,
                "camel.component.lifen.enabled=false")) {
            assertThat(context.getBeansOfType(LifenComponentAutoConfiguration.class)).isEmpty();
            assertThat(context.getBeansOfType(LifenComponentConfiguration.class)).isEmpty();
            assertUnconfigured(lifenConfiguration(context));
        }
    }

    @Test
    void disabledComponentsLeaveLifenUnconfigured() {
        try (ConfigurableApplicationContext context = start(WithoutRoutes.class, "camel.component.enabled=false")) {
            assertThat(context.getBeansOfType(LifenComponentAutoConfiguration.class)).isEmpty();
            assertUnconfigured(lifenConfiguration(context));
        }
    }

    @Test
    void disabledCustomizerLeavesComponentUnconfigured() {
        try (ConfigurableApplicationContext context = start(WithoutRoutes.class,
                "camel.component.lifen.customizer.enabled=false")) {
            assertThat(context.getBeansOfType(LifenComponentConfiguration.class)).hasSize(1);
            assertUnconfigured(lifenConfiguration(context));
        }
    }

    @Test
    void disabledCustomizersLeaveLifenUnconfigured() {
        try (ConfigurableApplicationContext context = start(WithoutRoutes.class,
                "camel.component.customizer.enabled=false")) {
            assertUnconfigured(lifenConfiguration(context));
        }
    }

    @Test
    void customizerOfApplicationRunsToo() {
        try (ConfigurableApplicationContext context = start(WithOwnCustomizer.class)) {
            LifenConfiguration configuration = lifenConfiguration(context);

            assertThat(configuration.getClientId()).isEqualTo(SandboxApplication.CLIENT_ID);
            assertThat(configuration.getMaxPages()).isEqualTo(WithOwnCustomizer.MAX_PAGES);
        }
    }

    @Test
    void configurationBeanKeepsUnsetValues() {
        try (ConfigurableApplicationContext context = start(WithConfigurationBean.class,
                "camel.component.lifen.configuration=#bean:sharedLifenConfiguration")) {
            LifenConfiguration configuration = lifenConfiguration(context);
            LifenConfiguration bean = context.getBean("sharedLifenConfiguration", LifenConfiguration.class);

            // From the bean, because no property sets them
            assertThat(configuration.getRateLimit()).isEqualTo(7);
            assertThat(configuration.getPagingMode()).isEqualTo("all");
            // From application.properties, which overrides the bean
            assertThat(configuration.getClientId()).isEqualTo(SandboxApplication.CLIENT_ID);
            assertThat(configuration.getMaxRetries()).isEqualTo(2);
            assertThat(configuration.getTokenRefreshMargin()).isEqualTo(90_000);
            // The component works on a copy, so the application's bean keeps its own values
            assertThat(configuration).isNotSameAs(bean);
            assertThat(bean.getClientId()).isEqualTo("client-of-the-bean");
        }
    }

    @Test
    void configurationRejectsPlainValue() {
        SpringApplicationBuilder builder = builder(WithoutRoutes.class, "camel.component.lifen.configuration=shared");

        Throwable failure = catchThrowable(builder::run);

        assertThat(failure).hasStackTraceContaining("expected a bean reference such as #bean:myBean");
    }

    private static void assertUnconfigured(LifenConfiguration configuration) {
        assertThat(configuration.getClientId()).isNull();
        assertThat(configuration.getClientSecret()).isNull();
        assertThat(configuration.getTokenRefreshMargin()).isEqualTo(new LifenConfiguration().getTokenRefreshMargin());
    }

    private static LifenConfiguration lifenConfiguration(ConfigurableApplicationContext context) {
        return context.getBean(CamelContext.class).getComponent("lifen", LifenComponent.class).getConfiguration();
    }

    private static ConfigurableApplicationContext start(Class<?> application, String... properties) {
        return builder(application, properties).run();
    }

    // No sandbox runs here: the placeholder only has to resolve, and nothing connects to it.
    private static SpringApplicationBuilder builder(Class<?> application, String... properties) {
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("lifen.sandbox.url=http://127.0.0.1:9")
                .properties(properties);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class WithoutRoutes {
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class WithOwnCustomizer {

        static final int MAX_PAGES = 12;

        @Bean
        ComponentCustomizer maxPagesCustomizer() {
            return ComponentCustomizer.forType(LifenComponent.class,
                    component -> component.getConfiguration().setMaxPages(MAX_PAGES));
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class WithConfigurationBean {

        @Bean
        LifenConfiguration sharedLifenConfiguration() {
            LifenConfiguration configuration = new LifenConfiguration();
            configuration.setClientId("client-of-the-bean");
            configuration.setRateLimit(7);
            configuration.setMaxRetries(5);
            configuration.setPagingMode("all");
            return configuration;
        }
    }
}
