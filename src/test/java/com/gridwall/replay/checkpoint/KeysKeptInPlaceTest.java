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
            List<Captured> states = Captured.series(factory, a, root, pages, START, List.of(first, tail, later));
            Captured c1 = states.get(0);
            Captured c2 = states.get(1);
            Captured c3 = states.get(2);
            SpareArrays spares = new SpareArrays(1L << 30, 1);
            ReplayTime seekTime = new ReplayTime(c3.t());
            EventStore store = c3.state().thaw(a, factory, seekTime);
            Object keys = Captured.field(store, "incidentIds");
            Object table = Captured.field(keys, "hashes");
            int all = (int) Captured.field(keys, "size");

            store = c1.seekInto(store, spares, seekTime);
            assertEquals(c1.hash(), store.stateHash());
            assertSame(keys, Captured.field(store, "incidentIds"));
            assertSame(table, Captured.field(keys, "hashes"), "the later state's table was kept");
            assertTrue(spares.keyTablesKept() >= 1 && spares.keyBytesKept() > 100_000, "counted for the bench");
            int shown = (int) Captured.field(keys, "size");
            assertTrue(shown < all, "only the earlier state's ids are shown");
            assertEquals(all, (int) Captured.field(keys, "held"));

            // the same tail as the ladder folded: the ids held beyond are shown again as they were
            StoreImageTest.feed(store, seekTime, root, tail);
            assertEquals(c2.hash(), store.stateHash());
            assertSame(table, Captured.field(keys, "hashes"));
            assertEquals(all, (int) Captured.field(keys, "held"), "no id was added or dropped");

            // another order: from the first state, the ladder's tail skipped
            store = c1.seekInto(store, spares, seekTime);
            assertEquals(c1.hash(), store.stateHash());
            StoreImageTest.feed(store, seekTime, root, later);
            int reordered = (int) Captured.field(keys, "size");
            assertEquals(reordered, (int) Captured.field(keys, "held"), "the ids held beyond were dropped");
            ReplayTime freshTime = new ReplayTime(c1.t());
            try (EventStore fresh = c1.state().thaw(a, factory, freshTime)) {
                StoreImageTest.feed(fresh, freshTime, root, later);
                assertEquals(fresh.stateHash(), store.stateHash(), "the same as a fresh copy folding that tail");
                assertEquals(reordered, (int) Captured.field(Captured.field(fresh, "incidentIds"), "size"));
            }

            // now the table holds as many ids as the second state but not the same: it is copied
            int heldBefore = (int) Captured.field(keys, "held");
            store = c2.seekInto(store, spares, seekTime);
            assertEquals(c2.hash(), store.stateHash());
            int secondSize = (int) Captured.field(Captured.field(store, "incidentIds"), "size");
            assertTrue(heldBefore >= secondSize, "the table held enough ids to be cut (" + heldBefore + " < " + secondSize + ")");
            assertEquals(secondSize, (int) Captured.field(Captured.field(store, "incidentIds"), "held"), "copied, not cut");

            store = c3.seekInto(store, spares, seekTime);
            assertEquals(c3.hash(), store.stateHash());
            assertNotEquals(c1.hash(), c3.hash());
            store.close();
            root.clear();
            assertEquals(0, a.getAllocatedMemory());
        }
    }
}
