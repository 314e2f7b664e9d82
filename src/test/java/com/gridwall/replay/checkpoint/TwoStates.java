package com.gridwall.replay.checkpoint;

import com.gridwall.replay.events.SyntheticHistory;
import com.gridwall.replay.seek.StoreFactory;
import java.util.List;
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
        // the incident columns grow with the second part
        List<Captured> states = Captured.series(factory, a, root, pages, FrozenStoreTest.START,
                List.of(h.next(first), h.next(more)));
        Captured small = states.get(0);
        Captured large = states.get(1);
        return new TwoStates(small.state(), small.hash(), small.t(), large.state(), large.hash(), large.t());
    }
}
