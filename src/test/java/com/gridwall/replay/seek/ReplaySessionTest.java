package com.gridwall.replay.seek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Category;
import com.gridwall.domain.Event;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.feed.file.ImportReport;
import com.gridwall.replay.analysis.IncidentFilter;
import com.gridwall.replay.bookmark.Bookmark;
import com.gridwall.replay.clock.ClockMode;
import com.gridwall.replay.events.EventVectors;
import com.gridwall.replay.events.SyntheticHistory;
import com.gridwall.replay.history.HistoryImport;
import com.gridwall.replay.journal.JournalConfig;
import com.gridwall.replay.journal.JournalWriter;
import com.gridwall.replay.journal.JournalingSink;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import com.gridwall.store.snapshot.WallSnapshot;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyst's path: open yesterday, scrub, filter to disputes in one street, export; and back to live. */
class ReplaySessionTest {
    static final long START = 1_780_000_000_000L;
    @TempDir
    Path tmp;
    private BufferAllocator allocator;
    private SyntheticHistory history;
    private UnitDirectory units;
    private StoreFactory factory;

    @BeforeEach
    void setUp() {
        allocator = new RootAllocator();
        history = new SyntheticHistory(21, START, 1200, 120);
        units = history.units();
        factory = new StoreFactory(units, null, StoreConfig.defaults());
    }

    @AfterEach
    void allocatorEndsAtZero() {
        assertEquals(0, allocator.getAllocatedMemory());
        allocator.close();
    }

    @Test
    void historyMadeElsewhereReplaysLikeTheWallsOwnJournal() throws Exception {
        List<Event> events = history.next(6000);
        Path csv = tmp.resolve("part1.csv");
        writeCsv(events.subList(0, 3000), csv, 1234);
        Path ipc = tmp.resolve("part2.arrows");
        writeIpc(events.subList(3000, 6000), ipc);
        Path dir = tmp.resolve("journal");
        List<ImportReport> reports = HistoryImport.importFiles(List.of(csv, ipc), dir, allocator);
        assertEquals(1, reports.get(0).rejected(), reports.get(0).toString());
        assertTrue(reports.get(0).errors().get(0).contains("lon"), reports.get(0).errors().toString());
        assertEquals(3000, reports.get(1).accepted());

        Instant t = Instant.ofEpochMilli(events.get(4500).ts());
        try (ReplaySession s = ReplaySession.open(dir, factory, allocator);
             EventStore direct = factory.create(allocator, new ReplayTime(t.toEpochMilli()))) {
            assertEquals(events.get(0).ts(), s.timeline().start().toEpochMilli());
            assertEquals(events.get(5999).ts(), s.timeline().end().toEpochMilli());
            WallSnapshot replayed = s.seek(t);
            try (VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator)) {
                List<Event> kept = events.stream().filter(e -> e.seq() != 1235 && e.ts() <= t.toEpochMilli()).toList();
                EventVectors.write(kept, root);
                direct.append(root);
            }
            direct.tick();
            assertEquals(direct.stateHash(), s.stateHash());
            assertEquals(SnapshotDigest.kpis(direct.snapshot()), SnapshotDigest.kpis(replayed));
        }
    }

    @Test
    void analystScrubsFiltersToDisputesInOneStreetExportsAndBookmarks() throws Exception {
        Path dir = tmp.resolve("journal");
        try (JournalWriter w = JournalWriter.open(JournalConfig.defaults(dir).withSync(false));
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator)) {
            for (int i = 0; i < 20; i++) {
                EventVectors.write(history.next(1000), root);
                w.append(root);
            }
        }
        try (ReplaySession s = ReplaySession.open(dir, factory, allocator);
             ReplayDriver driver = new ReplayDriver(s, () -> null, 40)) {
            Instant at = s.timeline().start().plusSeconds(5 * 3600 + 300);
            s.clock().seek(at);
            driver.follow();
            WallSnapshot shown = driver.current();
            assertEquals(at, shown.asOf());
            long hash = s.stateHash();
            s.seek(s.timeline().end());
            assertNotEquals(hash, s.stateHash());
            assertEquals(SnapshotDigest.kpis(shown), SnapshotDigest.kpis(s.seek(at)), "scrubbing back shows the same wall");

            Set<String> street = IncidentFilter.gridsUnder(units, "S01");
            IncidentFilter disputes = IncidentFilter.range(s.timeline().start(), at)
                    .withCategories(Category.DISPUTE).withGrids(street);
            Path out = tmp.resolve("disputes.csv");
            int n = s.exportCsv(disputes, out);
            assertTrue(n > 0, "some disputes in street S01");
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            assertEquals(n + 1, lines.size());
            assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",DISPUTE,")));
            assertEquals(n, s.exportArrow(disputes, tmp.resolve("disputes.arrows")));

            s.bookmarks().add(new Bookmark(at, "纠纷高峰", "S01 disputes"));
        }
        try (ReplaySession again = ReplaySession.open(dir, factory, allocator)) {
            assertEquals(1, again.bookmarks().all().size(), "bookmarks are saved with the journal");
        }
    }

    @Test
    void goingBackToLiveLosesNothingThatArrivedMeanwhile() throws Exception {
        Path dir = tmp.resolve("live");
        ReplayTime liveClock = new ReplayTime(START);
        try (EventStore live = factory.create(allocator, liveClock);
             JournalWriter w = JournalWriter.open(JournalConfig.defaults(dir).withSync(false));
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator)) {
            JournalingSink sink = new JournalingSink(live, w);
            feed(sink, liveClock, root, 5);
            try (ReplaySession s = ReplaySession.attach(w, factory, allocator);
                 ReplayDriver driver = new ReplayDriver(s, live::snapshot, 40)) {
                Instant past = s.timeline().start().plusSeconds(3600);
                s.clock().seek(past);
                driver.follow();
                long pastEvents = driver.current().events();
                feed(sink, liveClock, root, 5); // the feed goes on while the analyst looks back
                driver.follow();
                assertEquals(pastEvents, driver.current().events(), "replay holds still");
                s.clock().goLive();
                assertEquals(ClockMode.LIVE, s.clock().mode());
                assertEquals(10_000, driver.current().events(), "live shows every event, those of the replay time too");
                s.refresh();
                assertEquals(w.index().maxTs(), s.timeline().end().toEpochMilli());
            }
        }
    }

    private void feed(JournalingSink sink, ReplayTime clock, VectorSchemaRoot root, int batches) {
        for (int b = 0; b < batches; b++) {
            List<Event> events = history.next(1000);
            clock.set(events.get(events.size() - 1).ts());
            EventVectors.write(events, root);
            sink.append(root);
        }
    }

    private static void writeCsv(List<Event> events, Path file, int badIndex) throws IOException {
        StringBuilder b = new StringBuilder("seq,event_id,incident_id,type,ts,category,source,department,severity,lon,lat,"
                + "grid_code,deadline,satisfaction,summary\n");
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            b.append(e.seq()).append(',').append(e.eventId()).append(',').append(e.incidentId()).append(',')
                    .append(e.type()).append(',').append(e.ts()).append(',').append(e.category()).append(',')
                    .append(e.source()).append(',').append(e.department() == null ? "" : e.department()).append(',')
                    .append(e.severity()).append(',')
                    .append(i == badIndex ? "200.0" : e.hasPosition() ? Double.toString(e.lon()) : "").append(',')
                    .append(e.hasPosition() ? Double.toString(e.lat()) : (i == badIndex ? "35.2" : "")).append(',')
                    .append(e.gridCode() == null ? "" : e.gridCode()).append(',')
                    .append(e.deadline() == Event.NO_TIME ? "" : Long.toString(e.deadline())).append(',')
                    .append(e.satisfaction() == Event.NO_RATING ? "" : Integer.toString(e.satisfaction())).append(',')
                    .append(e.summary() == null ? "" : e.summary()).append('\n');
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    private void writeIpc(List<Event> events, Path file) throws IOException {
        try (VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator);
             FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             ArrowStreamWriter w = new ArrowStreamWriter(root, null, ch)) {
            w.start();
            for (int i = 0; i < events.size(); i += 500) {
                EventVectors.write(events.subList(i, i + 500), root);
                w.writeBatch();
            }
            w.end();
        }
    }
}
