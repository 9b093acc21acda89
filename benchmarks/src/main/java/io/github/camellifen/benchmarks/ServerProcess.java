package io.github.camellifen.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@link BenchServer} in a JVM of its own, so its allocations and CPU time stay out of the clients'
 * figures, and drives its control paths. The server stops when this closes its standard input.
 */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final String baseUrl;
    private final String tokenBaseUrl;
    private final HttpClient control = HttpClient.newHttpClient();

    private ServerProcess(Process process, String baseUrl, String tokenBaseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.tokenBaseUrl = tokenBaseUrl;
    }

    static ServerProcess start() throws IOException {
        List<String> command = List.of(JavaCommand.java(), "-Xms512m", "-Xmx512m", "-cp", JavaCommand.classPath(),
                BenchServer.class.getName());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();

        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("urls ")) {
            process.destroy();
            throw new IOException("The benchmark server did not start; it printed: " + line);
        }
        String[] urls = line.split(" ");
        return new ServerProcess(process, urls[1], urls[2]);
    }

    /** Returns the base URL of the API port, which also serves the control paths. */
    String baseUrl() {
        return baseUrl;
    }

    /** Returns the base URL of the token endpoint's port. */
    String tokenBaseUrl() {
        return tokenBaseUrl;
    }

    /** Forgets the recorded token requests; the next token replies carry this lifetime after this delay. */
    void reset(long expiresInSeconds, long tokenDelayMillis) throws IOException, InterruptedException {
        URI uri = URI.create(baseUrl + "/bench/reset?expiresIn=" + expiresInSeconds + "&tokenDelay="
                + tokenDelayMillis);
        HttpResponse<Void> response = control.send(HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 204) {
            throw new IOException("Resetting the benchmark server failed with HTTP " + response.statusCode());
        }
    }

    /** Returns the token requests since the last reset, in the order the server finished them. */
    List<BenchServer.TokenCall> tokenCalls() throws IOException, InterruptedException {
        HttpResponse<String> response = control.send(HttpRequest.newBuilder(URI.create(baseUrl + "/bench/token-calls"))
                .build(), HttpResponse.BodyHandlers.ofString());
        List<BenchServer.TokenCall> calls = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            if (!line.isBlank()) {
                String[] times = line.trim().split(" ");
                calls.add(new BenchServer.TokenCall(Long.parseLong(times[0]), Long.parseLong(times[1])));
            }
        }
        return calls;
    }

    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroy();
        }
    }
}
