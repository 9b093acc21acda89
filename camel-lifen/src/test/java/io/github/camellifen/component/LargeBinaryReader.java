package io.github.camellifen.component;

import java.io.InputStream;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Reads one Binary and counts its bytes as the route receives them, then exits 0 on success. Tests start it in a
 * JVM whose heap is smaller than the Binary, to show the reply is handed on as a stream.
 */
public final class LargeBinaryReader {

    private LargeBinaryReader() {
    }

    /** Arguments: API base URL, token URL, Binary id. */
    public static void main(String[] args) throws Exception {
        LifenComponent component = ChildJvm.stubComponent(args[0], args[1]);

        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addComponent("lifen", component);
            camel.start();
            Exchange exchange = camel.createProducerTemplate().send("lifen:read/Binary?resourceId=" + args[2],
                    e -> { });
            if (exchange.getException() != null) {
                exchange.getException().printStackTrace(System.out);
                System.exit(1);
            }

            long count = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream body = exchange.getMessage().getBody(InputStream.class)) {
                for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                    count += read;
                }
            }
            System.out.println("max heap " + Runtime.getRuntime().maxMemory() + " bytes, body "
                    + exchange.getMessage().getBody().getClass().getName() + ", read " + count + " bytes");
        }
        System.exit(0);
    }
}
