package com.gridwall.replay.seek;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Event;
import com.gridwall.domain.EventType;
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
import com.gridwall.store.snapshot.Trend;
import com.gridwall.store.snapshot.WallSnapshot;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After seek(t) the trend of the 24 h before t is complete: received/resolved per minute and per
 * hour, and the open/overdue samples, equal those of a live store that ingested the same events
 * minute by minute and sampled at the end of every minute (and received equals a brute-force
 * count). The history has no reopened incidents: the documented definition of a derived sample
 * counts a reopened incident as open from its report on, which a live store does not.
 */
class SeekTrendTest {
    private static final long START = Instant.parse("2026-11-20T00:00:00Z").toEpochMilli();
    private static final long MIN = 60_000L;

    @TempDir
    Path dir;

    @Test
    void theTrendBeforeASoughtInstantEqualsWhatTheLiveWallSampled() throws Exception {
        SyntheticHistory h = new SyntheticHistory(11, START, 60, 30);
        List<Event> events = new ArrayList<>();
        for (Event e : h.next(28_000)) {
            if (e.type() != EventType.REOPENED) {
                events.add(e);
            }
        }
        long first = Math.floorDiv(events.get(0).ts(), MIN);
        long last = Math.floorDiv(events.get(events.size() - 1).ts(), MIN);
        assertTrue(last - first > 3 * 1440, "more than three days: " + (last - first) + " minutes");
        long[] at = {(first + 2 * 1440 + 317) * MIN + MIN - 1, (last - 95) * MIN + MIN - 1};
        // publishing a snapshot only when ticked keeps a per-minute recording of 3 days quick
        StoreFactory factory = new StoreFactory(h.units(), null, StoreConfig.defaults().withPublishEveryMillis(86_400_000L));
        Map<Long, WallSnapshot> liveAt = new LinkedHashMap<>();
        try (BufferAllocator a = new RootAllocator()) {
            ReplayTime clock = new ReplayTime(first * MIN);
            try (EventStore live = factory.create(a, clock);
                 JournalWriter journal = JournalWriter.open(JournalConfig.defaults(dir).withSync(false));
                 VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, a)) {
                journal.addListener(new CheckpointWriter(journal, live, new StoreCheckpointCodec(), 3_000));
                JournalingSink sink = new JournalingSink(live, journal);
                int k = 0;
                for (long m = first; m <= last; m++) {
                    int from = k;
                    while (k < events.size() && Math.floorDiv(events.get(k).ts(), MIN) == m) {
                        k++;
                    }
                    clock.set(m * MIN + MIN - 1); // the live wall samples at the end of every minute
                    if (k > from) {
                        EventVectors.write(events.subList(from, k), root); // append samples at its clock
                        sink.append(root);
                    } else {
                        live.tick();
                    }
                    for (long t : at) {
                        if (t == clock.millis()) {
                            live.tick(); // publishes
                            liveAt.put(t, live.snapshot());
                        }
                    }
                }
            }
            assertEquals(2, liveAt.size());
            try (JournalWriter j = JournalWriter.open(JournalConfig.defaults(dir).withSync(false));
                 Seeker fast = new Seeker(dir, j.index(), a, factory, new StoreCheckpointCodec());
                 Seeker full = new Seeker(dir, j.index(), a, factory, null)) {
                for (long t : at) {
                    WallSnapshot want = liveAt.get(t);
                    fast.seek(Instant.ofEpochMilli(at[1])); // whatever came before does not matter
                    WallSnapshot got = fast.seek(Instant.ofEpochMilli(t));
                    assertTrue(fast.lastFromCheckpoint(), "from a checkpoint at " + Instant.ofEpochMilli(t));
                    assertSameTrend(want.trend(), got.trend(), "minutes before " + Instant.ofEpochMilli(t));
                    for (String unit : List.of(WallSnapshot.ROOT, "S00", "C001")) {
                        assertSameTrend(want.hourlyTrends().get(unit), got.hourlyTrends().get(unit),
                                "hours of " + unit + " before " + Instant.ofEpochMilli(t));
                    }
                    for (String unit : List.of(WallSnapshot.ROOT, "S00", "C001")) {
                        var w = want.unit(unit).todayAtThisTimeYesterday().orElseThrow();
                        var g = got.unit(unit).todayAtThisTimeYesterday().orElseThrow();
                        String what = "same time yesterday of " + unit + " at " + Instant.ofEpochMilli(t);
                        assertEquals(List.of(w.received(), w.resolved(), w.timely(), w.disputesReceived(), w.disputesResolved(),
                                        w.rated(), w.satisfied(), w.dispatched(), w.rightFirstTime()),
                                List.of(g.received(), g.resolved(), g.timely(), g.disputesReceived(), g.disputesResolved(),
                                        g.rated(), g.satisfied(), g.dispatched(), g.rightFirstTime()), what);
                        assertEquals(w.timeToResolve().meanSeconds(), g.timeToResolve().meanSeconds(), what);
                        assertEquals(w.timeToDispatch().meanSeconds(), g.timeToDispatch().meanSeconds(), what);
                        assertTrue(w.received() > 0, what);
                    }
                    assertSameTrend(got.trend(), full.seek(Instant.ofEpochMilli(t)).trend(), "without checkpoints");
                    Trend tr = got.trend();
                    int[] brute = new int[tr.buckets()];
                    for (Event e : events) {
                        long b = Math.floorDiv(e.ts() - tr.firstBucketStart(), tr.bucketMillis());
                        if (e.type() == EventType.REPORTED && e.ts() <= t && b >= 0 && b < brute.length) {
                            brute[(int) b]++;
                        }
                    }
                    assertArrayEquals(brute, tr.receivedArray(), "received per minute, brute force");
                    int filled = 0;
                    for (int i = 0; i < tr.buckets(); i++) {
                        filled += tr.open(i) > 0 ? 1 : 0;
                    }
                    assertEquals(tr.buckets(), filled, "every minute before t has an open sample");
                }
            }
            assertEquals(0, a.getAllocatedMemory());
        }
    }

    private static void assertSameTrend(Trend want, Trend got, String what) {
        assertEquals(want.firstBucketStart(), got.firstBucketStart(), what);
        assertEquals(want.buckets(), got.buckets(), what);
        for (int i = 0; i < want.buckets(); i++) {
            String at = what + ", bucket " + i + " of " + want.buckets() + " ("
                    + Instant.ofEpochMilli(want.firstBucketStart() + i * want.bucketMillis()) + ")";
            assertEquals(want.received(i), got.received(i), "received " + at);
            assertEquals(want.resolved(i), got.resolved(i), "resolved " + at);
            assertEquals(want.open(i), got.open(i), "open " + at);
            assertEquals(want.overdue(i), got.overdue(i), "overdue " + at);
        }
    }
}
