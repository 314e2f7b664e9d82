package com.gridwall.replay.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.replay.events.SyntheticHistory;
import com.gridwall.replay.seek.ReplayTime;
import com.gridwall.replay.seek.StoreFactory;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;

/** Copies into a reused store that take their arrays from the spares left by earlier copies stay exact. */
class SpareArraysTest {

    @Test
    void aCopyIntoArraysAnotherStateLeftBehindIsExactAndAllocatesNoneOfThem() throws Exception {
        SyntheticHistory h = new SyntheticHistory(5, FrozenStoreTest.START, 3000, 40);
        StoreFactory factory = new StoreFactory(h.units(), null, StoreConfig.defaults());
        try (BufferAllocator a = new RootAllocator();
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, a);
             FrozenPages pages = new FrozenPages()) {
            ReplayTime time = new ReplayTime(FrozenStoreTest.START);
            FrozenStore small;
            FrozenStore large;
            long smallHash;
            long largeHash;
            long smallTime;
            long largeTime;
            try (EventStore ladderLike = factory.createReplay(a, time)) {
                StoreImageTest.feed(ladderLike, time, root, h.next(3_000));
                small = FrozenStore.capture(ladderLike, null, pages);
                smallHash = ladderLike.stateHash();
                smallTime = time.millis();
                StoreImageTest.feed(ladderLike, time, root, h.next(30_000)); // the incident columns grow
                large = FrozenStore.capture(ladderLike, small, pages);
                largeHash = ladderLike.stateHash();
                largeTime = time.millis();
            }
            SpareArrays spares = new SpareArrays(1L << 30, 1024);
            ReplayTime seekTime = new ReplayTime(time.millis());
            EventStore store = large.thawInto(factory.createReplay(a, seekTime), spares);
            assertEquals(largeHash, store.stateHash());
            // a tail folded into the large state: its arrays now hold other values, in pages the state has as zeros too
            StoreImageTest.feed(store, seekTime, root, h.next(300));
            assertTrue(store.stateHash() != largeHash);

            seekTime.set(smallTime); // a seek sets the store's clock first
            store = small.thawInto(store, spares);
            assertEquals(smallHash, store.stateHash(), "a copy into a store whose tables were larger");
            long kept = spares.bytes();
            assertTrue(kept > 0, "the larger tables' arrays are kept: " + kept);
            assertEquals(0, spares.taken());

            seekTime.set(largeTime);
            store = large.thawInto(store, spares);
            assertEquals(largeHash, store.stateHash(), "a copy into the arrays the fold had changed");
            assertTrue(spares.taken() > 0, "arrays taken again: " + spares.taken());
            assertTrue(spares.bytes() > 0 && spares.bytes() != kept, "the small tables' arrays are kept in their place");
            store.close();
            root.clear();
            assertEquals(0, a.getAllocatedMemory());
        }
    }
}
