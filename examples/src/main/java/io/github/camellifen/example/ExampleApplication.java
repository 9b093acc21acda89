package io.github.camellifen.example;

import java.time.Duration;
import java.util.Map;

import io.github.camellifen.component.LifenComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

/**
 * The example's Camel Main: application.properties, the YAML and XML routes under {@code camel/}, and the beans
 * the routes call. It starts with the send-documents route stopped, so the caller decides when the inbox is read.
 */
public final class ExampleApplication implements AutoCloseable {

    private final Main main;
    private final JobProgress progress;

    private ExampleApplication(Main main, JobProgress progress) {
        this.main = main;
        this.progress = progress;
    }

    /**
     * Starts Camel.
     *
     * @param overrides properties that win over application.properties, the environment and system properties
     */
    public static ExampleApplication start(Map<String, String> overrides) throws Exception {
        Main main = new Main();
        overrides.forEach(main::addOverrideProperty);

        JobProgress progress = new JobProgress();
        main.bind("jobProgress", progress);
        main.bind("documentSteps", new DocumentSteps());

        ExampleApplication application = new ExampleApplication(main, progress);
        try {
            main.start();
        } catch (Exception e) {
            application.close();
            throw e;
        }
        return application;
    }

    public CamelContext camelContext() {
        return main.getCamelContext();
    }

    /** Returns a property after placeholder resolution, such as the work folder. */
    public String property(String key) {
        return camelContext().resolvePropertyPlaceholders("{{" + key + "}}");
    }

    /**
     * Runs the search-patients route once and returns how many patients match.
     *
     * @throws Exception the route's failure, such as a LifenApiException
     */
    public int searchPatients() throws Exception {
        Exchange exchange;
        try (ProducerTemplate template = camelContext().createProducerTemplate()) {
            exchange = template.send("direct:search-patients", ignored -> {
            });
        }
        if (exchange.getException() != null) {
            throw exchange.getException();
        }
        return exchange.getMessage().getHeader("ExamplePatientCount", Integer.class);
    }

    /**
     * Starts the send-documents route and waits until a poll finds the inbox empty.
     *
     * @return false when {@code timeout} elapsed first
     */
    public boolean processInbox(Duration timeout) throws Exception {
        camelContext().getRouteController().startRoute("send-documents");
        return progress.awaitInboxEmpty(timeout);
    }

    public JobProgress progress() {
        return progress;
    }

    /** Returns how many token requests the lifen component has sent since Camel started. */
    public long tokenRequestCount() {
        LifenComponent component = camelContext().getComponent("lifen", LifenComponent.class);
        return component.getTokenManager() == null ? 0 : component.getTokenManager().tokenRequestCount();
    }

    @Override
    public void close() throws Exception {
        main.stop();
    }
}
