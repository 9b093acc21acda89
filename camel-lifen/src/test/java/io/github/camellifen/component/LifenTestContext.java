package io.github.camellifen.component;

import java.util.function.Consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/** A started Camel context with a configured lifen component, for tests that send exchanges straight to it. */
final class LifenTestContext implements AutoCloseable {

    final CamelContext camel;
    final LifenComponent component;
    final ProducerTemplate template;

    LifenTestContext(Consumer<LifenComponent> setup) {
        camel = new DefaultCamelContext();
        component = new LifenComponent();
        setup.accept(component);
        camel.addComponent("lifen", component);
        camel.start();
        template = camel.createProducerTemplate();
    }

    /** Configures the component for stub servers: a token URL, an API base, and test credentials. */
    static Consumer<LifenComponent> stubs(StubServer tokens, StubServer api) {
        return component -> {
            LifenConfiguration config = component.getConfiguration();
            config.setTokenUrl(tokens.url("/oauth/token"));
            config.setApiBaseUrl(api.url("/fhir/v3"));
            config.setAudience("https://sandbox.platform-apis/");
            config.setClientId("test-client");
            config.setClientSecret("SECRET-canary-7f3a");
            config.setDatabaseReference("db-A");
        };
    }

    Exchange send(String uri, Processor processor) {
        return template.send(uri, processor);
    }

    Exchange send(String uri) {
        return template.send(uri, exchange -> { });
    }

    @Override
    public void close() {
        camel.stop();
    }
}
