package com.gridwall.store.log;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;

/**
 * Arrow buffers a store gave up (a state copy that left them without a role), kept for a later
 * need of the same capacity instead of being closed. Why: closing them can empty a chunk of the
 * allocator's pool, which then goes back to the operating system, and the next allocation takes a
 * fresh chunk whose memory is faulted in page by page on first write. On the 2-core test machine a
 * fresh 16 MB chunk cost 45 ms of CPU (memory written once before: 0.6 ms); in seeks, single
 * 64-512 KB allocations took 20-135 ms that way.
 * <p>Bounded by bytes: a buffer given beyond the bound is closed. Contents of a taken buffer are
 * undefined (the caller overwrites them). Thread-safety: one thread (the store's writer).
 */
public final class BufferBin implements AutoCloseable {
    private final long maxBytes;
    private final Map<Long, ArrayDeque<ArrowBuf>> byCapacity = new HashMap<>();
    /** The buffers kept now, by identity: one given twice is kept once (else two takers would share it). */
    private final java.util.Set<ArrowBuf> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private long bytes;
    private long reused;

    public BufferBin(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** A kept buffer of exactly {@code capacity} bytes, else a new one from {@code allocator}. */
    public ArrowBuf take(BufferAllocator allocator, long capacity) {
        ArrayDeque<ArrowBuf> q = byCapacity.get(capacity);
        ArrowBuf b = q == null ? null : q.pollLast();
        if (b == null) {
            return allocator.buffer(capacity);
        }
        kept.remove(b);
        bytes -= capacity;
        reused++;
        return b;
    }

    /**
     * Keeps {@code b} (which no one else uses any more) for {@link #take}, or closes it past the
     * bound; a buffer kept already stays kept once.
     */
    public void give(ArrowBuf b) {
        if (kept.contains(b)) {
            return;
        }
        long capacity = b.capacity();
        if (bytes + capacity > maxBytes) {
            b.close();
            return;
        }
        byCapacity.computeIfAbsent(capacity, k -> new ArrayDeque<>()).addLast(b);
        kept.add(b);
        bytes += capacity;
    }

    /** Bytes kept now. */
    public long bytes() {
        return bytes;
    }

    /** Buffers handed out again so far. */
    public long reused() {
        return reused;
    }

    /** Closes every kept buffer (before the allocator they came from is closed). */
    @Override
    public void close() {
        for (ArrayDeque<ArrowBuf> q : byCapacity.values()) {
            for (ArrowBuf b : q) {
                b.close();
            }
        }
        byCapacity.clear();
        kept.clear();
        bytes = 0;
    }
}
