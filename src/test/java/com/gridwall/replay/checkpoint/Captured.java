package com.gridwall.replay.checkpoint;

import com.gridwall.domain.Event;
import com.gridwall.replay.seek.ReplayTime;
import com.gridwall.replay.seek.StoreFactory;
import com.gridwall.store.EventStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * A state captured from a store folding forward, as the state ladder captures it, with the store's
 * state hash and clock at that moment; and the seek's copy of it into a reused store.
 */
record Captured(FrozenStore state, long hash, long t) {

    /** Feeds {@code events} to {@code s}, then captures it (sharing pages with {@code previous}, if any). */
    private static Captured feedAndCapture(EventStore s, ReplayTime time, VectorSchemaRoot root, List<Event> events,
                                           Captured previous, FrozenPages pages) {
        StoreImageTest.feed(s, time, root, events);
        return new Captured(FrozenStore.capture(s, previous == null ? null : previous.state(), pages), s.stateHash(),
                time.millis());
    }

    /**
     * The states of one store folding {@code parts} in order from {@code start}, as the state ladder
     * folds: a capture after each part, sharing pages with the one before.
     */
    static List<Captured> series(StoreFactory factory, BufferAllocator a, VectorSchemaRoot root, FrozenPages pages,
                                 long start, List<List<Event>> parts) {
        ReplayTime time = new ReplayTime(start);
        List<Captured> out = new ArrayList<>();
        try (EventStore ladderLike = factory.createReplay(a, time)) {
            for (List<Event> part : parts) {
                out.add(feedAndCapture(ladderLike, time, root, part, out.isEmpty() ? null : out.get(out.size() - 1), pages));
            }
        }
        return out;
    }

    /** Copies this state into {@code spare} at its own time, as a seek does. */
    EventStore seekInto(EventStore spare, SpareArrays spares, ReplayTime time) throws IOException {
        time.set(t);
        return state.thawInto(spare, spares);
    }

    /** A state field of a store object, by name. */
    static Object field(Object o, String name) throws IllegalAccessException {
        for (java.lang.reflect.Field f : StoreImage.fields(o.getClass())) {
            if (f.getName().equals(name)) {
                return f.get(o);
            }
        }
        throw new AssertionError("no field " + name + " in " + o.getClass());
    }
}
