package io.github.camellifen.component;

import io.github.camellifen.component.http.ApiRequest;
import io.github.camellifen.component.http.ApiResponse;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

/**
 * Sends one exchange to Lifen: builds the operation's request, sends it with a managed token, and puts the reply on
 * the message. A search may follow its next links, as one merged Bundle or as a stream of entries.
 */
public class LifenProducer extends DefaultProducer {

    private final LifenEndpoint endpoint;
    private LifenRequests requests;
    private LifenSender sender;

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
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        ApiRequest request = requests.build(exchange.getMessage());
        LifenConfiguration config = endpoint.getConfiguration();

        ApiResponse response = sender.send(request);
        if (!response.isSuccess() && config.isThrowExceptionOnFailure()) {
            throw sender.failure(request, response);
        }
        OutputType outputType = OutputType.parse(config.getOutputType());
        LifenReplies.apply(exchange.getMessage(), response, endpoint.lifenOperation(), outputType);

        PagingMode paging = PagingMode.parse(config.getPagingMode());
        boolean search = endpoint.lifenOperation() == LifenOperation.SEARCH
                || endpoint.lifenOperation() == LifenOperation.SEARCH_FOR_MSS;
        if (response.isSuccess() && search && paging != PagingMode.SINGLE) {
            SearchPages pages = new SearchPages(sender, response, config.getMaxPages(), paging == PagingMode.STREAM);
            Object body = paging == PagingMode.ALL ? Bodies.fromJson(pages.mergeAll(), outputType)
                    : Bodies.converting(pages.entries(), outputType);
            exchange.getMessage().setBody(body);
        }
    }
}
