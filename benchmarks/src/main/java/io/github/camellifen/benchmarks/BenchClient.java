package io.github.camellifen.benchmarks;

import org.apache.camel.Exchange;

/**
 * One way of sending the benchmark's three requests to the {@link BenchServer}. Each method returns the reply body
 * as text, since a route that calls an API reads the reply, and fails when the request failed.
 */
public interface BenchClient extends AutoCloseable {

    /** Sends {@code GET /fhir/v3/Patient/{id}}. */
    String read(String id) throws Exception;

    /** Sends {@code POST /fhir/v3/Patient/_search} with {@code family=MICHUE}. */
    String search() throws Exception;

    /** Sends the benchmark PDF to {@code POST /fhir/v3/CommunicationRequest/$send-to-ehr}. */
    String sendToEhr() throws Exception;

    @Override
    void close() throws Exception;

    /** Returns a Camel client's reply body as text, or throws the exception that ended its exchange. */
    static String replyBody(Exchange exchange) throws Exception {
        if (exchange.getException() != null) {
            throw exchange.getException();
        }
        return exchange.getMessage().getBody(String.class);
    }
}
