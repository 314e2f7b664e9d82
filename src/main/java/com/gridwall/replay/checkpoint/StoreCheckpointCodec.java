package com.gridwall.replay.checkpoint;

import com.gridwall.replay.seek.ReplayTime;
import com.gridwall.replay.seek.StoreFactory;
import com.gridwall.store.EventStore;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.arrow.memory.BufferAllocator;

/**
 * Checkpoints in the store's own format ({@link EventStore#checkpoint}, {@link EventStore#restore}:
 * Arrow IPC streams of incidents, recent events and the retained log; aggregates rebuilt on
 * import). The default codec: owned by the store, compact, independent of its field layout.
 * Stateless and thread-safe.
 */
public final class StoreCheckpointCodec implements StoreStateCodec {
    @Override
    public void write(EventStore store, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            store.checkpoint(out);
        }
    }

    @Override
    public EventStore read(Path file, BufferAllocator allocator, StoreFactory factory, ReplayTime time) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return EventStore.restore(in, allocator, factory.units(), factory.resolver(), time, factory.config());
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
