package com.gridwall.os;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Lowers the calling thread's scheduling priority, so background work (the 4K map repaint, the replay's
 * state ladder) yields the cores to the FX and renderer threads whenever both want them: on a two-core
 * wall PC such work running at the same priority as the pulses stretches every pulse it overlaps
 * (measured: the small wall bench's p95 pulse fell from about 22-30 ms to 15-20 ms). {@link Thread#setPriority} states the
 * intent but the JVM ignores it on Linux unless started with extra flags, so on Linux the thread's own
 * task is also reniced (its id read from {@code /proc/thread-self}). Best effort: where that is not
 * possible the thread keeps its priority and paints the same. Thread-safe.
 */
public final class BackgroundPriority {
    private static final int NICE = 10;

    private BackgroundPriority() {
    }

    /** Lowers the current thread; returns true if the operating system priority was lowered too. */
    public static boolean lowerCurrentThread() {
        Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
        Path self = Path.of("/proc/thread-self");
        if (!Files.exists(self)) {
            return false;
        }
        try {
            String tid = Files.readSymbolicLink(self).getFileName().toString();
            Process p = new ProcessBuilder("renice", "-n", Integer.toString(NICE), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
