package io.github.camellifen.component.auth;

import io.github.camellifen.component.http.HttpStatusText;
import org.apache.camel.spi.HttpResponseAware;

/**
 * Lifen's token endpoint failed, rejected the credentials or replied with something that is not a token. The message
 * reads {@code [error] description} with the HTTP status, as OAuth2 errors are reported; for a body that is not
 * JSON it names the content type and quotes a short excerpt. It never contains the client secret.
 */
public class LifenTokenException extends RuntimeException implements HttpResponseAware {

    private static final long serialVersionUID = 1L;

    private int statusCode;
    private String statusText;
    private final String error;
    private final String errorDescription;
    private final String tokenUrl;
    private final String contentType;
    private final String retryAfter;

    public LifenTokenException(String message, int statusCode, String error, String errorDescription,
                               String tokenUrl, String contentType, String retryAfter, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.statusText = HttpStatusText.of(statusCode);
        this.error = error;
        this.errorDescription = errorDescription;
        this.tokenUrl = tokenUrl;
        this.contentType = contentType;
        this.retryAfter = retryAfter;
    }

    /** Returns the OAuth2 {@code error} code, such as {@code access_denied}, or null when the reply had none. */
    public String getError() {
        return error;
    }

    /** Returns the OAuth2 {@code error_description}, or null when the reply had none. */
    public String getErrorDescription() {
        return errorDescription;
    }

    /** Returns the HTTP status of the token endpoint's reply, or 0 when none arrived (timeout, refused connection). */
    public int getStatusCode() {
        return statusCode;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    /** Returns the reply's {@code Content-Type}, or null. */
    public String getContentType() {
        return contentType;
    }

    /** Returns the reply's {@code Retry-After} header (seconds or an HTTP date), or null. */
    public String getRetryAfter() {
        return retryAfter;
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
