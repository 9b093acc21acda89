package io.github.camellifen.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs every benchmark against one loopback {@link BenchServer} in its own JVM and prints the tables with ratios:
 * JMH for throughput, latency, allocation and CPU per request; a load driver for token requests and refresh
 * latency; and {@link PayloadMemoryBenchmark} for a 15 MB document.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar [--quick] [--callers 1,16,64] [--requests read,search,sendToEhr]
 *     [jmh] [tokens] [payload]</pre>
 *
 * Without a section name it runs all three; {@code --callers} and {@code --requests} narrow the JMH section.
 * {@code --quick} is a smoke pass of about two minutes whose numbers only show that everything works.
 */
public final class BenchmarkMain {

    private static final List<String> SECTIONS = List.of("jmh", "tokens", "payload");

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        List<Integer> callers = null;
        List<String> requests = null;
        Set<String> sections = new LinkedHashSet<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--callers" -> callers = list(args, ++i).stream().map(Integer::parseInt).toList();
                case "--requests" -> requests = list(args, ++i);
                case "jmh", "tokens", "payload" -> sections.add(args[i]);
                default -> throw new IllegalArgumentException("Unknown argument '" + args[i] + "': use --quick, "
                        + "--callers 1,16,64, --requests read,search,sendToEhr, or the sections " + SECTIONS);
            }
        }
        if (sections.isEmpty()) {
            sections.addAll(SECTIONS);
        }

        JmhSection.Plan plan = quick ? JmhSection.Plan.quick() : JmhSection.Plan.full();
        if (callers != null) {
            plan = plan.withCallers(callers);
        }
        if (requests != null) {
            plan = plan.withRequests(requests);
        }
        Path output = outputFolder();
        Report report = new Report();
        machine(report, quick);
        System.out.print(report.text());

        try (ServerProcess server = ServerProcess.start()) {
            if (sections.contains("jmh")) {
                report.jmh(JmhSection.run(server, plan, output));
            }
            if (sections.contains("tokens")) {
                tokens(server, quick, report);
            }
            if (sections.contains("payload")) {
                report.payload(payload(server));
            }
        }

        Files.writeString(output.resolve("summary.txt"), report.text());
        System.out.println();
        System.out.print(report.text());
        System.out.println();
        System.out.println("Written to " + output.resolve("summary.txt"));
    }

    private static List<String> list(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a comma-separated list, such as 1,16,64");
        }
        return Arrays.stream(args[index].split(",")).map(String::trim).toList();
    }

    private static void tokens(ServerProcess server, boolean quick, Report report) throws Exception {
        System.out.println("Token scenarios: bursts of 64 exchanges, then expiry under 64 callers");
        ClientSettings settings = ClientSettings.defaults(server.baseUrl(), server.tokenBaseUrl(),
                SampleDocument.copyToTempFile());
        TokenScenarios scenarios = new TokenScenarios(server);
        ClientSettings uncached = settings.withCacheTokens(false);

        List<TokenScenarios.Burst> bursts = new ArrayList<>();
        bursts.add(scenarios.coldStart("lifen", ClientKind.LIFEN, settings));
        bursts.add(scenarios.coldStart("http-oauth2 (oauth2CacheTokens)", ClientKind.HTTP_OAUTH2, settings));
        bursts.add(scenarios.coldStart("http-oauth2 (no cache, the default)", ClientKind.HTTP_OAUTH2, uncached));
        bursts.add(scenarios.warmDistinctPatients("lifen", ClientKind.LIFEN, settings));
        bursts.add(scenarios.warmDistinctPatients("http-oauth2 (oauth2CacheTokens)", ClientKind.HTTP_OAUTH2,
                settings));
        report.bursts(bursts);

        int seconds = quick ? 6 : 12;
        List<TokenScenarios.Expiry> expiries = new ArrayList<>();
        expiries.add(scenarios.expiry("lifen", ClientKind.LIFEN, settings, seconds));
        expiries.add(scenarios.expiry("lifen (tokenRefreshAhead=0)", ClientKind.LIFEN, settings.withRefreshAhead(0),
                seconds));
        expiries.add(scenarios.expiry("http-oauth2 (oauth2CacheTokens)", ClientKind.HTTP_OAUTH2, settings, seconds));
        report.expiries(expiries);
    }

    /** Runs {@link PayloadMemoryBenchmark} in a JVM of its own with a 256 MB heap and returns its result lines. */
    private static List<String> payload(ServerProcess server) throws IOException, InterruptedException {
        System.out.println("Memory per 15 MB send: a JVM with -Xmx256m sends the document 6 times each way");
        Process process = new ProcessBuilder(JavaCommand.java(), "-Xmx256m", "-cp", JavaCommand.classPath(),
                PayloadMemoryBenchmark.class.getName(), server.baseUrl(), server.tokenBaseUrl())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                System.out.println(line);
                lines.add(line);
            }
        }
        if (process.waitFor() != 0) {
            throw new IOException("PayloadMemoryBenchmark failed with exit code " + process.exitValue());
        }
        return lines;
    }

    private static void machine(Report report, boolean quick) throws IOException {
        report.line("camel-lifen benchmarks%s", quick ? " (quick smoke pass: numbers only show that it works)" : "");
        report.line("machine: %d cores, %s, Java %s (%s)", Runtime.getRuntime().availableProcessors(), cpuModel(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    private static String cpuModel() throws IOException {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return System.getProperty("os.arch");
        }
        return Files.readAllLines(cpuinfo).stream()
                .filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim())
                .findFirst()
                .orElse(System.getProperty("os.arch"));
    }

    /** Returns benchmark-results next to the jar (benchmarks/target), created if needed. */
    private static Path outputFolder() throws IOException {
        Path jar = Path.of(JavaCommand.classPath().split(java.io.File.pathSeparator)[0]).toAbsolutePath();
        Path folder = (Files.isRegularFile(jar) ? jar.getParent() : Path.of("target")).resolve("benchmark-results");
        return Files.createDirectories(folder);
    }
}
