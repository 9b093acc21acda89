package io.github.camellifen.component;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Runs a main class in a separate JVM, for tests that need their own heap size or class path. */
final class ChildJvm {

    /** The exit status and everything the child printed. */
    record Result(int exitStatus, String output) {
    }

    private ChildJvm() {
    }

    /**
     * @param heap            such as -Xmx64m
     * @param classPathFilter which entries of this JVM's class path the child keeps
     */
    static Result run(String heap, Predicate<String> classPathFilter, Class<?> mainClass, String... args)
            throws Exception {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(classPathFilter)
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(heap);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass.getName());
        command.addAll(List.of(args));

        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!child.waitFor(120, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("The child JVM did not exit within 120 s; it printed:\n" + output);
        }
        return new Result(child.exitValue(), output);
    }

    /**
     * Creates a component with the stub servers' test credentials, for the child JVMs' main classes.
     *
     * @param apiBaseUrl the API stub's base URL
     * @param tokenUrl   the token stub's URL
     */
    static LifenComponent stubComponent(String apiBaseUrl, String tokenUrl) {
        LifenComponent component = new LifenComponent();
        LifenConfiguration config = component.getConfiguration();
        config.setApiBaseUrl(apiBaseUrl);
        config.setTokenUrl(tokenUrl);
        config.setAudience("https://sandbox.platform-apis/");
        config.setClientId("test-client");
        config.setClientSecret("test-secret");
        config.setDatabaseReference("db-A");
        return component;
    }
}
