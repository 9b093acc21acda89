package io.github.camellifen.component.http;

import java.net.URI;
import java.util.Objects;

/**
 * One request to the Lifen API, before the bearer token is attached.
 *
 * @param method      HTTP method, upper case
 * @param uri         absolute target; must share the configured API origin
 * @param contentType the body's media type, or null without a body
 * @param body        the body, or null; a repeatable body can be sent again after a 401
 * @param send        whether the request creates or sends something at Lifen (such as {@code $send-to-ehr}), so
 *                    resending it after a lost reply could duplicate a sending
 */
public record ApiRequest(String method, URI uri, String contentType, RequestBody body, boolean send) {

    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
    }

    public static ApiRequest get(URI uri) {
        return new ApiRequest("GET", uri, null, null, false);
    }

    @Override
    public String toString() {
        // The body is health data and stays out of any text that may reach a log
        return "ApiRequest[" + method + " " + uri + (body == null ? "" : ", " + body) + "]";
    }
}
