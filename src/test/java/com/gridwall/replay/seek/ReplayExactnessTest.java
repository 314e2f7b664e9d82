package com.gridwall.replay.seek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Event;
import com.gridwall.domain.EventType;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.feed.sim.Scenario;
import com.gridwall.feed.sim.SimConfig;
import com.gridwall.feed.sim.Simulator;
import com.gridwall.replay.checkpoint.CheckpointCatalog;
import com.gridwall.replay.checkpoint.CheckpointWriter;
import com.gridwall.replay.checkpoint.StoreCheckpointCodec;
import com.gridwall.replay.events.EventVectors;
import com.gridwall.replay.events.SyntheticHistory;
import com.gridwall.replay.journal.JournalConfig;
import com.gridwall.replay.journal.JournalWriter;
import com.gridwall.replay.journal.JournalingSink;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import com.gridwall.store.snapshot.WallSnapshot;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulated day recorded through the journaling sink in front of a live store, then replayed:
 * at sampled instants the replayed wall must equal the live store's as-of query and a brute-force
 * fold of the raw events, and the same instant must always give the same wall.
 */
class ReplayExactnessTest {
    static final ZoneId ZONE = StoreConfig.SHANGHAI;
    static final long DAY_START = LocalDate.of(2026, 11, 25).atStartOfDay(ZONE).toInstant().toEpochMilli();
    static final long H = 3_600_000L;

    @TempDir
    static Path dir;
    static BufferAllocator allocator;
    static UnitDirectory units;
    static List<Event> events;
    static EventStore live;
    static JournalWriter journal;

    @BeforeAll
    static void recordADay() throws Exception {
        allocator = new RootAllocator();
        units = new SyntheticHistory(0, 0, 1, 40).units();
        Simulator sim = new Simulator(SimConfig.of(7, Scenario.FLOOD, 150, 1200, DAY_START - 2 * 24 * H), units);
        events = new ArrayList<>();
        sim.generateUntil(DAY_START + 24 * H, Integer.MAX_VALUE, events);
        ReplayTime clock = new ReplayTime(DAY_START - 2 * 24 * H); // the live wall clock, moved with the feed
        live = new EventStore(allocator, units, null, clock, StoreConfig.defaults());
        journal = JournalWriter.open(JournalConfig.defaults(dir).withSync(false).withSegmentBytes(1 << 20));
        JournalingSink sink = new JournalingSink(live, journal);
        journal.addListener(new CheckpointWriter(journal, live, new StoreCheckpointCodec(), 4000));
        try (VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator)) {
            for (int i = 0; i < events.size(); i += 400) {
                List<Event> batch = events.subList(i, Math.min(events.size(), i + 400));
                clock.set(batch.get(batch.size() - 1).ts());
                EventVectors.write(batch, root);
                sink.append(root);
            }
        }
        assertEquals(events.size(), journal.index().eventCount(), "every accepted event journaled");
    }

    @AfterAll
    static void close() throws Exception {
        journal.close();
        live.close();
        assertEquals(0, allocator.getAllocatedMemory());
        allocator.close();
    }

    private Seeker seeker() throws Exception {
        return new Seeker(dir, journal.index(), allocator, new StoreFactory(units, null, StoreConfig.defaults()), null);
    }

    private Seeker checkpointed() throws Exception {
        return new Seeker(dir, journal.index(), allocator, new StoreFactory(units, null, StoreConfig.defaults()),
                new StoreCheckpointCodec());
    }

    @Test
    void seeksFromCheckpointsEqualFullReplays() throws Exception {
        assertTrue(CheckpointCatalog.scan(dir).size() >= 3, "checkpoints written while recording");
        try (Seeker full = seeker(); Seeker fast = checkpointed()) {
            for (Instant t : samples()) {
                WallSnapshot a = full.seek(t);
                WallSnapshot b = fast.seek(t);
                assertEquals(SnapshotDigest.kpis(a), SnapshotDigest.kpis(b), "as of " + t);
                assertEquals(full.stateHash(), fast.stateHash(), "as of " + t);
                if (t.toEpochMilli() > DAY_START + 12 * H && t.toEpochMilli() < DAY_START + 24 * H) {
                    assertTrue(fast.lastFromCheckpoint(), "late instants start from a checkpoint");
                    assertTrue(fast.lastSeekApplied() < full.lastSeekApplied() / 4,
                            "tail " + fast.lastSeekApplied() + " vs full " + full.lastSeekApplied());
                }
            }
            Instant t = samples().get(4);
            List<Object> once = SnapshotDigest.picture(fast.seek(t));
            fast.seek(samples().get(1));
            assertEquals(once, SnapshotDigest.picture(fast.seek(t)), "deterministic from checkpoints too");
        }
    }

    private static List<Instant> samples() {
        List<Instant> l = new ArrayList<>();
        for (long h : new long[] {-30, -1, 3, 9, 14, 20, 24}) {
            l.add(Instant.ofEpochMilli(DAY_START + h * H + 5 * 60_000L + 17));
        }
        return l;
    }

    @Test
    void replayedWallEqualsTheAsOfQueryAndTheBruteForceFold() throws Exception {
        assertTrue(events.size() > 5_000, "a busy day: " + events.size());
        try (Seeker s = seeker()) {
            for (Instant t : samples()) {
                WallSnapshot replayed = s.seek(t);
                WallSnapshot asOf = live.asOf(t);
                assertEquals(SnapshotDigest.kpis(asOf), SnapshotDigest.kpis(replayed), "as of " + t);
                Oracle o = new Oracle(t.toEpochMilli());
                assertEquals(o.events, replayed.events(), "events at " + t);
                assertEquals(o.incidents.size(), replayed.incidents(), "incidents at " + t);
                assertEquals(o.open, replayed.root().open(), "open at " + t);
                assertEquals(o.reportedToday, replayed.root().today().received(), "received today at " + t);
                assertEquals(o.resolvedToday, replayed.root().today().resolved(), "resolved of today's cohort at " + t);
            }
        }
    }

    @Test
    void theSameInstantGivesTheSameWallEveryTime() throws Exception {
        Instant t = samples().get(4);
        try (Seeker a = seeker(); Seeker b = seeker()) {
            List<Object> first = SnapshotDigest.picture(a.seek(t));
            long hash = a.stateHash();
            a.seek(samples().get(6));
            a.seek(samples().get(1));
            assertEquals(first, SnapshotDigest.picture(a.seek(t)));
            assertEquals(hash, a.stateHash());
            b.seek(samples().get(2));
            assertEquals(first, SnapshotDigest.picture(b.seek(t)), "independent of what was sought before");
            assertEquals(hash, b.stateHash());
        }
    }

    @Test
    void playbackForwardReachesTheSameStateAsASeek() throws Exception {
        try (Seeker play = seeker(); Seeker jump = seeker()) {
            play.seek(samples().get(2));
            for (long m = 0; m <= 6 * 60; m += 7) {
                play.playTo(samples().get(2).plusSeconds(m * 60));
            }
            Instant end = samples().get(2).plusSeconds(6 * 3600);
            WallSnapshot played = play.playTo(end);
            WallSnapshot jumped = jump.seek(end);
            assertEquals(jump.stateHash(), play.stateHash());
            assertEquals(SnapshotDigest.kpis(jumped), SnapshotDigest.kpis(played));
            assertTrue(play.lastSeekApplied() < events.size() / 4, "playback applies only the new events");
        }
    }

    /** Folds the raw list in time order up to t: the definitions of DOMAIN.md, nothing shared with the store. */
    static final class Oracle {
        long events;
        Set<String> incidents = new HashSet<>();
        long open;
        long reportedToday;
        long resolvedToday;

        Oracle(long t) {
            long midnight = Instant.ofEpochMilli(t).atZone(ZONE).toLocalDate().atStartOfDay(ZONE).toInstant().toEpochMilli();
            Map<String, EventType> status = new HashMap<>();
            Map<String, Long> reported = new HashMap<>();
            List<Event> sorted = new ArrayList<>(ReplayExactnessTest.events);
            sorted.sort((x, y) -> x.ts() != y.ts() ? Long.compare(x.ts(), y.ts()) : Long.compare(x.seq(), y.seq()));
            for (Event e : sorted) {
                if (e.ts() > t) {
                    continue;
                }
                events++;
                incidents.add(e.incidentId());
                status.put(e.incidentId(), e.type());
                if (e.type() == EventType.REPORTED) {
                    reported.put(e.incidentId(), e.ts());
                }
            }
            for (Map.Entry<String, EventType> e : status.entrySet()) {
                EventType s = e.getValue();
                boolean done = s == EventType.RESOLVED || s == EventType.CLOSED || s == EventType.CANCELLED;
                if (!done) {
                    open++;
                }
                Long r = reported.get(e.getKey());
                if (r != null && r >= midnight && r <= t) {
                    reportedToday++;
                    if (s == EventType.RESOLVED || s == EventType.CLOSED) {
                        resolvedToday++;
                    }
                }
            }
        }
    }
}
