package com.gridwall.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A feed-server in a separate JVM started from this same jar/class path, so the benchmark can
 * kill it for real (SIGKILL) and start it again. Not thread-safe.
 */
final class FeedServerProcess implements AutoCloseable {
    private static volatile long lastStartupMs = 3_000;
    private final Process process;
    private final long launchedAt = System.currentTimeMillis();
    private final CountDownLatch listening = new CountDownLatch(1);
    private final CountDownLatch caughtUp = new CountDownLatch(1);

    private FeedServerProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readOutput, "feed-server-output");
        reader.setDaemon(true);
        reader.start();
    }

    static FeedServerProcess start(List<String> serverArgs) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx3g",
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "feed-server"));
        cmd.addAll(serverArgs);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return new FeedServerProcess(p);
    }

    private void readOutput() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("feed-server listening")) {
                    listening.countDown();
                } else if (line.startsWith("feed-server caught up")) {
                    caughtUp.countDown();
                }
            }
        } catch (IOException e) {
            // the process was killed: its output ends here
        }
    }

    void awaitListening() throws InterruptedException {
        if (!listening.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("feed-server did not start within 60 s");
        }
        lastStartupMs = System.currentTimeMillis() - launchedAt;
    }

    /** How long the last server took from launch to listening (JVM start, map, history). */
    static long lastStartupMs() {
        return lastStartupMs;
    }

    void awaitCaughtUp() throws InterruptedException {
        if (!caughtUp.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("feed-server did not prepare its history within 120 s");
        }
    }

    /** SIGKILL: no goodbye to the client, exactly like a crash or a pulled cable. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
