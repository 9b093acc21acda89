package io.github.camellifen.component;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Reads a patient through a route in a JVM without camel-health, camel-console, camel-management and Micrometer.
 * Prints what happened and exits 0 when the read worked and none of those modules was found.
 */
public final class WithoutOptionalModulesReader {

    private WithoutOptionalModulesReader() {
    }

    /** Arguments: API base URL, token URL. */
    public static void main(String[] args) throws Exception {
        LifenComponent component = ChildJvm.stubComponent(args[0], args[1]);

        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addComponent("lifen", component);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:read").to("lifen:read/Patient?resourceId=1");
                }
            });
            camel.start();

            Exchange read = camel.createProducerTemplate().send("direct:read", exchange -> { });
            boolean health = HealthCheckRegistry.get(camel) != null;
            boolean consoles = DevConsoleRegistry.get(camel) != null;
            boolean jmx = isPresent("org.apache.camel.management.JmxManagementStrategy");
            System.out.println("health registry: " + health + ", console registry: " + consoles + ", jmx: " + jmx
                    + ", read failure: " + read.getException() + ", body: " + read.getMessage().getBody(String.class));

            boolean ok = !health && !consoles && !jmx && read.getException() == null;
            System.exit(ok ? 0 : 1);
        }
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
