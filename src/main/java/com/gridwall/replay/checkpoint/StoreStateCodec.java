package com.gridwall.replay.checkpoint;

import com.gridwall.replay.seek.ReplayTime;
import com.gridwall.replay.seek.StoreFactory;
import com.gridwall.store.EventStore;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.arrow.memory.BufferAllocator;

/**
 * Writes a store's whole state and reads it back into a new store: what a checkpoint needs. The
 * store owns its internals, so the implementation belongs to (or is wired from) the store layer;
 * replay only decides when to write and which checkpoint to start a seek from.
 * Implementations must be deterministic: a restored store has the same stateHash as the original.
 */
public interface StoreStateCodec {
    /** Writes the store's state to {@code file} (created or replaced). */
    void write(EventStore store, Path file) throws IOException;

    /**
     * A new store holding the state written by {@link #write}; its clock is {@code time}. A damaged
     * or incompatible file is refused with an IOException before any store memory is allocated.
     */
    EventStore read(Path file, BufferAllocator allocator, StoreFactory factory, ReplayTime time) throws IOException;
}
