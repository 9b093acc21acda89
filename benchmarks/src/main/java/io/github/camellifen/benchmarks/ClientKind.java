package io.github.camellifen.benchmarks;

import java.util.Locale;

/** The ways of calling the API that the benchmarks compare, named as the results show them. */
public enum ClientKind {

    /** The {@code lifen:} component: managed token, FHIR request building, reply headers. */
    LIFEN("lifen"),
    /** camel-http with a fixed {@code Authorization: Bearer} header, as routes are often written by hand. */
    HTTP_STATIC("http-static"),
    /** camel-http with its own OAuth2 client-credentials options and token cache. */
    HTTP_OAUTH2("http-oauth2"),
    /** Apache HttpClient 5 classic with a fixed header: no Camel at all, the floor. */
    HTTPCLIENT5("httpclient5");

    private final String label;

    ClientKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Returns the kind with this label, such as http-static. */
    public static ClientKind parse(String label) {
        for (ClientKind kind : values()) {
            if (kind.label.equals(label.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown client '" + label + "': use lifen, http-static, http-oauth2 or "
                + "httpclient5");
    }
}
