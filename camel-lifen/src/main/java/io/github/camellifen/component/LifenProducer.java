package io.github.camellifen.component;

import io.github.camellifen.component.http.ApiRequest;
import io.github.camellifen.component.http.ApiResponse;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultProducer;

/**
 * Sends one exchange to Lifen: builds the operation's request, sends it with a managed token, and puts the reply on
 * the message. A search may follow its next links, as one merged Bundle or as a stream of entries.
 */
public class LifenProducer extends DefaultProducer {

    private final LifenEndpoint endpoint;
    private LifenRequests requests;
    private LifenSender sender;
    private OutputType outputType;
    private PagingMode paging;
    private WritableHealthCheckRepository healthCheckRepository;
    private HealthCheck healthCheck;

    public LifenProducer(LifenEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        requests = new LifenRequests(endpoint);
        LifenConfiguration config = endpoint.getConfiguration();
        RetryPolicy retries = new RetryPolicy(config.getMaxRetries(), LifenSettings.millis(config.getRetryDelay()),
                LifenSettings.millis(config.getMaxRetryDelay()));
        sender = new LifenSender(endpoint.apiClient(), endpoint.tokenProvider(),
                endpoint.settings().credentials().clientId(), retries);

        // Parsed once here; the endpoint checked both values at start-up
        outputType = OutputType.parse(config.getOutputType());
        LifenOperation operation = endpoint.lifenOperation();
        boolean search = operation == LifenOperation.SEARCH || operation == LifenOperation.SEARCH_FOR_MSS;
        paging = search ? PagingMode.parse(config.getPagingMode()) : PagingMode.SINGLE;

        addHealthCheck();
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        super.doStop();
    }

    /** Adds this producer's check to Camel's producers repository, which exists only with camel-health. */
    private void addHealthCheck() {
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(endpoint.getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (healthCheckRepository == null) {
            return;
        }
        healthCheck = LifenProducerHealthCheck.create(endpoint);
        healthCheck.setEnabled(endpoint.getComponent().isHealthCheckProducerEnabled());
        healthCheckRepository.addHealthCheck(healthCheck);
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        ApiRequest request = requests.build(exchange.getMessage());
        LifenConfiguration config = endpoint.getConfiguration();

        ApiResponse response = sender.send(request);
        if (!response.isSuccess() && config.isThrowExceptionOnFailure()) {
            throw sender.failure(request, response);
        }

        boolean paged = response.isSuccess() && paging != PagingMode.SINGLE;
        // A paged reply's first page is replaced below, so it is not converted here
        LifenReplies.apply(exchange.getMessage(), response, endpoint.lifenOperation(),
                paged ? OutputType.STRING : outputType);
        if (paged) {
            SearchPages pages = new SearchPages(sender, response, config.getMaxPages(), paging == PagingMode.STREAM);
            Object body = paging == PagingMode.ALL ? Bodies.fromJson(pages.mergeAll(), outputType)
                    : Bodies.converting(pages.entries(), outputType);
            exchange.getMessage().setBody(body);
        }
    }
}
