package com.gridwall.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Event;
import com.gridwall.store.state.IncidentTable;
import com.gridwall.store.state.LifecycleFold;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Test;

/**
 * The trend and tile backfills visit only the incidents their indexes list (open now or left the
 * open states in the window; reported in the tile cohort's minutes) and give exactly what a scan of
 * every incident gives. Checked along a random history with every awkward case (late and
 * out-of-order events, refolds, reopenings, cancellations, deadlines moved, unknown grids): every
 * incident that counts is listed exactly once (a dropped one fails here, not only as a different
 * number), the samples of an indexed store equal those of a scanning twin fed the same events, and
 * the index survives a checkpoint import. A clock moved back past the pruned minutes falls back to
 * the scan.
 */
class BackfillIndexTest {
    static final long T0 = EventStoreTest.T0;
    static final long H = 3_600_000L;
    static final long MIN = 60_000L;

    @Test
    void indexedBackfillsVisitEveryIncidentThatCountsAndEqualAScan() throws Exception {
        List<Event> events = new EventGenerator(23).generate(5_000, T0 - 6 * 24 * H, T0);
        try (RootAllocator a = new RootAllocator()) {
            MutableClock clock = new MutableClock(T0 - 7 * 24 * H);
            int checks = 0;
            int tileFills = 0;
            try (EventStore scan = new EventStore(a, TestMap.directory(), TestMap.resolver(), clock, StoreConfig.defaults());
                 EventStore indexed = new EventStore(a, TestMap.directory(), TestMap.resolver(), clock, StoreConfig.defaults())) {
                // the clock walks in steps; each step brings the events up to it in their (shuffled)
                // arrival order, and one event in twelve only a step later, after its time
                java.util.Random rnd = new java.util.Random(5);
                List<Event> waiting = new java.util.ArrayList<>(events);
                long end = events.stream().mapToLong(Event::ts).max().orElseThrow();
                for (long t = T0 - 6 * 24 * H + 2 * H; !waiting.isEmpty(); t += 2 * H + 17 * MIN) {
                    clock.set(t);
                    List<Event> batch = new java.util.ArrayList<>();
                    for (java.util.Iterator<Event> it = waiting.iterator(); it.hasNext(); ) {
                        Event e = it.next();
                        if (e.ts() <= t && (t > end || rnd.nextInt(12) != 0)) {
                            batch.add(e);
                            it.remove();
                        }
                    }
                    if (!batch.isEmpty()) {
                        StoreBehaviourTest.append(scan, a, batch);
                        StoreBehaviourTest.append(indexed, a, batch);
                    } else {
                        scan.tick();
                        indexed.tick();
                    }
                    tileFills += check(scan, indexed, t) ? 1 : 0;
                    checks++;
                }
                // the history runs on for days after the last report: incidents leave, others stay open
                for (long t = clock.millis() + 5 * H + 17 * MIN; t < T0 + 5 * 24 * H; t += 11 * H + 3 * MIN) {
                    clock.set(t);
                    scan.tick();
                    indexed.tick();
                    tileFills += check(scan, indexed, t) ? 1 : 0;
                    checks++;
                }
                assertTrue(checks >= 60 && tileFills >= 40, checks + " checks, " + tileFills + " tile samples derived");
                int listed = TrendBackfill.indexedCandidates(indexed.engine()).length;
                int all = indexed.engine().inc.size();
                assertTrue(listed * 2 < all, "days later the trend visits the open incidents only (a third never leave): " + listed + " of " + all);

                // a checkpoint import rebuilds the index from the incidents
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                indexed.checkpoint(out);
                try (EventStore back = EventStore.restore(new ByteArrayInputStream(out.toByteArray()), a,
                        TestMap.directory(), TestMap.resolver(), clock, StoreConfig.defaults())) {
                    assertListedOnce(back.engine(), "after a checkpoint import");
                }

                // back by four days: minutes the index pruned are needed again, the scan takes over
                clock.set(clock.millis() - 4 * 24 * H);
                scan.tick();
                indexed.tick();
                assertNull(TrendBackfill.indexedCandidates(indexed.engine()), "pruned minutes are never trusted");
                check(scan, indexed, clock.millis());
            }
            assertEquals(0, a.getAllocatedMemory());
        }
    }

    /** Compares both backfills of the two twins; true when a tile sample was derived. */
    private static boolean check(EventStore scan, EventStore indexed, long t) {
        StateEngine s = scan.engine();
        StateEngine x = indexed.engine();
        String at = " at " + Instant.ofEpochMilli(t);
        assertEquals(scan.stateHash(), indexed.stateHash(), "twins" + at);
        if (TrendBackfill.indexedCandidates(x) != null) {
            assertListedOnce(x, at);
        }
        synchronized (scan) {
            synchronized (indexed) {
                TrendBackfill.fill(s, false);
                TrendBackfill.fill(x, true);
                boolean a = TileBackfill.fill(s, false);
                boolean b = TileBackfill.fill(x, true);
                assertEquals(a, b, "tile sample derived" + at);
                long nowMinute = Math.floorDiv(t, MIN);
                for (int u = 0; u < s.units.trendUnits(); u++) {
                    for (long m = nowMinute - 1441; m < nowMinute; m++) {
                        String w = "unit " + u + " minute " + Instant.ofEpochMilli(m * MIN) + at;
                        assertEquals(s.trend.open(u, m), x.trend.open(u, m), "open, " + w);
                        assertEquals(s.trend.overdue(u, m), x.trend.overdue(u, m), "overdue, " + w);
                    }
                    for (long h = Math.floorDiv(t, H) - 25; h < Math.floorDiv(t, H); h++) {
                        String w = "unit " + u + " hour " + Instant.ofEpochMilli(h * H) + at;
                        assertEquals(s.trend.hourOpen(u, h), x.trend.hourOpen(u, h), "open, " + w);
                        assertEquals(s.trend.hourOverdue(u, h), x.trend.hourOverdue(u, h), "overdue, " + w);
                    }
                    long[] ws = s.tileSamples.at(u, nowMinute - 1440);
                    long[] wx = x.tileSamples.at(u, nowMinute - 1440);
                    assertArrayEquals(ws, wx, "tile sample of unit " + u + at);
                }
                return a;
            }
        }
    }

    /**
     * Every incident that counts for the trend window (left the open states after its start, or
     * open) and every incident of the tile cohort is among the indexed candidates exactly once.
     */
    private static void assertListedOnce(StateEngine e, String at) {
        IncidentTable inc = e.inc;
        int[] trend = TrendBackfill.indexedCandidates(e);
        int[] tile = TileBackfill.indexedCandidates(e);
        assertNotNull(trend, "trend index complete" + at);
        assertNotNull(tile, "minute index complete" + at);
        Map<Integer, Integer> trendSeen = counts(trend);
        Map<Integer, Integer> tileSeen = counts(tile);
        long windowStart = TrendBackfill.windowStart(e);
        long x = (Math.floorDiv(e.nowMs, MIN) - 1440 + 1) * MIN - 1;
        LocalDate day = Instant.ofEpochMilli(x).atZone(e.config.zone()).toLocalDate();
        long from = day.atStartOfDay(e.config.zone()).toInstant().toEpochMilli();
        int counted = 0;
        int cohort = 0;
        for (int i = 0; i < inc.size(); i++) {
            if (!inc.exists(i)) {
                continue;
            }
            if (LifecycleFold.leftOpenAt(inc, i) > windowStart) {
                counted++;
                assertEquals(1, trendSeen.getOrDefault(i, 0), "incident " + i + " (status " + inc.status(i)
                        + ", left " + LifecycleFold.leftOpenAt(inc, i) + ") listed for the trend" + at);
            }
            long rep = inc.reportedAt(i);
            if (rep >= from && rep <= x) {
                cohort++;
                assertEquals(1, tileSeen.getOrDefault(i, 0), "incident " + i + " listed for the tiles" + at);
            }
        }
        assertTrue(counted > 0, "some incidents count for the trend" + at);
        assertTrue(tile.length >= cohort, at);
    }

    private static Map<Integer, Integer> counts(int[] a) {
        Map<Integer, Integer> m = new HashMap<>();
        for (int i : a) {
            m.merge(i, 1, Integer::sum);
        }
        return m;
    }
}
