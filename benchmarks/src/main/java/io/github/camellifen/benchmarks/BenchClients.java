package io.github.camellifen.benchmarks;

/** Creates the {@link BenchClient} of each {@link ClientKind}. */
public final class BenchClients {

    private BenchClients() {
    }

    public static BenchClient create(ClientKind kind, ClientSettings settings) {
        switch (kind) {
            case LIFEN:
                return new LifenBenchClient(settings);
            case HTTP_STATIC:
                return new CamelHttpBenchClient(settings, false);
            case HTTP_OAUTH2:
                return new CamelHttpBenchClient(settings, true);
            default:
                return new HttpClient5BenchClient(settings);
        }
    }
}
