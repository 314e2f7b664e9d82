package com.gridwall.replay.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Event;
import com.gridwall.replay.events.EventVectors;
import com.gridwall.replay.events.SyntheticHistory;
import com.gridwall.replay.seek.ReplayTime;
import com.gridwall.replay.seek.StoreFactory;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import com.gridwall.store.state.IncidentTable;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;

/**
 * A copy into a seek's store leaves the incident pages it holds already, yet always brings exactly
 * the stored state: over a tail that rewrote old incidents, in place and through the spare arrays.
 */
class ThawOriginsTest {
    private static final long START = FrozenStoreTest.START;

    @Test
    void copiesOverTailsThatRewroteOldIncidentsBringExactlyTheStoredState() throws Exception {
        SyntheticHistory h = new SyntheticHistory(17, START, 3000, 40);
        StoreFactory factory = new StoreFactory(h.units(), null, StoreConfig.defaults());
        // the incidents of the history's first events: a tail that cancels them rewrites old rows
        SyntheticHistory again = new SyntheticHistory(17, START, 3000, 40);
        List<Event> oldEvents = again.next(300);
        again.next(5_000);
        List<Event> otherOldEvents = again.next(300); // other incidents: the writes after a column left differ from those before
        try (BufferAllocator a = new RootAllocator();
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, a);
             FrozenPages pages = new FrozenPages()) {
            List<Captured> states = Captured.series(factory, a, root, pages, START,
                    List.of(h.next(40_000), h.next(1_000), h.next(40_000))); // the incident columns grow
            Captured c1 = states.get(0);
            Captured c2 = states.get(1);
            Captured cBig = states.get(2);
            FrozenStore s1 = c1.state();
            FrozenStore s2 = c2.state();
            FrozenStore big = cBig.state();
            long t1 = c1.t();
            long t2 = c2.t();
            long tBig = cBig.t();
            assertNotEquals(s1.root(), s2.root());
            SpareArrays spares = new SpareArrays(1L << 30, 1);
            ReplayTime seekTime = new ReplayTime(t1);
            EventStore store = s1.thaw(a, factory, seekTime);
            store = c1.seekInto(store, spares, seekTime); // the first copy into the store: every page
            assertEquals(c1.hash(), store.stateHash());
            long before = spares.origins().keptPages();

            rewrite(store, root, cancel(oldEvents, t1));
            store = c2.seekInto(store, spares, seekTime); // in place, over the tail's writes
            assertEquals(c2.hash(), store.stateHash());
            assertSameColumns(s2, t2, store, factory, a, "pages the tail wrote were copied again");
            assertTrue(spares.origins().keptPages() > before, "unchanged pages were left in place");

            rewrite(store, root, cancel(oldEvents, t2));
            store = cBig.seekInto(store, spares, seekTime); // larger columns: the old ones go to the spares
            assertEquals(cBig.hash(), store.stateHash());
            assertSameColumns(big, tBig, store, factory, a, "a copy into new columns");
            rewrite(store, root, cancel(otherOldEvents, tBig));
            long beforeSpares = spares.origins().keptPages();
            store = c1.seekInto(store, spares, seekTime); // back to the spares, written by the tail before they left
            assertEquals(c1.hash(), store.stateHash());
            assertSameColumns(s1, t1, store, factory, a, "the writes made before a column left its table count");
            assertTrue(spares.origins().keptPages() > beforeSpares, "spare columns kept their unchanged pages");
            store.close();
            root.clear();
            assertEquals(0, a.getAllocatedMemory());
        }
    }

    /**
     * Spares seeded from one state serve the first copy of another state with tables of that size:
     * the pages the two share stay, the result is exactly the state sought. The Arrow buffers a
     * copy leaves without a role serve the next copy.
     */
    @Test
    void sparesSeededFromAnotherStateServeTheFirstCopyExactly() throws Exception {
        SyntheticHistory h = new SyntheticHistory(23, START, 3000, 40);
        StoreFactory factory = new StoreFactory(h.units(), null, StoreConfig.defaults());
        try (BufferAllocator a = new RootAllocator();
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, a);
             FrozenPages pages = new FrozenPages()) {
            List<Captured> states = Captured.series(factory, a, root, pages, START,
                    List.of(h.next(40_000), h.next(2_000), h.next(60_000))); // the last: a second log chunk
            Captured cEarly = states.get(0);
            Captured cLate = states.get(1);
            Captured cLonger = states.get(2);
            FrozenStore early = cEarly.state();
            FrozenStore late = cLate.state();
            long tEarly = cEarly.t();
            assertEquals(status(early).length(), status(late).length(), "the two states' tables have one size");

            SpareArrays spares = new SpareArrays(1L << 30, 1);
            spares.seedFor(List.of(late));
            assertEquals(0, spares.origins().keptPages());
            ReplayTime seekTime = new ReplayTime(tEarly);
            EventStore store = factory.createReplay(a, seekTime); // its tables are small: every column from the spares
            store = cEarly.seekInto(store, spares, seekTime);
            assertEquals(cEarly.hash(), store.stateHash());
            assertSameColumns(early, tEarly, store, factory, a, "a copy into columns seeded from another state");
            assertTrue(spares.origins().keptPages() > 0, "pages the seeded state shares were left in place");

            store = cLonger.seekInto(store, spares, seekTime);
            store = cEarly.seekInto(store, spares, seekTime); // the second log chunk's buffers lose their role
            // every fixed-width buffer of the dropped chunk (5 x 8 + 2 x 4 + 6 x 1 bytes per row), not
            // only a few: closed, they could empty pool chunks the next copy then faults in afresh
            long chunkBytes = 65_535L * (5 * 8 + 2 * 4 + 6);
            long kept = store.bufferBin().bytes();
            assertTrue(kept >= chunkBytes, "the dropped log chunk's buffers are kept: " + kept);
            long reusedBefore = store.bufferBin().reused();
            long allocatedBefore = a.getAllocatedMemory();
            store = cLonger.seekInto(store, spares, seekTime);
            assertTrue(store.bufferBin().reused() - reusedBefore >= 13, "and serve the next copy");
            assertEquals(allocatedBefore, a.getAllocatedMemory(), "which allocates nothing new");
            assertEquals(cLonger.hash(), store.stateHash());
            store.close();
            root.clear();
            assertEquals(0, a.getAllocatedMemory());
        }
    }

    /** A column that left its table keeps the writes it had then, whatever its next table writes. */
    @Test
    void aSpareColumnIsJudgedByTheWritesItHadWhenItLeftItsTable() throws Exception {
        SyntheticHistory h = new SyntheticHistory(19, START, 3000, 40);
        StoreFactory factory = new StoreFactory(h.units(), null, StoreConfig.defaults());
        try (BufferAllocator a = new RootAllocator();
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, a);
             FrozenPages pages = new FrozenPages()) {
            ReplayTime time = new ReplayTime(START);
            try (EventStore s = factory.createReplay(a, time)) {
                StoreImageTest.feed(s, time, root, h.next(20_000));
                FrozenStore first = FrozenStore.capture(s, null, pages);
                FrozenStore same = FrozenStore.capture(s, first, pages); // every page shared
                FrozenGraph.Prim p1 = status(first);
                FrozenGraph.Prim p2 = status(same);
                int per = p1.perPage();
                Object column = new byte[p1.length()];
                long[] firstBlockWritten = {1L};
                long[] otherBlockWritten = {1L << 40};

                ThawOrigins origins = new ThawOrigins();
                origins.copied(column, "status", p1, first);
                boolean[] live = origins.unchanged(column, p2, otherBlockWritten);
                assertTrue(live[0] && !live[40 * IncidentTable.BLOCK / per], "in its table: the table's writes count");

                origins.left(column, firstBlockWritten);
                boolean[] spare = origins.unchanged(column, p2, otherBlockWritten);
                assertTrue(!spare[0] && spare[40 * IncidentTable.BLOCK / per], "a spare: the writes it left with count");
                assertTrue(origins.wasColumn(column, "status"));

                first.release();
                assertEquals(null, origins.unchanged(column, p2, null), "nothing is known from a released state");
            }
            root.clear();
        }
    }

    private static FrozenGraph.Prim status(FrozenStore state) {
        Object v = state.root();
        for (String name : new String[] {"engine", "inc", "status"}) {
            FrozenGraph.Obj o = (FrozenGraph.Obj) v;
            java.lang.reflect.Field[] fs = StoreImage.fields(o.type());
            v = null;
            for (int i = 0; i < fs.length; i++) {
                if (fs[i].getName().equals(name)) {
                    v = o.values()[i];
                }
            }
        }
        return (FrozenGraph.Prim) v;
    }

    /** Every incident column of {@code store} equals that of a fresh copy of {@code state} at {@code t}. */
    private static void assertSameColumns(FrozenStore state, long t, EventStore store, StoreFactory factory,
                                          BufferAllocator a, String what) throws Exception {
        try (EventStore fresh = state.thaw(a, factory, new ReplayTime(t))) {
            Object expected = incidents(fresh);
            Object actual = incidents(store);
            int compared = 0;
            for (java.lang.reflect.Field f : StoreImage.fields(expected.getClass())) {
                Object x = f.get(expected);
                if (x != null && x.getClass().isArray()) {
                    assertTrue(java.util.Objects.deepEquals(x, f.get(actual)), what + ": column " + f.getName());
                    compared++;
                }
            }
            assertTrue(compared >= 20, "every column compared");
        }
    }

    private static Object incidents(EventStore s) throws IllegalAccessException {
        Object engine = Captured.field(s, "engine");
        return Captured.field(engine, "inc");
    }

    /** A CANCELLED event at {@code ts} for the incident of each of {@code events}: it changes their status. */
    private static List<Event> cancel(List<Event> events, long ts) {
        List<Event> out = new java.util.ArrayList<>();
        for (Event e : events) {
            out.add(new Event(1_000_000_000L + out.size() + ts % 1_000_000, "cancel-" + ts + "-" + out.size(), e.incidentId(),
                    com.gridwall.domain.EventType.CANCELLED, ts, e.category(), e.source(), e.department(), e.severity(),
                    e.lon(), e.lat(), e.gridCode(), Event.NO_TIME, Event.NO_RATING, "cancelled"));
        }
        return out;
    }

    /** Appends {@code events} without moving the store's clock. */
    private static void rewrite(EventStore s, VectorSchemaRoot root, List<Event> events) {
        for (int i = 0; i < events.size(); i += 500) {
            EventVectors.write(events.subList(i, Math.min(events.size(), i + 500)), root);
            s.append(root);
        }
    }
}
