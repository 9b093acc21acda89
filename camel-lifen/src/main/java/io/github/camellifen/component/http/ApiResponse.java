package io.github.camellifen.component.http;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A reply from the Lifen API or its token endpoint. A successful API reply that is not JSON, such as a PDF, keeps
 * its body as a stream, so a large document never sits whole in memory. Every other reply is read into
 * {@code body}.
 *
 * @param uri     the URI that produced this reply, after any same-origin redirect
 * @param headers the reply's headers, with names in lower case and looked up without regard to case
 * @param body    the body bytes, or null when the body is in {@code stream}
 * @param stream  the unread body of a successful non-JSON reply, which the caller must read or close; else null
 */
public record ApiResponse(int status, URI uri, Map<String, List<String>> headers, byte[] body, InputStream stream) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public boolean isRedirect() {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(firstValue(headers, name));
    }

    /** Returns the first value of the header {@code name}, or null when the reply has none. */
    static String firstValue(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String contentType() {
        return header("Content-Type").orElse(null);
    }

    /** Decodes the body with the charset the reply names, or UTF-8, which FHIR JSON uses when none is named. */
    public String bodyAsString() {
        return body == null ? "" : new String(body, charset());
    }

    private Charset charset() {
        String type = contentType();
        int start = type == null ? -1 : type.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (start < 0) {
            return StandardCharsets.UTF_8;
        }

        int end = type.indexOf(';', start);
        String name = type.substring(start + "charset=".length(), end < 0 ? type.length() : end).trim();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.equalsIgnoreCase("utf-8") ? StandardCharsets.UTF_8 : charsetOrUtf8(name);
    }

    private static Charset charsetOrUtf8(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }

    @Override
    public String toString() {
        return "ApiResponse[" + status + " from " + uri + "]";
    }
}
