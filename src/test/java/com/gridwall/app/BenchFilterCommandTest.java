package com.gridwall.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench filter} on a tiny journal: it runs, and its last line has the documented shape. */
class BenchFilterCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheSummaryLineLast() {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            rc = Launcher.run(new String[] {"bench", "filter", "--events", "20000", "--builds", "2",
                "--dir", dir.resolve("j").toString()});
        } finally {
            System.setOut(saved);
        }
        assertEquals(0, rc, out.toString(StandardCharsets.UTF_8));
        String[] lines = out.toString(StandardCharsets.UTF_8).trim().split("\\R");
        String last = lines[lines.length - 1];
        assertTrue(last.matches("filter-bench events=20000 window_events=\\d+ filtered_p50_ms=[0-9.]+ filtered_p95_ms=[0-9.]+"
                + " seek_p50_ms=[0-9.]+ seek_p95_ms=[0-9.]+"), last);
        assertTrue(!last.contains("window_events=0 "), "the window holds events: " + last);
    }
}
