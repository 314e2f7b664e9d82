package com.gridwall.replay.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Event;
import com.gridwall.replay.events.SyntheticHistory;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of a separate writer process in the middle of writing, then recovery. */
class JournalCrashTest {
    @TempDir
    Path dir;

    @Test
    void killedWriterLosesNothingItReportedCommitted() throws Exception {
        long lastReported = -1;
        for (int round = 0; round < 2; round++) {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--add-opens=java.base/java.nio=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                    CrashingJournalWriter.class.getName(), dir.toString(), "42");
            pb.redirectError(ProcessBuilder.Redirect.INHERIT);
            Process p = pb.start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                int lines = 0;
                String line;
                while ((line = out.readLine()) != null && lines < 25 + round * 13) {
                    lastReported = Long.parseLong(line.substring("committed ".length()));
                    lines++;
                }
                assertTrue(lines > 0, "the writer committed something before the kill");
                p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close()
                p.waitFor();
            }
            JournalRecovery.Recovered r = JournalRecovery.recover(dir);
            assertTrue(r.index().lastSeq() >= lastReported, "recovered " + r.index().lastSeq() + " < reported " + lastReported);
            try (BufferAllocator a = new RootAllocator()) {
                List<Event> events = JournalFixtures.readAll(dir, a);
                // every committed event, gapless and equal to what the deterministic writer produced
                List<Event> expected = new SyntheticHistory(42, JournalFixtures.START, 600, 40).next(events.size());
                assertEquals(expected, events);
                assertEquals(r.index().lastSeq(), events.size());
                assertEquals(0, a.getAllocatedMemory());
            }
        }
    }
}
