package com.gridwall.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command of this jar again in a child JVM whose heap is set as the wall's launch sets it
 * (pom.xml, javafx:run options): fixed (-Xms equal to -Xmx) and touched when the JVM starts
 * (-XX:+AlwaysPreTouch). The size is this JVM's maximum heap.
 * <p>Why, for a benchmark: a heap that grows while it is measured pays the operating system's
 * first-touch page faults for every region it takes. In {@code bench replay} that was 10-60 ms in
 * about 4 seeks out of 10, which no wall launched with a fixed heap pays. As JMH does, the bench
 * then measures in a JVM whose flags it chose. Not thread-safe; one call per process.
 */
final class TunedJvm {
    private TunedJvm() {
    }

    /** The jar this class was loaded from, or null when it was not loaded from a jar (tests, IDE). */
    static Path ownJar() {
        try {
            Path p = Path.of(TunedJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The child's command line: this JVM's java, the heap flags, the jar, then {@code args}. */
    static List<String> command(Path jar, List<String> args) {
        long mb = Math.max(256, Runtime.getRuntime().maxMemory() >> 20);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms" + mb + "m", "-Xmx" + mb + "m", "-XX:+AlwaysPreTouch", "-jar", jar.toString()));
        cmd.addAll(args);
        return cmd;
    }

    /** Runs the child with this process's input and output and returns its exit code; stopping this JVM stops it. */
    static int run(Path jar, List<String> args) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(command(jar, args)).inheritIO().start();
        Thread stop = new Thread(child::destroy, "tuned-jvm-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return child.waitFor();
        } finally {
            Runtime.getRuntime().removeShutdownHook(stop);
        }
    }
}
