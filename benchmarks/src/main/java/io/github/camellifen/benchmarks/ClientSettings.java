package io.github.camellifen.benchmarks;

import java.nio.file.Path;

/**
 * The settings a {@link BenchClient} needs to reach the {@link BenchServer}.
 *
 * @param baseUrl             the base URL of the server's API port, such as http://127.0.0.1:8089
 * @param tokenBaseUrl        the base URL of its token port: Lifen's token endpoint is on another host than its API
 * @param clientId            OAuth2 client id; a new one gives the OAuth2 clients an empty token cache
 * @param refreshMarginMillis how long before expiry a token stops being sent: lifen's tokenRefreshMargin and
 *                            camel-http's oauth2CachedTokensExpirationMarginSeconds; negative keeps each one's default
 * @param refreshAheadMillis  lifen's tokenRefreshAhead (0 turns background refresh off); negative keeps its
 *                            default. camel-http has no such option.
 * @param cacheTokens         camel-http's oauth2CacheTokens (off by default in camel-http); lifen always caches
 * @param document            the PDF that send-to-ehr sends
 */
public record ClientSettings(String baseUrl, String tokenBaseUrl, String clientId, long refreshMarginMillis,
                             long refreshAheadMillis, boolean cacheTokens, Path document) {

    static final String CLIENT_SECRET = "benchmark-secret";
    static final String STATIC_TOKEN = "Bearer static-benchmark-token";

    /** Returns the settings of the throughput benchmarks: each client's default margin, camel-http's cache on. */
    public static ClientSettings defaults(String baseUrl, String tokenBaseUrl, Path document) {
        return new ClientSettings(baseUrl, tokenBaseUrl, "benchmark", -1, -1, true, document);
    }

    public String apiBase() {
        return baseUrl + BenchServer.API_PATH;
    }

    public String tokenUrl() {
        return tokenBaseUrl + BenchServer.TOKEN_PATH;
    }

    public ClientSettings withClientId(String id) {
        return new ClientSettings(baseUrl, tokenBaseUrl, id, refreshMarginMillis, refreshAheadMillis, cacheTokens,
                document);
    }

    public ClientSettings withRefreshMargin(long millis) {
        return new ClientSettings(baseUrl, tokenBaseUrl, clientId, millis, refreshAheadMillis, cacheTokens,
                document);
    }

    public ClientSettings withRefreshAhead(long millis) {
        return new ClientSettings(baseUrl, tokenBaseUrl, clientId, refreshMarginMillis, millis, cacheTokens,
                document);
    }

    public ClientSettings withCacheTokens(boolean cache) {
        return new ClientSettings(baseUrl, tokenBaseUrl, clientId, refreshMarginMillis, refreshAheadMillis, cache,
                document);
    }
}
