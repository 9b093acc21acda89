package io.github.camellifen.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** Formats the results as plain-text tables, with each client's figures as ratios to the others of the same run. */
final class Report {

    private final StringBuilder text = new StringBuilder();

    String text() {
        return text.toString();
    }

    void line(String format, Object... values) {
        text.append(String.format(Locale.ROOT, format, values)).append('\n');
    }

    void jmh(JmhSection.Results results) {
        List<JmhSection.Row> rows = results.rows();
        line("");
        line("== Throughput, latency, allocation and CPU per request (JMH; lifen with rateLimit=0)");
        line("%-10s %7s  %-12s %10s %9s %9s %12s %10s", "request", "callers", "client", "ops/s", "p50 us",
                "p99 us", "alloc KB/op", "CPU us/op");
        for (JmhSection.Row row : rows) {
            line("%-10s %7d  %-12s %10.0f %9.0f %9.0f %12.1f %10.0f", row.operation(), row.callers(),
                    row.client().label(), row.opsPerSecond(), row.p50Micros(), row.p99Micros(),
                    row.allocBytes() / 1024, row.cpuMicros());
        }
        for (String failure : results.failures()) {
            line("Failed: %s. JMH stops a benchmark at its first failed iteration, so its figures, if any, come "
                    + "from the iterations before (details in the JMH report)", failure);
        }

        line("");
        line("== Ratios lifen / other client (throughput target: >= 0.95 x http-static, >= 1.00 x http-oauth2)");
        line("%-10s %7s  %-11s %14s %14s %14s  %s", "request", "callers", "figure", "x http-static",
                "x http-oauth2", "x httpclient5", "throughput target");
        for (String operation : JmhSection.REQUESTS) {
            for (int callers : rows.stream().map(JmhSection.Row::callers).distinct().toList()) {
                ratios(rows, operation, callers);
            }
        }
    }

    private void ratios(List<JmhSection.Row> rows, String operation, int callers) {
        Optional<JmhSection.Row> lifen = find(rows, operation, callers, ClientKind.LIFEN);
        if (lifen.isEmpty()) {
            return;
        }
        List<Optional<JmhSection.Row>> others = List.of(find(rows, operation, callers, ClientKind.HTTP_STATIC),
                find(rows, operation, callers, ClientKind.HTTP_OAUTH2),
                find(rows, operation, callers, ClientKind.HTTPCLIENT5));

        double[] throughput = ratios(lifen.get(), others, JmhSection.Row::opsPerSecond);
        String verdict = (throughput[0] >= 0.95 ? "met" : "MISSED") + " / " + (throughput[1] >= 1.0 ? "met" : "MISSED");
        line("%-10s %7d  %-11s %14.2f %14.2f %14.2f  %s", operation, callers, "throughput", throughput[0],
                throughput[1], throughput[2], verdict);
        ratioLine("p50", ratios(lifen.get(), others, JmhSection.Row::p50Micros));
        ratioLine("p99", ratios(lifen.get(), others, JmhSection.Row::p99Micros));
        ratioLine("alloc/op", ratios(lifen.get(), others, JmhSection.Row::allocBytes));
        ratioLine("CPU/op", ratios(lifen.get(), others, JmhSection.Row::cpuMicros));
    }

    private void ratioLine(String figure, double[] ratios) {
        line("%-10s %7s  %-11s %14.2f %14.2f %14.2f", "", "", figure, ratios[0], ratios[1], ratios[2]);
    }

    /** Returns lifen's figure divided by each other client's, or NaN where that client has no result. */
    private static double[] ratios(JmhSection.Row lifen, List<Optional<JmhSection.Row>> others,
                                   ToDoubleFunction<JmhSection.Row> figure) {
        double[] ratios = new double[others.size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = others.get(i).map(other -> figure.applyAsDouble(lifen) / figure.applyAsDouble(other))
                    .orElse(Double.NaN);
        }
        return ratios;
    }

    void bursts(List<TokenScenarios.Burst> bursts) {
        line("");
        line("== Token requests for a burst of exchanges (token endpoint answers after %d ms; target for lifen: 1 "
                + "on a cold start, 0 on a warm cache)", TokenScenarios.TOKEN_DELAY_MILLIS);
        line("%-34s %-38s %9s %14s %8s", "client", "scenario", "exchanges", "token requests", "failures");
        for (TokenScenarios.Burst burst : bursts) {
            line("%-34s %-38s %9d %14d %8d", burst.client(), burst.scenario(), burst.exchanges(), burst.tokenCalls(),
                    burst.failures());
        }
    }

    void expiries(List<TokenScenarios.Expiry> expiries) {
        line("");
        line("== Token expiry under load (tokens of %d s, refresh margin %d s, token endpoint answers after %d ms; "
                + "targets for lifen: 1 request per refresh, crossing p99 within 10%% of steady p99)",
                TokenScenarios.EXPIRES_IN_SECONDS, TokenScenarios.REFRESH_MARGIN_MILLIS / 1000,
                TokenScenarios.TOKEN_DELAY_MILLIS);
        line("%-34s %7s %4s %8s %9s %11s %8s %20s %20s %10s", "client", "callers", "s", "tokens", "refreshes",
                "max/refresh", "failures", "crossing n/p50/p99", "steady n/p50/p99", "p99 ratio");
        for (TokenScenarios.Expiry e : expiries) {
            line("%-34s %7d %4d %8d %9d %11d %8d %20s %20s %10.2f", e.client(), e.callers(), e.seconds(),
                    e.tokenCalls(), e.refreshes(), e.maxCallsPerRefresh(), e.failures(), latencies(e.crossing()),
                    latencies(e.steady()), e.crossing().p99() / e.steady().p99());
        }
        line("(latencies in microseconds; crossing = exchanges in flight while the server handled a token request)");
    }

    void payload(List<String> lines) {
        line("");
        line("== Memory per 15 MB send-to-ehr (separate JVM, -Xmx256m; target: allocation < 2 x the document)");
        lines.forEach(text -> line("%s", text));
    }

    private static String latencies(TokenScenarios.Latencies latencies) {
        return String.format(Locale.ROOT, "%d/%.0f/%.0f", latencies.count(), latencies.p50(), latencies.p99());
    }

    private static Optional<JmhSection.Row> find(List<JmhSection.Row> rows, String operation, int callers,
                                                 ClientKind client) {
        return rows.stream()
                .filter(r -> r.operation().equals(operation) && r.callers() == callers && r.client() == client)
                .findFirst();
    }
}
