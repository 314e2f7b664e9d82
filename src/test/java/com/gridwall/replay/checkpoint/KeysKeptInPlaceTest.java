package com.gridwall.replay.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Event;
import com.gridwall.replay.events.SyntheticHistory;
import com.gridwall.replay.seek.ReplayTime;
import com.gridwall.replay.seek.StoreFactory;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;

/**
 * A copy into a seek's store keeps the incident-id table the store holds when it holds the state's
 * ids in the same order, and copies it otherwise; either way the store is exactly the state sought.
 */
class KeysKeptInPlaceTest {
    private static final long START = FrozenStoreTest.START;

    @Test
    void aLaterTableServesEarlierStatesAndTheirTailsButNotATableOfAnotherOrder() throws Exception {
        SyntheticHistory h = new SyntheticHistory(23, START, 3000, 40);
        List<Event> first = h.next(20_000);
        List<Event> tail = h.next(20_000);
        List<Event> later = h.next(20_000);
        StoreFactory factory = new StoreFactory(h.units(), null, StoreConfig.defaults());
        try (BufferAllocator a = new RootAllocator();
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, a);
             FrozenPages pages = new FrozenPages()) {
            ReplayTime time = new ReplayTime(START);
            FrozenStore s1;
            FrozenStore s2;
            FrozenStore s3;
            long hash1;
            long hash2;
            long hash3;
            long t1;
            long t2;
            long t3;
            try (EventStore ladderLike = factory.createReplay(a, time)) {
                StoreImageTest.feed(ladderLike, time, root, first);
                s1 = FrozenStore.capture(ladderLike, null, pages);
                hash1 = ladderLike.stateHash();
                t1 = time.millis();
                StoreImageTest.feed(ladderLike, time, root, tail);
                s2 = FrozenStore.capture(ladderLike, s1, pages);
                hash2 = ladderLike.stateHash();
                t2 = time.millis();
                StoreImageTest.feed(ladderLike, time, root, later);
                s3 = FrozenStore.capture(ladderLike, s2, pages);
                hash3 = ladderLike.stateHash();
                t3 = time.millis();
            }
            SpareArrays spares = new SpareArrays(1L << 30, 1);
            ReplayTime seekTime = new ReplayTime(t3);
            EventStore store = s3.thaw(a, factory, seekTime);
            Object keys = field(store, "incidentIds");
            Object table = field(keys, "hashes");
            int all = (int) field(keys, "size");

            store = seek(store, s1, spares, seekTime, t1);
            assertEquals(hash1, store.stateHash());
            assertSame(keys, field(store, "incidentIds"));
            assertSame(table, field(keys, "hashes"), "the later state's table was kept");
            assertTrue(spares.keyTablesKept() >= 1 && spares.keyBytesKept() > 100_000, "counted for the bench");
            int shown = (int) field(keys, "size");
            assertTrue(shown < all, "only the earlier state's ids are shown");
            assertEquals(all, (int) field(keys, "held"));

            // the same tail as the ladder folded: the ids held beyond are shown again as they were
            StoreImageTest.feed(store, seekTime, root, tail);
            assertEquals(hash2, store.stateHash());
            assertSame(table, field(keys, "hashes"));
            assertEquals(all, (int) field(keys, "held"), "no id was added or dropped");

            // another order: from the first state, the ladder's tail skipped
            store = seek(store, s1, spares, seekTime, t1);
            assertEquals(hash1, store.stateHash());
            StoreImageTest.feed(store, seekTime, root, later);
            int reordered = (int) field(keys, "size");
            assertEquals(reordered, (int) field(keys, "held"), "the ids held beyond were dropped");
            ReplayTime freshTime = new ReplayTime(t1);
            try (EventStore fresh = s1.thaw(a, factory, freshTime)) {
                StoreImageTest.feed(fresh, freshTime, root, later);
                assertEquals(fresh.stateHash(), store.stateHash(), "the same as a fresh copy folding that tail");
                assertEquals(reordered, (int) field(field(fresh, "incidentIds"), "size"));
            }

            // now the table holds as many ids as the second state but not the same: it is copied
            int heldBefore = (int) field(keys, "held");
            store = seek(store, s2, spares, seekTime, t2);
            assertEquals(hash2, store.stateHash());
            int secondSize = (int) field(field(store, "incidentIds"), "size");
            assertTrue(heldBefore >= secondSize, "the table held enough ids to be cut (" + heldBefore + " < " + secondSize + ")");
            assertEquals(secondSize, (int) field(field(store, "incidentIds"), "held"), "copied, not cut");

            store = seek(store, s3, spares, seekTime, t3);
            assertEquals(hash3, store.stateHash());
            assertNotEquals(hash1, hash3);
            store.close();
            root.clear();
            assertEquals(0, a.getAllocatedMemory());
        }
    }

    private static EventStore seek(EventStore spare, FrozenStore to, SpareArrays spares, ReplayTime time, long t)
            throws java.io.IOException {
        time.set(t);
        return to.thawInto(spare, spares);
    }

    private static Object field(Object o, String name) throws IllegalAccessException {
        for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name)) {
                    f.setAccessible(true);
                    return f.get(o);
                }
            }
        }
        throw new AssertionError("no field " + name + " in " + o.getClass());
    }
}
