package io.github.camellifen.component.http;

import java.net.URI;
import java.util.Locale;

/** Compares URI origins (scheme, host and port, RFC 6454), the unit the bearer token is bound to. */
public final class Origins {

    private Origins() {
    }

    public static boolean sameOrigin(URI a, URI b) {
        return scheme(a).equals(scheme(b)) && host(a).equals(host(b)) && port(a) == port(b);
    }

    /** Returns {@code scheme://host:port}, the form error messages show. */
    public static String of(URI uri) {
        return scheme(uri) + "://" + uri.getHost() + ":" + port(uri);
    }

    /** Returns whether the host is this machine (localhost, 127.0.0.0/8 or ::1), where plain HTTP is accepted. */
    public static boolean isLoopback(URI uri) {
        String host = host(uri);
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    private static String scheme(URI uri) {
        return uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    }

    private static String host(URI uri) {
        return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equals(scheme(uri)) ? 443 : 80;
    }
}
