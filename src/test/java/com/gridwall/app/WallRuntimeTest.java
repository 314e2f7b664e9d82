package com.gridwall.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Category;
import com.gridwall.domain.FeedHealth;
import com.gridwall.store.snapshot.WallSnapshot;
import com.gridwall.ui.alert.Acknowledgement;
import com.gridwall.ui.alert.AlertKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live wiring: the embedded simulator pre-fills yesterday and today, journals when asked, and closes to zero. */
class WallRuntimeTest {
    @TempDir
    Path dir;

    @Test
    void embeddedFeedPrefillsTheDayJournalsAndClosesEveryAllocator() throws Exception {
        Path journal = dir.resolve("journal");
        WallRuntime rt = WallRuntime.start(WallTestBed.MAP, new Args(new String[] {"--rate", "0.3", "--journal", journal.toString()}));
        try {
            long deadline = System.nanoTime() + 15_000_000_000L;
            WallSnapshot s = rt.snapshot();
            while (System.nanoTime() < deadline && (s.root().today().received() == 0 || s.root().yesterday().received() == 0)) {
                Thread.sleep(100);
                s = rt.snapshot();
            }
            // yesterday (from midnight to now) and today so far are there from the start
            assertTrue(s.root().yesterday().received() > 0, "yesterday pre-filled");
            assertTrue(s.root().today().received() > 0 || LocalDate.now(com.gridwall.store.StoreConfig.SHANGHAI)
                    .atStartOfDay(com.gridwall.store.StoreConfig.SHANGHAI).toInstant().isAfter(Instant.now().minusSeconds(600)),
                    "today pre-filled");
            FeedHealth h = rt.health();
            assertEquals(FeedHealth.State.EMBEDDED, h.state());
            assertTrue(rt.allocatedBytes() > 0);
        } finally {
            rt.close();
        }
        assertEquals(0, rt.allocatedBytes(), "every Arrow allocator closed");
        try (var files = Files.list(journal)) {
            assertTrue(files.findAny().isPresent(), "the journal recorded the feed");
        }
        rt.close(); // idempotent
    }

    @Test
    void auditLogAppendsOneJsonLinePerAcknowledgement() throws Exception {
        Path f = dir.resolve("sub/audit.log");
        AuditLog log = new AuditLog(f);
        log.accept(new Acknowledgement("李四", Instant.parse("2026-11-26T06:00:00Z"), AlertKind.NEW_CRITICAL, Category.FIRE,
                List.of("a", "b")));
        log.accept(new Acknowledgement("王五", Instant.parse("2026-11-26T06:01:00Z"), AlertKind.NEWLY_OVERDUE, Category.TRAFFIC,
                List.of("c")));
        List<String> lines = Files.readAllLines(f);
        assertEquals(2, lines.size());
        assertEquals("{\"who\":\"李四\",\"when\":\"2026-11-26T06:00:00Z\",\"kind\":\"NEW_CRITICAL\",\"category\":\"FIRE\","
                + "\"count\":2,\"incidents\":[\"a\",\"b\"]}", lines.get(0));
        assertTrue(lines.get(1).contains("\"who\":\"王五\""));
        // a directory where the file should be: a clear error naming the file
        AuditLog bad = new AuditLog(dir);
        var e = assertThrows(java.io.UncheckedIOException.class, () -> bad.accept(new Acknowledgement("x", Instant.EPOCH,
                AlertKind.NEW_CRITICAL, Category.FIRE, List.of("z"))));
        assertTrue(e.getMessage().contains(dir.toString()));
    }
}
