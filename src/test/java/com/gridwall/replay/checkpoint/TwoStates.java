package com.gridwall.replay.checkpoint;

import com.gridwall.replay.events.SyntheticHistory;
import com.gridwall.replay.seek.ReplayTime;
import com.gridwall.replay.seek.StoreFactory;
import com.gridwall.store.EventStore;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Two consecutive captures of one store folding forward, as the state ladder makes them: after
 * {@code first} events ({@code small}), and after {@code more} events more ({@code large}, larger
 * tables), each with the store's state hash and clock at the capture.
 */
record TwoStates(FrozenStore small, long smallHash, long smallTime, FrozenStore large, long largeHash, long largeTime) {
    static TwoStates capture(SyntheticHistory h, StoreFactory factory, BufferAllocator a, VectorSchemaRoot root,
                             FrozenPages pages, int first, int more) {
        ReplayTime time = new ReplayTime(FrozenStoreTest.START);
        try (EventStore ladderLike = factory.createReplay(a, time)) {
            StoreImageTest.feed(ladderLike, time, root, h.next(first));
            FrozenStore small = FrozenStore.capture(ladderLike, null, pages);
            long smallHash = ladderLike.stateHash();
            long smallTime = time.millis();
            StoreImageTest.feed(ladderLike, time, root, h.next(more)); // the incident columns grow
            FrozenStore large = FrozenStore.capture(ladderLike, small, pages);
            return new TwoStates(small, smallHash, smallTime, large, ladderLike.stateHash(), time.millis());
        }
    }
}
