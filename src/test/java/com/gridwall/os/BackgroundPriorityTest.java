package com.gridwall.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A lowered thread runs at the lowest Java priority and, on Linux, with a higher nice value than before. */
class BackgroundPriorityTest {
    @Test
    void lowersTheCallingThreadOnly() throws Exception {
        AtomicReference<String> before = new AtomicReference<>();
        AtomicReference<String> after = new AtomicReference<>();
        AtomicReference<Boolean> lowered = new AtomicReference<>();
        AtomicReference<Integer> javaPriority = new AtomicReference<>();
        Thread t = new Thread(() -> {
            before.set(nice());
            lowered.set(BackgroundPriority.lowerCurrentThread());
            after.set(nice());
            javaPriority.set(Thread.currentThread().getPriority());
        });
        t.start();
        t.join();
        assertEquals(Thread.MIN_PRIORITY, javaPriority.get());
        if (Files.exists(Path.of("/proc/thread-self")) && Files.isExecutable(Path.of("/usr/bin/renice"))) {
            assertTrue(lowered.get(), "reniced");
            assertTrue(Integer.parseInt(after.get()) > Integer.parseInt(before.get()), before + " -> " + after);
        }
        assertEquals(Thread.NORM_PRIORITY, Thread.currentThread().getPriority(), "the caller's thread is untouched");
    }

    /** The nice value of the current thread (field 19 of /proc/thread-self/stat), or "0" elsewhere. */
    private static String nice() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return f[16];
        } catch (Exception e) {
            return "0";
        }
    }
}
