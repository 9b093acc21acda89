package io.github.camellifen.benchmarks;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A load driver for what JMH cannot show. It counts the token requests the server receives when 64 exchanges start
 * at once on an empty cache, and when tokens expire under 64 callers. It also compares the latency of the exchanges
 * that run while a token is fetched with the others. Every client gets a new client id, so no token cached by an
 * earlier scenario is reused (camel-http's cache is static, shared by the whole JVM).
 */
final class TokenScenarios {

    static final int CALLERS = 64;
    /** Stands in for a remote authorization server: long enough for concurrent exchanges to pile up behind it. */
    static final long TOKEN_DELAY_MILLIS = 100;
    static final long EXPIRES_IN_SECONDS = 10;
    /** camel-http's default oauth2CachedTokensExpirationMarginSeconds, given to lifen too. */
    static final long REFRESH_MARGIN_MILLIS = 5_000;
    private static final int WARM_UP_SECONDS = 2;
    /** Token requests further apart than this belong to different refreshes. */
    private static final long REFRESH_GAP_MICROS = 1_000_000;

    /** Token requests the server received for one burst of exchanges. */
    record Burst(String client, String scenario, int exchanges, int tokenCalls, int failures) {
    }

    /**
     * Token requests and latency while tokens expire under load.
     *
     * @param refreshes         groups of token requests, each more than a second from the next
     * @param maxCallsPerRefresh the largest group
     * @param crossing          exchanges that were in flight while the server handled a token request
     * @param steady            all other exchanges
     */
    record Expiry(String client, int callers, int seconds, int tokenCalls, int refreshes, int maxCallsPerRefresh,
                  int failures, Latencies crossing, Latencies steady) {
    }

    /** Latency percentiles in microseconds over {@code count} exchanges. */
    record Latencies(int count, double p50, double p99) {

        static Latencies of(List<Long> micros) {
            if (micros.isEmpty()) {
                return new Latencies(0, Double.NaN, Double.NaN);
            }
            long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Latencies(sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.99));
        }

        private static double percentile(long[] sorted, double rank) {
            int index = (int) Math.ceil(rank * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
        }
    }

    private final ServerProcess server;
    private final AtomicInteger ids = new AtomicInteger();

    TokenScenarios(ServerProcess server) {
        this.server = server;
    }

    /** Starts 64 reads of one patient at once on an empty token cache. */
    Burst coldStart(String label, ClientKind kind, ClientSettings settings) throws Exception {
        server.reset(3600, TOKEN_DELAY_MILLIS);
        try (BenchClient client = BenchClients.create(kind, fresh(settings))) {
            int failures = burst(client, i -> "1");
            return new Burst(label, "cold start, 64 reads of one patient", CALLERS, server.tokenCalls().size(),
                    failures);
        }
    }

    /** Sends one read to fill the cache, then 64 reads of 64 different patients at once. */
    Burst warmDistinctPatients(String label, ClientKind kind, ClientSettings settings) throws Exception {
        server.reset(3600, TOKEN_DELAY_MILLIS);
        try (BenchClient client = BenchClients.create(kind, fresh(settings))) {
            client.read("1");
            int before = server.tokenCalls().size();
            int failures = burst(client, i -> Integer.toString(1000 + i));
            return new Burst(label, "warm cache, 64 reads of 64 patients", CALLERS,
                    server.tokenCalls().size() - before, failures);
        }
    }

    /**
     * Runs 64 callers for {@code seconds} with tokens of {@value #EXPIRES_IN_SECONDS} s, after one read that
     * fetches the first token, and classifies every exchange by whether a token request overlapped it.
     */
    Expiry expiry(String label, ClientKind kind, ClientSettings settings, int seconds) throws Exception {
        // A first client with a long-lived token compiles the hot code, so JIT warm-up does not count as latency
        server.reset(3600, TOKEN_DELAY_MILLIS);
        try (BenchClient warmUp = BenchClients.create(kind, fresh(settings))) {
            load(warmUp, WARM_UP_SECONDS, new ArrayList<>());
        }

        server.reset(EXPIRES_IN_SECONDS, TOKEN_DELAY_MILLIS);
        ClientSettings shortLived = fresh(settings).withRefreshMargin(REFRESH_MARGIN_MILLIS);
        try (BenchClient client = BenchClients.create(kind, shortLived)) {
            client.read("1");
            long loadStart = epochMicros();
            List<long[]> exchanges = new ArrayList<>();
            int failures = load(client, seconds, exchanges);

            List<BenchServer.TokenCall> calls = callsSince(loadStart);
            List<Integer> refreshes = groupSizes(calls);
            List<Long> crossing = new ArrayList<>();
            List<Long> steady = new ArrayList<>();
            for (long[] exchange : exchanges) {
                (overlaps(exchange, calls) ? crossing : steady).add(exchange[1] - exchange[0]);
            }
            return new Expiry(label, CALLERS, seconds, calls.size(), refreshes.size(),
                    refreshes.stream().mapToInt(Integer::intValue).max().orElse(0), failures,
                    Latencies.of(crossing), Latencies.of(steady));
        }
    }

    /** Returns the token requests that started at or after {@code startMicros}, sorted by start. */
    private List<BenchServer.TokenCall> callsSince(long startMicros) throws Exception {
        List<BenchServer.TokenCall> calls = new ArrayList<>();
        for (BenchServer.TokenCall call : server.tokenCalls()) {
            if (call.startMicros() >= startMicros) {
                calls.add(call);
            }
        }
        calls.sort((a, b) -> Long.compare(a.startMicros(), b.startMicros()));
        return calls;
    }

    private ClientSettings fresh(ClientSettings settings) {
        return settings.withClientId("scenario-" + ProcessHandle.current().pid() + "-" + ids.incrementAndGet());
    }

    /** Releases 64 reads at the same instant and waits for all of them; returns how many failed. */
    private static int burst(BenchClient client, IntFunction<String> patientId) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            CountDownLatch ready = new CountDownLatch(CALLERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                String id = patientId.apply(i);
                results.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return client.read(id);
                }));
            }
            ready.await();
            go.countDown();
            return failures(results);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs 64 callers that read in a loop for {@code seconds}; each exchange adds its start and end. */
    private static int load(BenchClient client, int seconds, List<long[]> exchanges) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<List<long[]>>> results = new ArrayList<>();
        AtomicInteger failures = new AtomicInteger();
        try {
            for (int i = 0; i < CALLERS; i++) {
                results.add(pool.submit(() -> {
                    List<long[]> mine = new ArrayList<>();
                    while (System.nanoTime() < end) {
                        long start = epochMicros();
                        try {
                            client.read("1");
                        } catch (Exception e) {
                            if (failures.incrementAndGet() == 1) {
                                System.err.println("First failed exchange of the expiry run: " + e);
                            }
                        }
                        mine.add(new long[] { start, epochMicros() });
                    }
                    return mine;
                }));
            }
            for (Future<List<long[]>> result : results) {
                exchanges.addAll(result.get());
            }
            return failures.get();
        } finally {
            pool.shutdownNow();
        }
    }

    private static int failures(List<Future<?>> results) throws InterruptedException {
        int failed = 0;
        for (Future<?> result : results) {
            try {
                result.get();
            } catch (ExecutionException e) {
                // The table shows the count, and the first cause shows why
                if (failed++ == 0) {
                    System.err.println("First failed exchange of the burst: " + e.getCause());
                }
            }
        }
        return failed;
    }

    private static List<Integer> groupSizes(List<BenchServer.TokenCall> sortedCalls) {
        List<Integer> sizes = new ArrayList<>();
        long groupEnd = Long.MIN_VALUE;
        for (BenchServer.TokenCall call : sortedCalls) {
            if (sizes.isEmpty() || call.startMicros() > groupEnd + REFRESH_GAP_MICROS) {
                sizes.add(0);
            }
            sizes.set(sizes.size() - 1, sizes.get(sizes.size() - 1) + 1);
            groupEnd = Math.max(groupEnd, call.endMicros());
        }
        return sizes;
    }

    private static boolean overlaps(long[] exchange, List<BenchServer.TokenCall> calls) {
        for (BenchServer.TokenCall call : calls) {
            if (exchange[0] <= call.endMicros() && exchange[1] >= call.startMicros()) {
                return true;
            }
        }
        return false;
    }

    private static long epochMicros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }
}
