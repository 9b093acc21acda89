package io.github.camellifen.component;

import java.util.List;
import java.util.stream.Collectors;

import io.github.camellifen.component.auth.LifenTokenException;
import io.github.camellifen.sandbox.LifenSandbox;
import io.github.camellifen.sandbox.LifenSandboxExtension;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.micrometer.MicrometerConstants;
import org.apache.camel.component.micrometer.eventnotifier.MicrometerExchangeEventNotifier;
import org.apache.camel.component.micrometer.routepolicy.MicrometerRoutePolicyFactory;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With camel-micrometer's route policy and exchange event notifier, the meters that Camel itself records for
 * exchanges sent to lifen: endpoints. The component adds no meter of its own and needs no Micrometer.
 */
class MicrometerMetricsTest {

    @RegisterExtension
    static final LifenSandboxExtension SANDBOX = new LifenSandboxExtension(LifenSandbox.builder().rateLimitPerSecond(0));

    private static final String SECRET_CANARY = "SECRET-canary-meters-0a6c";

    private final MeterRegistry meters = new SimpleMeterRegistry();
    private CamelContext camel;

    @BeforeEach
    void startCamel() throws Exception {
        LifenSandbox sandbox = SANDBOX.sandbox();
        sandbox.reset();
        LifenComponent component = new LifenComponent();
        SandboxOperationsTest.sandboxConfiguration(sandbox).accept(component);

        camel = new DefaultCamelContext();
        camel.getRegistry().bind(MicrometerConstants.METRICS_REGISTRY_NAME, meters);
        camel.addRoutePolicyFactory(new MicrometerRoutePolicyFactory());
        camel.getManagementStrategy().addEventNotifier(new MicrometerExchangeEventNotifier());
        camel.addComponent("lifen", component);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:search").routeId("search-patients").to("lifen:search/Patient?search.family=MICHUE");
                // A wrong secret in the URI, where a route could put one: meter tags leave the options out
                from("direct:refused").routeId("read-refused")
                        .to("lifen:read/Patient?resourceId=no-such-patient&maxRetries=0&clientSecret=RAW("
                                + SECRET_CANARY + ")");
            }
        });
        camel.start();
    }

    @AfterEach
    void stopCamel() {
        camel.stop();
    }

    @Test
    void exchangesToLifenAreTimedPerEndpoint() {
        ProducerTemplate template = camel.createProducerTemplate();
        for (int i = 0; i < 3; i++) {
            assertThat(template.send("direct:search", exchange -> { }).getException()).isNull();
        }
        assertThat(template.send("direct:refused", exchange -> { }).getException())
                .isInstanceOf(LifenTokenException.class);

        List<Timer> sent = meters.find(MicrometerConstants.DEFAULT_CAMEL_EXCHANGE_EVENT_METER_NAME)
                .tag("eventType", "ExchangeSentEvent").timers().stream()
                .filter(timer -> timer.getId().getTag(MicrometerConstants.ENDPOINT_NAME).startsWith("lifen://"))
                .toList();
        assertThat(sent).extracting(timer -> timer.getId().getTag(MicrometerConstants.ENDPOINT_NAME))
                .as("the tag is the URI without its options").containsExactlyInAnyOrder("lifen://search/Patient",
                        "lifen://read/Patient");
        assertThat(sent).allSatisfy(timer -> assertThat(timer.count()).isPositive());

        assertThat(meters.get(MicrometerConstants.DEFAULT_CAMEL_ROUTE_POLICY_EXCHANGES_TOTAL_METER_NAME)
                .tag("routeId", "search-patients").counter().count()).isEqualTo(3.0);
        assertThat(meters.get(MicrometerConstants.DEFAULT_CAMEL_ROUTE_POLICY_EXCHANGES_SUCCEEDED_METER_NAME)
                .tag("routeId", "search-patients").counter().count()).isEqualTo(3.0);
        assertThat(meters.get(MicrometerConstants.DEFAULT_CAMEL_ROUTE_POLICY_METER_NAME)
                .tag("routeId", "search-patients").timer().count()).isEqualTo(3);
        assertThat(meters.get(MicrometerConstants.DEFAULT_CAMEL_ROUTE_POLICY_EXCHANGES_FAILED_METER_NAME)
                .tag("routeId", "read-refused").counter().count()).isEqualTo(1.0);
    }

    @Test
    void meterTagsHoldNoSecret() {
        camel.createProducerTemplate().send("direct:refused", exchange -> { });

        String everyTag = meters.getMeters().stream().map(Meter::getId).map(Meter.Id::toString)
                .collect(Collectors.joining("\n"));
        assertThat(everyTag).contains("lifen://read/Patient").doesNotContain(SECRET_CANARY);
    }
}
