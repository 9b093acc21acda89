package io.github.camellifen.component;

import io.github.camellifen.component.auth.AccessToken;
import io.github.camellifen.component.auth.AccessTokenProvider;
import io.github.camellifen.component.fhir.OperationOutcome;
import io.github.camellifen.component.http.ApiClient;
import io.github.camellifen.component.http.ApiRequest;
import io.github.camellifen.component.http.ApiResponse;
import io.github.camellifen.component.http.ApiTransportException;
import io.github.camellifen.component.http.Origins;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;

/**
 * Sends one exchange to Lifen: builds the operation's request, attaches a token, and maps the reply. On a 401 it
 * drops exactly the rejected token and sends once more with a new one; a second 401 fails the exchange.
 */
public class LifenProducer extends DefaultProducer {

    private static final Logger LOG = LoggerFactory.getLogger(LifenProducer.class);

    private final LifenEndpoint endpoint;
    private LifenRequests requests;
    private ApiClient apiClient;
    private AccessTokenProvider tokens;

    public LifenProducer(LifenEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        requests = new LifenRequests(endpoint);
        apiClient = endpoint.apiClient();
        tokens = endpoint.tokenProvider();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        ApiRequest request = requests.build(exchange);

        ApiResponse response = sendWithToken(request);
        LOG.debug("Lifen {} {} answered HTTP {}", request.method(), request.uri(), response.status());

        if (!response.isSuccess() && endpoint.getConfiguration().isThrowExceptionOnFailure()) {
            throw failure(request, response);
        }
        LifenReplies.apply(exchange.getMessage(), response, endpoint.lifenOperation());
    }

    private ApiResponse sendWithToken(ApiRequest request) throws ApiTransportException {
        // The token is resolved on every attempt, Camel redeliveries included, so a stale one is never replayed
        AccessToken token = tokens.getToken();
        ApiResponse response = apiClient.send(request, token.authorizationHeader());
        if (response.status() != 401 || !repeatable(request)) {
            return response;
        }

        // Lifen refused a token it issued (revoked, or expired early): replace it once, never loop
        LOG.debug("Lifen answered 401 to {} {}; fetching a new access token and sending once more",
                request.method(), request.uri());
        tokens.invalidate(token);
        AccessToken fresh = tokens.getToken();
        return apiClient.send(request, fresh.authorizationHeader());
    }

    private static boolean repeatable(ApiRequest request) {
        return request.body() == null || request.body().repeatable();
    }

    private LifenApiException failure(ApiRequest request, ApiResponse response) {
        String uri = URISupport.sanitizeUri(response.uri().toString());
        StringBuilder message = new StringBuilder("Lifen API request ")
                .append(request.method()).append(' ').append(uri)
                .append(" failed with HTTP ").append(response.status());

        String location = response.header("Location").orElse(null);
        if (response.isRedirect() && location != null) {
            appendRedirect(message, response.uri().resolve(location));
        }
        if (response.status() == 401 && repeatable(request)) {
            message.append(": the access token was refused even after a new one was fetched; check that client ")
                    .append(endpoint.settings().credentials().clientId())
                    .append(" is enabled for this API and database reference");
        } else if (response.status() == 401) {
            message.append(": the access token was refused, and the body, a stream that can be read only once, "
                    + "could not be sent again; pass a byte[] or a File, or enable stream caching");
        }

        String body = response.bodyAsString();
        OperationOutcome outcome = OperationOutcome.parse(body);
        if (outcome != null) {
            message.append(" (OperationOutcome issues ").append(outcome.codes())
                    .append("; diagnostics in getOperationOutcome())");
        } else if (response.contentType() != null) {
            message.append(" (content type ").append(response.contentType()).append(')');
        }
        return new LifenApiException(message.toString(), response.status(), request.method(), response.uri(),
                location, response.headers().map(), body);
    }

    private void appendRedirect(StringBuilder message, URI target) {
        if (Origins.sameOrigin(target, apiClient.apiBase())) {
            message.append(": redirected to ").append(URISupport.sanitizeUri(target.toString()));
            return;
        }
        message.append(": redirected to another origin ").append(Origins.of(target))
                .append(", which was not followed because the access token is only sent to ")
                .append(Origins.of(apiClient.apiBase()))
                .append("; if that host is Lifen's, set apiBaseUrl to it");
    }
}
