package com.gridwall.replay.seek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Event;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.feed.sim.Scenario;
import com.gridwall.feed.sim.SimConfig;
import com.gridwall.feed.sim.Simulator;
import com.gridwall.replay.checkpoint.CheckpointWriter;
import com.gridwall.replay.checkpoint.FrozenStore;
import com.gridwall.replay.checkpoint.StoreCheckpointCodec;
import com.gridwall.replay.events.EventVectors;
import com.gridwall.replay.events.SyntheticHistory;
import com.gridwall.replay.journal.JournalConfig;
import com.gridwall.replay.journal.JournalWriter;
import com.gridwall.replay.journal.JournalingSink;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeks that start from the in-memory state ladder reach exactly the state of a fold from the
 * journal start (state hash and the whole picture), whatever was sought before (the previous
 * store is overwritten in place); the memory bound holds; a rung that does not fit or was
 * released is skipped and the seek falls back to an older rung or a checkpoint.
 */
class StateLadderTest {
    static final long DAY_START = LocalDate.of(2026, 11, 25).atStartOfDay(StoreConfig.SHANGHAI).toInstant().toEpochMilli();
    static final long H = 3_600_000L;

    @TempDir
    static Path dir;
    static BufferAllocator allocator;
    static StoreFactory factory;
    static JournalWriter journal;
    static int events;

    @BeforeAll
    static void recordADay() throws Exception {
        allocator = new RootAllocator();
        UnitDirectory units = new SyntheticHistory(0, 0, 1, 40).units();
        factory = new StoreFactory(units, null, StoreConfig.defaults());
        // a flood day: late and out-of-order events, incidents refolded
        Simulator sim = new Simulator(SimConfig.of(11, Scenario.FLOOD, 150, 1200, DAY_START - 2 * 24 * H), units);
        List<Event> all = new ArrayList<>();
        sim.generateUntil(DAY_START + 24 * H, Integer.MAX_VALUE, all);
        events = all.size();
        ReplayTime clock = new ReplayTime(DAY_START - 2 * 24 * H);
        journal = JournalWriter.open(JournalConfig.defaults(dir).withSync(false).withSegmentBytes(1 << 20));
        try (EventStore live = factory.create(allocator, clock);
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator)) {
            JournalingSink sink = new JournalingSink(live, journal);
            journal.addListener(new CheckpointWriter(journal, live, new StoreCheckpointCodec(), 6000));
            for (int i = 0; i < all.size(); i += 400) {
                List<Event> batch = all.subList(i, Math.min(all.size(), i + 400));
                clock.set(batch.get(batch.size() - 1).ts());
                EventVectors.write(batch, root);
                sink.append(root);
            }
        }
    }

    @AfterAll
    static void close() throws Exception {
        journal.close();
        assertEquals(0, allocator.getAllocatedMemory(), "thawed, overwritten and refused states leak nothing");
        allocator.close();
    }

    /**
     * A ladder over the test journal and two seekers: {@code full} folds from the journal start,
     * {@code fast} seeks from the ladder (and reads checkpoint files when asked to).
     */
    private record Seekers(StateLadder ladder, Seeker full, Seeker fast) implements AutoCloseable {
        static Seekers open(long bound, boolean fastReadsCheckpoints) throws Exception {
            StateLadder ladder = StateLadder.buildNow(journal.index(), allocator, factory, new StateLadder.Settings(1_500, bound));
            Seeker full = null;
            try {
                full = new Seeker(dir, journal.index(), allocator, factory, null);
                Seeker fast = new Seeker(dir, journal.index(), allocator, factory,
                        fastReadsCheckpoints ? new StoreCheckpointCodec() : null);
                fast.useLadder(ladder);
                return new Seekers(ladder, full, fast);
            } catch (Exception | Error e) {
                try (StateLadder l = ladder; Seeker f = full) {
                    throw e;
                }
            }
        }

        @Override
        public void close() throws Exception {
            try (StateLadder l = ladder; Seeker a = full; Seeker b = fast) {
                // closed in reverse order, each even when another fails
            }
        }
    }

    private static List<Instant> samples() {
        List<Instant> l = new ArrayList<>();
        // back and forth, so most seeks overwrite the store of a later or earlier position
        for (long m : new long[] {20 * 60, -40 * 60, 3 * 60 + 7, 23 * 60 + 59, 9 * 60, 9 * 60 + 1, 14 * 60 + 30, -2 * 60, 20 * 60}) {
            l.add(Instant.ofEpochMilli(DAY_START + m * 60_000L + 17_000));
        }
        return l;
    }

    private static void assertSameAsFullFold(Seeker fast, Seeker full, Instant t) throws Exception {
        List<Object> want = SnapshotDigest.picture(full.seek(t));
        List<Object> got = SnapshotDigest.picture(fast.seek(t));
        assertEquals(full.stateHash(), fast.stateHash(), "state hash as of " + t);
        for (int i = 0; i < want.size(); i++) {
            String w = String.valueOf(want.get(i));
            String g = String.valueOf(got.get(i));
            if (!w.equals(g)) {
                int d = 0;
                while (d < Math.min(w.length(), g.length()) && w.charAt(d) == g.charAt(d)) {
                    d++;
                }
                int from = Math.max(0, d - 150);
                throw new AssertionError("picture part " + i + " as of " + t + " differs at char " + d + ": expected …"
                        + w.substring(from, Math.min(w.length(), d + 80)) + "… got …" + g.substring(from, Math.min(g.length(), d + 80)));
            }
        }
    }

    @Test
    void aSeekBeforeTheFirstStateOverwritesThePreviousStoreFromTheJournalsStart() throws Exception {
        try (Seekers s = Seekers.open(1L << 40, false)) {
            Seeker fast = s.fast();
            StateLadder.Rung firstAfterEvents = s.ladder().rungs().get(1);
            Instant early = Instant.ofEpochMilli(journal.index().minTs() + 60_000);
            assertTrue(early.toEpochMilli() < firstAfterEvents.maxTs(), "before the first state after events");
            assertSameAsFullFold(fast, s.full(), samples().get(0)); // fast now holds a store to overwrite
            EventStore previous = fast.store();
            assertSameAsFullFold(fast, s.full(), early);
            assertTrue(fast.lastFromLadder(), "from the journal's start in memory");
            assertSame(previous, fast.store(), "the previous seek's store, overwritten in place");
            assertSameAsFullFold(fast, s.full(), samples().get(3)); // and on from there
        }
    }

    @Test
    void seeksFromTheLadderEqualAFoldFromTheStart() throws Exception {
        assertTrue(events > 20_000, "a busy day: " + events);
        try (Seekers s = Seekers.open(1L << 40, true)) {
            StateLadder ladder = s.ladder();
            Seeker full = s.full();
            Seeker fast = s.fast();
            StateLadder.Stats st = ladder.stats();
            assertNull(st.failure());
            assertTrue(st.rungs() >= events / 1_500 - 1, "rungs: " + st.rungs());
            assertEquals(0, st.thinnings());
            assertEquals(FrozenStore.retainedBytes(ladder.rungs().stream().map(StateLadder.Rung::state).toList()), st.bytes(),
                    "page bytes counted once each");
            assertEquals(0, ladder.rungs().get(0).lastSeq(), "the journal's start is a state too");
            long first = FrozenStore.retainedBytes(List.of(ladder.rungs().get(1).state())); // the first after events, whole
            assertTrue(st.bytes() < first * st.rungs() / 2, "neighbouring rungs share pages: " + st.bytes() + " for "
                    + st.rungs() + " rungs, the first alone " + first);
            int fromLadder = 0;
            for (Instant t : samples()) {
                assertSameAsFullFold(fast, full, t);
                if (fast.lastFromLadder()) {
                    fromLadder++;
                    assertTrue(fast.lastSeekApplied() <= 1_500 + 400 + 2_000, "short tail: " + fast.lastSeekApplied());
                }
            }
            assertTrue(fromLadder >= samples().size() - 2, "most seeks start in memory: " + fromLadder);
            assertTrue(fast.rejectedCheckpoints().isEmpty(), fast.rejectedCheckpoints().toString());
        }
    }

    @Test
    void aSeekOverwritingTheStoreInPlaceLeavesTheSnapshotsItPublishedBeforeAlone() throws Exception {
        try (Seekers s = Seekers.open(1L << 40, true)) {
            StateLadder ladder = s.ladder();
            Seeker full = s.full();
            Seeker fast = s.fast();
            Instant t1 = Instant.ofEpochMilli(DAY_START + 9 * H + 17_000);
            Instant t2 = Instant.ofEpochMilli(DAY_START + 20 * H + 17_000);
            // the wall may still read a snapshot (its KPIs are derived when first asked) while the
            // replay seeks on: the next seek copies a ladder state into the same store
            com.gridwall.store.snapshot.WallSnapshot shown = fast.seek(t1);
            assertTrue(fast.lastFromLadder());
            fast.seek(t2);
            assertTrue(fast.lastFromLadder());
            // compared whole, reported briefly (a picture is long)
            assertTrue(SnapshotDigest.picture(full.seek(t1)).equals(SnapshotDigest.picture(shown)),
                    "the snapshot of " + t1 + " read after a seek to " + t2 + " shows another state");
        }
    }

    @Test
    void aBuiltLadderSeedsTheSpareArraysItWasGiven() throws Exception {
        com.gridwall.replay.checkpoint.SpareArrays spares = new com.gridwall.replay.checkpoint.SpareArrays(1L << 30, 1024);
        try (StateLadder ladder = StateLadder.buildNow(journal.index(), allocator, factory,
                new StateLadder.Settings(1_500, 1L << 40), spares)) {
            assertNull(ladder.stats().failure());
            assertTrue(spares.bytes() > 0, "arrays for the largest states: " + spares.bytes());
        }
    }

    @Test
    void theMemoryBoundThinsTheLadderAndSeeksStayExact() throws Exception {
        long unbounded;
        try (StateLadder l = StateLadder.buildNow(journal.index(), allocator, factory, new StateLadder.Settings(1_500, 1L << 40))) {
            unbounded = l.stats().bytes();
        }
        long bound = unbounded / 2;
        try (Seekers s = Seekers.open(bound, false)) {
            StateLadder ladder = s.ladder();
            Seeker full = s.full();
            Seeker fast = s.fast();
            StateLadder.Stats st = ladder.stats();
            assertTrue(st.bytes() <= bound, st.bytes() + " > " + bound);
            assertEquals(FrozenStore.retainedBytes(ladder.rungs().stream().map(StateLadder.Rung::state).toList()), st.bytes());
            assertTrue(st.thinnings() >= 1 && st.stepEvents() >= 3_000, st.toString());
            assertTrue(st.firstThinningBytes() > bound && st.firstThinningEvents() > 0
                    && st.firstThinningEvents() < events, "where the bound was first crossed: " + st);
            assertTrue(st.rungs() >= 1, st.toString());
            assertEquals(events, st.foldedEvents(), "the whole journal is covered, more coarsely");
            for (Instant t : samples()) {
                assertSameAsFullFold(fast, full, t);
            }
        }
    }

    @Test
    void aRungThatDoesNotFitOrWasReleasedFallsBackToAnOlderStart() throws Exception {
        try (Seekers s = Seekers.open(1L << 40, true)) {
            StateLadder ladder = s.ladder();
            Seeker full = s.full();
            Seeker fast = s.fast();
            Instant t = samples().get(6);
            StateLadder.Rung best = ladder.bestFor(t.toEpochMilli(), Long.MAX_VALUE);
            // a state is checked once, when captured: damage one and mark it unchecked again, as a
            // capture that failed its check is
            damage(best.state());
            assertSameAsFullFold(fast, full, samples().get(1)); // fast now holds a store to overwrite
            assertSameAsFullFold(fast, full, t);
            assertTrue(fast.lastFromLadder(), "the rung before the damaged one");
            assertEquals(1, fast.rejectedCheckpoints().size(), fast.rejectedCheckpoints().toString());
            assertTrue(fast.rejectedCheckpoints().get(0).contains("in-memory state at seq " + best.lastSeq()),
                    fast.rejectedCheckpoints().get(0));
            assertFalse(ladder.rungs().contains(best), "a refused rung is dropped");

            for (StateLadder.Rung r : ladder.rungs()) {
                r.state().release();
            }
            for (Instant at : List.of(t, samples().get(1))) {
                // a checkpoint file restores the same state (markers may come in another order: compare KPIs)
                assertEquals(SnapshotDigest.kpis(full.seek(at)), SnapshotDigest.kpis(fast.seek(at)), "as of " + at);
                assertEquals(full.stateHash(), fast.stateHash(), "as of " + at);
                assertFalse(fast.lastFromLadder(), "no rung left");
            }
            assertTrue(fast.lastFromCheckpoint(), "a checkpoint file");
        }
    }

    /**
     * The ladder's store samples the tiles at each batch's clock, mid-minute. A seek from one of its
     * states to an instant whose minute 24 h back is such a minute must derive that sample, as a fold
     * from the start does.
     */
    @Test
    void theSameTimeYesterdayTileAfterALadderSeekEqualsAFoldFromTheStart() throws Exception {
        try (Seekers s = Seekers.open(1L << 40, false)) {
            Seeker full = s.full();
            Seeker fast = s.fast();
            int checked = 0;
            var batches = journal.index().batches();
            for (int k = batches.size() / 2; k < batches.size() && checked < 6; k += 7) {
                // a minute the ladder's clock stood in (a batch's latest event), one day later
                long m = Math.floorDiv(journal.index().maxTsUpTo(k), 60_000L);
                Instant t = Instant.ofEpochMilli((m + 1440) * 60_000L + 59_000L);
                if (t.toEpochMilli() > journal.index().maxTs()) {
                    break;
                }
                var want = full.seek(t).root().todayAtThisTimeYesterday();
                var got = fast.seek(t).root().todayAtThisTimeYesterday();
                assertTrue(fast.lastFromLadder(), "from the ladder at " + t);
                assertEquals(want.map(SnapshotDigest::tile), got.map(SnapshotDigest::tile), "same time yesterday as of " + t);
                checked++;
            }
            assertTrue(checked >= 3, "instants checked: " + checked);
        }
    }

    /**
     * Playback after a seek shows, for each minute it reaches, the same "same time yesterday" tile
     * whether the seek copied a state of the ladder or folded from the start: a copied state brings
     * no tile samples of its own (its store took them mid-minute at its batches' clocks), so every
     * minute 24 h back is derived, as after a fold from the start; nor does it keep those of the
     * previous seek's state, whose store it overwrites.
     */
    @Test
    void playbackAfterALadderSeekShowsTheSameTimeYesterdayTileOfAFoldFromTheStart() throws Exception {
        try (Seekers s = Seekers.open(1L << 40, false)) {
            Seeker full = s.full();
            Seeker fast = s.fast();
            long end = journal.index().maxTs();
            int checked = 0;
            var batches = journal.index().batches();
            for (int k = batches.size() - 1; k > batches.size() / 2 && checked < 4; k -= 9) {
                // a minute the ladder's clock stood in, one day later; playback then runs through the next ones
                long m = Math.floorDiv(journal.index().maxTsUpTo(k), 60_000L);
                long t = (m + 1440) * 60_000L - 20 * 60_000L;
                if (t + 40 * 60_000L > end) {
                    continue;
                }
                fast.seek(Instant.ofEpochMilli(end)); // a later state first: the next seek overwrites its store
                full.seek(Instant.ofEpochMilli(t));
                fast.seek(Instant.ofEpochMilli(t));
                assertTrue(fast.lastFromLadder(), "from the ladder at " + Instant.ofEpochMilli(t));
                for (long p = t + 7_000; p <= t + 40 * 60_000L; p += 3 * 60_000L) {
                    Instant at = Instant.ofEpochMilli(p);
                    var want = full.playTo(at).root().todayAtThisTimeYesterday();
                    var got = fast.playTo(at).root().todayAtThisTimeYesterday();
                    assertEquals(want.map(SnapshotDigest::tile), got.map(SnapshotDigest::tile), "same time yesterday at " + at);
                }
                checked++;
            }
            assertTrue(checked >= 2, "instants checked: " + checked);
        }
    }

    /** Swaps two field values of the copied store: the copy no longer fits the store's classes. */
    private static void damage(FrozenStore s) throws Exception {
        Field fits = FrozenStore.class.getDeclaredField("fits");
        fits.setAccessible(true);
        fits.setBoolean(s, false);
        Field root = FrozenStore.class.getDeclaredField("root");
        root.setAccessible(true);
        Object obj = root.get(s);
        Method values = obj.getClass().getDeclaredMethod("values");
        values.setAccessible(true);
        Object[] v = (Object[]) values.invoke(obj);
        int a = -1;
        int b = -1;
        for (int i = 0; i < v.length; i++) {
            if (v[i] != null && v[i].getClass().getSimpleName().equals("Obj")) {
                if (a < 0) {
                    a = i;
                } else if (b < 0) {
                    b = i;
                }
            }
        }
        Object x = v[a];
        v[a] = v[b];
        v[b] = x;
    }
}
