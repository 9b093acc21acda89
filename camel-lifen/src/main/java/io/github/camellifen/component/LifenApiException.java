package io.github.camellifen.component;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.github.camellifen.component.fhir.OperationOutcome;
import io.github.camellifen.component.http.HttpStatusText;
import org.apache.camel.CamelException;
import org.apache.camel.spi.HttpResponseAware;
import org.apache.camel.util.URISupport;

/**
 * The Lifen API replied with a status outside 2xx. It carries the status, the sanitized URI, the reply's headers
 * and body, and the OperationOutcome issues when the body is one. The message names the issue codes but not their
 * diagnostics, since those may quote patient data: read them from {@link #getOperationOutcome()}.
 */
public class LifenApiException extends CamelException implements HttpResponseAware {

    private static final long serialVersionUID = 1L;

    private int statusCode;
    private String statusText;
    private final String method;
    private final String uri;
    private final String redirectLocation;
    private final Map<String, List<String>> responseHeaders;
    private final String responseBody;
    private final transient OperationOutcome operationOutcome;

    public LifenApiException(String message, int statusCode, String method, URI uri, String redirectLocation,
                             Map<String, List<String>> responseHeaders, String responseBody) {
        super(message);
        this.statusCode = statusCode;
        this.statusText = HttpStatusText.of(statusCode);
        this.method = method;
        this.uri = URISupport.sanitizeUri(uri.toString());
        this.redirectLocation = redirectLocation;
        this.responseHeaders = responseHeaders == null ? Map.of() : Map.copyOf(responseHeaders);
        this.responseBody = responseBody;
        this.operationOutcome = OperationOutcome.parse(responseBody);
    }

    public int getStatusCode() {
        return statusCode;
    }

    public String getStatusText() {
        return statusText;
    }

    public String getMethod() {
        return method;
    }

    /** Returns the request URI, with secret-looking query parameters masked. */
    public String getUri() {
        return uri;
    }

    /** Returns the {@code Location} of a redirect that was not followed, or null. */
    public String getRedirectLocation() {
        return redirectLocation;
    }

    /** Returns the reply's headers, with their names in lower case. */
    public Map<String, List<String>> getResponseHeaders() {
        return responseHeaders;
    }

    /** Returns the reply body as text, usually a FHIR OperationOutcome. It may contain health data, so do not log it. */
    public String getResponseBody() {
        return responseBody;
    }

    /** Returns the OperationOutcome in the body, with codes in lower case, or null when the body is not one. */
    public OperationOutcome getOperationOutcome() {
        return operationOutcome;
    }

    @Override
    public int getHttpResponseCode() {
        return statusCode;
    }

    @Override
    public void setHttpResponseCode(int code) {
        this.statusCode = code;
    }

    @Override
    public String getHttpResponseStatus() {
        return statusText;
    }

    @Override
    public void setHttpResponseStatus(String status) {
        this.statusText = status;
    }
}
