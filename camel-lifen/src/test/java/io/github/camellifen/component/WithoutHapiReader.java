package io.github.camellifen.component;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Reads a patient with outputType=map, then starts an endpoint with outputType=fhir-resource, in a JVM without
 * HAPI FHIR. Prints what happened and exits 0 when the read worked and the second endpoint was rejected.
 */
public final class WithoutHapiReader {

    private WithoutHapiReader() {
    }

    /** Arguments: API base URL, token URL. */
    public static void main(String[] args) throws Exception {
        LifenComponent component = ChildJvm.stubComponent(args[0], args[1]);

        boolean hapiPresent = isPresent("org.hl7.fhir.instance.model.api.IBaseResource");
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addComponent("lifen", component);
            camel.start();
            Exchange read = camel.createProducerTemplate().send("lifen:read/Patient?resourceId=1&outputType=map",
                    e -> { });
            Object body = read.getMessage().getBody();
            System.out.println("hapi present: " + hapiPresent + ", read failure: " + read.getException()
                    + ", body type: " + (body == null ? null : body.getClass().getName()));

            String rejection = null;
            try {
                camel.getEndpoint("lifen:read/Patient?resourceId=1&outputType=fhir-resource").start();
            } catch (RuntimeException e) {
                rejection = e.getMessage();
            }
            System.out.println("fhir-resource endpoint: " + rejection);
            boolean ok = !hapiPresent && read.getException() == null && body instanceof Map
                    && String.valueOf(rejection).contains("needs HAPI FHIR");
            System.exit(ok ? 0 : 1);
        }
    }

    private static boolean isPresent(String className) {
        try {
            Class<?> found = Class.forName(className);
            System.out.println("found " + className + " in " + found.getProtectionDomain().getCodeSource());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
