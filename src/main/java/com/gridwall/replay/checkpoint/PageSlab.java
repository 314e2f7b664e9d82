package com.gridwall.replay.checkpoint;

import java.util.BitSet;

/**
 * Fixed-size pages outside the Java heap, handed out as slot numbers. Why off-heap: a ladder of
 * states at 10M events holds several GB of small pages; on the heap they left the collector no
 * contiguous room for a store's large arrays (full collections of 1-3 s during seeks), and the
 * heap's size, not the machine's memory, bounded the ladder.
 * <p>Memory is taken from the operating system in chunks of {@value #SLOTS_PER_CHUNK} slots and
 * returned only by {@link #close}; {@link #sweep} puts slots no state references back on a free
 * list that later captures reuse.
 * <p>Thread-safety: not thread-safe by itself. {@link FrozenPages} serializes it: allocation and
 * sweeping by one thread at a time under its lock, reads of slots that a live state references
 * from any thread (the chunk table is republished through a volatile field when it grows).
 */
final class PageSlab {
    private static final sun.misc.Unsafe UNSAFE = StoreImage.UNSAFE;
    private static final int CHUNK_SHIFT = 14;
    static final int SLOTS_PER_CHUNK = 1 << CHUNK_SHIFT;
    private static final int SLOT_MASK = SLOTS_PER_CHUNK - 1;

    private final int pageBytes;
    private volatile long[] chunks = new long[0];
    /** Slots handed out at least once: 0..used-1. */
    private int used;
    private int[] free = new int[256];
    private int freeCount;

    PageSlab(int pageBytes) {
        this.pageBytes = pageBytes;
    }

    int pageBytes() {
        return pageBytes;
    }

    /** A slot holding a copy of {@code bytes} bytes of {@code base}+{@code offset} (a heap array, or null and an address). */
    int put(Object base, long offset, int bytes) {
        int slot = allocate();
        UNSAFE.copyMemory(base, offset, null, address(slot), bytes);
        return slot;
    }

    /** Copies the first {@code bytes} bytes of {@code slot} to {@code base}+{@code offset} (a heap array, or null and an address). */
    void read(int slot, Object base, long offset, int bytes) {
        UNSAFE.copyMemory(null, address(slot), base, offset, bytes);
    }

    private long address(int slot) {
        return chunks[slot >>> CHUNK_SHIFT] + (long) (slot & SLOT_MASK) * pageBytes;
    }

    private int allocate() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (used == (long) chunks.length * SLOTS_PER_CHUNK) {
            if (used > Integer.MAX_VALUE - SLOTS_PER_CHUNK) {
                throw new IllegalStateException("page slab of " + pageBytes + "-byte pages is full");
            }
            long[] grown = java.util.Arrays.copyOf(chunks, chunks.length + 1);
            grown[chunks.length] = UNSAFE.allocateMemory((long) SLOTS_PER_CHUNK * pageBytes);
            chunks = grown;
        }
        return used++;
    }

    /** Frees every handed-out slot not set in {@code live}. */
    void sweep(BitSet live) {
        java.util.BitSet isFree = new java.util.BitSet(used);
        for (int i = 0; i < freeCount; i++) {
            isFree.set(free[i]);
        }
        for (int s = 0; s < used; s++) {
            if (!live.get(s) && !isFree.get(s)) {
                if (freeCount == free.length) {
                    free = java.util.Arrays.copyOf(free, free.length * 2);
                }
                free[freeCount++] = s;
            }
        }
    }

    /** Bytes taken from the operating system. */
    long allocatedBytes() {
        return (long) chunks.length * SLOTS_PER_CHUNK * pageBytes;
    }

    /** Slots handed out at least once (the high-water mark). */
    int handedOut() {
        return used;
    }

    /** Slots referenced or not yet swept. */
    int slotsInUse() {
        return used - freeCount;
    }

    /** Gives all memory back; no slot may be read afterwards. */
    void close() {
        for (long c : chunks) {
            UNSAFE.freeMemory(c);
        }
        chunks = new long[0];
        used = 0;
        freeCount = 0;
    }
}
