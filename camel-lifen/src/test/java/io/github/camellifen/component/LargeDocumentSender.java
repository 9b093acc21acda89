package io.github.camellifen.component;

import java.io.File;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Sends one file with send-to-ehr and exits 0 on success, 1 on failure. Tests start it in a JVM with a small heap
 * to show that a document larger than that heap goes out as a stream.
 */
public final class LargeDocumentSender {

    private LargeDocumentSender() {
    }

    /** Arguments: API base URL, token URL, client id, client secret, audience, database reference, subject, file. */
    public static void main(String[] args) throws Exception {
        LifenComponent component = new LifenComponent();
        LifenConfiguration config = component.getConfiguration();
        config.setApiBaseUrl(args[0]);
        config.setTokenUrl(args[1]);
        config.setClientId(args[2]);
        config.setClientSecret(args[3]);
        config.setAudience(args[4]);
        config.setDatabaseReference(args[5]);

        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addComponent("lifen", component);
            camel.start();
            Exchange exchange = camel.createProducerTemplate().send("lifen:send-to-ehr?subject=" + args[6],
                    e -> e.getMessage().setBody(new File(args[7])));

            long maxHeap = Runtime.getRuntime().maxMemory();
            System.out.println("max heap " + maxHeap + " bytes, file " + new File(args[7]).length() + " bytes");
            if (exchange.getException() != null) {
                exchange.getException().printStackTrace(System.out);
                System.exit(1);
            }
        }
        System.exit(0);
    }
}
