package io.github.camellifen.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The same three requests through each {@link ClientKind}, against a {@link BenchServer} that runs in another JVM
 * (system properties {@value #SERVER_PROPERTY} and {@value #TOKEN_SERVER_PROPERTY}). Sample time mode gives the
 * latency percentiles; {@link CpuProfiler} adds throughput and CPU time per request, and JMH's gc profiler the
 * bytes allocated per request. The caller
 * count comes from JMH's threads option, so the driver runs this class once per count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClientBenchmark {

    /** The system property that carries the base URL of the server's API port into JMH's forked JVMs. */
    public static final String SERVER_PROPERTY = "bench.server";
    /** The system property that carries the base URL of the server's token port. */
    public static final String TOKEN_SERVER_PROPERTY = "bench.tokenServer";

    @Param({ "lifen", "http-static", "http-oauth2", "httpclient5" })
    public String client;

    private BenchClient bench;

    @Setup(Level.Trial)
    public void start() throws Exception {
        String server = System.getProperty(SERVER_PROPERTY);
        String tokenServer = System.getProperty(TOKEN_SERVER_PROPERTY);
        if (server == null || tokenServer == null) {
            throw new IllegalStateException("Missing system property " + SERVER_PROPERTY + " or "
                    + TOKEN_SERVER_PROPERTY + ": run the benchmarks through BenchmarkMain (java -jar benchmarks.jar), "
                    + "which starts the server");
        }
        bench = BenchClients.create(ClientKind.parse(client),
                ClientSettings.defaults(server, tokenServer, SampleDocument.copyToTempFile()));
        // One request of each kind, so a broken setup fails before any iteration
        bench.read("1");
        bench.search();
        bench.sendToEhr();
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        bench.close();
    }

    @Benchmark
    public String read() throws Exception {
        return bench.read("1");
    }

    @Benchmark
    public String search() throws Exception {
        return bench.search();
    }

    @Benchmark
    public String sendToEhr() throws Exception {
        return bench.sendToEhr();
    }
}
