package io.github.camellifen.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link ClientBenchmark} once per caller count, one JMH fork per client and request, and collects one
 * {@link Row} per run. JMH's own report and JSON results go to the output folder.
 */
final class JmhSection {

    /**
     * One client, request and caller count.
     *
     * @param opsPerSecond requests completed per second, all callers together
     * @param p50Micros    median latency in microseconds
     * @param p99Micros    99th percentile latency in microseconds
     * @param allocBytes   bytes allocated per request in the benchmark JVM
     * @param cpuMicros    CPU time per request of the whole benchmark JVM, in microseconds
     */
    record Row(String operation, int callers, ClientKind client, double opsPerSecond, double p50Micros,
               double p99Micros, double allocBytes, double cpuMicros) {
    }

    /** Iteration counts and times, caller counts and requests: the full run, the quick smoke pass, or a part. */
    record Plan(int warmups, int warmupSeconds, int iterations, int iterationSeconds, List<Integer> callers,
                List<String> requests) {

        static Plan full() {
            return new Plan(2, 3, 3, 4, List.of(1, 16, 64), REQUESTS);
        }

        static Plan quick() {
            return new Plan(1, 3, 1, 2, List.of(16), REQUESTS);
        }

        Plan withCallers(List<Integer> counts) {
            return new Plan(warmups, warmupSeconds, iterations, iterationSeconds, counts, requests);
        }

        Plan withRequests(List<String> names) {
            for (String name : names) {
                if (!REQUESTS.contains(name)) {
                    throw new IllegalArgumentException("Unknown request '" + name + "': use " + REQUESTS);
                }
            }
            return new Plan(warmups, warmupSeconds, iterations, iterationSeconds, callers, names);
        }
    }

    /** The benchmark methods of {@link ClientBenchmark}. */
    static final List<String> REQUESTS = List.of("read", "search", "sendToEhr");

    /** The rows of every run, and one line per benchmark whose report shows failed iterations. */
    record Results(List<Row> rows, List<String> failures) {
    }

    private JmhSection() {
    }

    static Results run(ServerProcess server, Plan plan, Path outputFolder) throws RunnerException, IOException {
        List<Row> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int callers : plan.callers()) {
            Path log = outputFolder.resolve("jmh-" + callers + "-callers.log");
            System.out.printf("JMH with %d caller(s): %d forks, report in %s%n", callers,
                    plan.requests().size() * ClientKind.values().length, log);
            Options options = new OptionsBuilder()
                    .include(ClientBenchmark.class.getName() + "\\.(" + String.join("|", plan.requests()) + ")$")
                    .threads(callers)
                    .forks(1)
                    .warmupIterations(plan.warmups())
                    .warmupTime(TimeValue.seconds(plan.warmupSeconds()))
                    .measurementIterations(plan.iterations())
                    .measurementTime(TimeValue.seconds(plan.iterationSeconds()))
                    .addProfiler(GCProfiler.class)
                    .addProfiler(CpuProfiler.class)
                    .jvmArgsAppend("-D" + ClientBenchmark.SERVER_PROPERTY + "=" + server.baseUrl(),
                            "-D" + ClientBenchmark.TOKEN_SERVER_PROPERTY + "=" + server.tokenBaseUrl(),
                            "-Xms1g", "-Xmx1g")
                    .shouldFailOnError(false)
                    .output(log.toString())
                    .result(outputFolder.resolve("jmh-" + callers + "-callers.json").toString())
                    .resultFormat(ResultFormatType.JSON)
                    .build();
            for (RunResult result : new Runner(options).run()) {
                rows.add(toRow(result, callers));
            }
            failures.addAll(failedIterations(log, callers));
        }
        return new Results(rows, failures);
    }

    /**
     * Reads JMH's report for iterations that ended with an exception. JMH stops such a benchmark and keeps only the
     * measured iterations before it, if any, so the table has to show which figures are affected.
     */
    private static List<String> failedIterations(Path log, int callers) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        String benchmark = "";
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith("# Benchmark: ")) {
                benchmark = line.substring(line.lastIndexOf('.') + 1);
            } else if (line.startsWith("# Parameters: ")) {
                benchmark = benchmark.split(" ")[0] + " " + line.substring("# Parameters: ".length());
            } else if (line.contains("<failure>")) {
                counts.merge(benchmark, 1, Integer::sum);
            }
        }
        List<String> lines = new ArrayList<>();
        counts.forEach((name, count) -> lines.add(String.format("%s, %d caller(s): %d failed iteration(s)", name,
                callers, count)));
        return lines;
    }

    private static Row toRow(RunResult result, int callers) {
        String benchmark = result.getParams().getBenchmark();
        String operation = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        ClientKind client = ClientKind.parse(result.getParams().getParam("client"));
        Statistics latency = result.getPrimaryResult().getStatistics();
        return new Row(operation, callers, client, secondary(result, CpuProfiler.OPS_PER_SECOND),
                latency.getPercentile(50), latency.getPercentile(99), secondary(result, "gc.alloc.rate.norm"),
                secondary(result, CpuProfiler.CPU_PER_OP));
    }

    private static double secondary(RunResult result, String name) {
        Result<?> value = result.getSecondaryResults().get(name);
        return value == null ? Double.NaN : value.getScore();
    }
}
