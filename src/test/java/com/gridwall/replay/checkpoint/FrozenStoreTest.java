package com.gridwall.replay.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** A copy into a store in place brings the captured state, not the captured store's settings. */
class FrozenStoreTest {
    static final long START = 1_780_000_000_000L;

    @Test
    void aCopyKeepsTheTargetStoresUseOfThePrepareThread() throws Exception {
        SyntheticHistory h = new SyntheticHistory(7, START, 3000, 40);
        StoreFactory factory = new StoreFactory(h.units(), null, StoreConfig.defaults());
        List<Event> events = h.next(20_000);
        try (BufferAllocator a = new RootAllocator();
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, a)) {
            ReplayTime time = new ReplayTime(START);
            ReplayTime spareTime = new ReplayTime(START);
            try (EventStore ladderLike = factory.createReplay(a, time);
                 FrozenPages pages = new FrozenPages()) {
                ladderLike.usePrepareThread(false); // as the replay's state ladder folds: one core
                StoreImageTest.feed(ladderLike, time, root, events);
                FrozenStore state = FrozenStore.capture(ladderLike, null, pages);
                EventStore spare = factory.createReplay(a, spareTime);
                spare.usePrepareThread(true);
                spareTime.set(time.millis());
                try (EventStore seekStore = state.thawInto(spare)) {
                    assertEquals(ladderLike.stateHash(), seekStore.stateHash());
                    assertTrue(seekStore.usesPrepareThread(), "a seek's tail may use the second core");
                    assertFalse(ladderLike.usesPrepareThread());
                }
            }
            root.clear();
            assertEquals(0, a.getAllocatedMemory());
        }
    }

    /** The check that a capture fits the store's classes runs on the capturing thread, not in a seek. */
    @Test
    void aCaptureIsCheckedWhenItIsMade() throws Exception {
        SyntheticHistory h = new SyntheticHistory(7, START, 3000, 40);
        StoreFactory factory = new StoreFactory(h.units(), null, StoreConfig.defaults());
        try (BufferAllocator a = new RootAllocator();
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, a)) {
            ReplayTime time = new ReplayTime(START);
            try (EventStore ladderLike = factory.createReplay(a, time);
                 FrozenPages pages = new FrozenPages()) {
                StoreImageTest.feed(ladderLike, time, root, h.next(5_000));
                FrozenStore first = FrozenStore.capture(ladderLike, null, pages);
                StoreImageTest.feed(ladderLike, time, root, h.next(5_000));
                FrozenStore second = FrozenStore.capture(ladderLike, first, pages);
                assertTrue(first.checked() && second.checked(), "checked before any copy");
            }
            root.clear();
            assertEquals(0, a.getAllocatedMemory());
        }
    }
}
