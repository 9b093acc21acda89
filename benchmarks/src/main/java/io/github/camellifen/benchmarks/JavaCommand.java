package io.github.camellifen.benchmarks;

import java.nio.file.Path;

/** The java launcher and class path of this JVM, for the child JVMs the driver starts. */
final class JavaCommand {

    private JavaCommand() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Returns this JVM's class path; with java -jar it is the jar, whose manifest lists the jars of lib/. */
    static String classPath() {
        return System.getProperty("java.class.path");
    }
}
