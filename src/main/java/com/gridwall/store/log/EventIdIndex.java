package com.gridwall.store.log;

import org.apache.arrow.memory.ArrowBuf;

/**
 * The set of applied event ids, for exact deduplication: open addressing on a 64-bit hash of the
 * utf8 bytes, each slot holding the hash and the log row that holds the id side by side (one
 * cache line per probe), the bytes compared on a hash hit. For rows already dropped by retention
 * only the 64-bit hash can be compared (see docs/arch-store.md). Single writer.
 */
public final class EventIdIndex {
    /** slots[2k] = hash, slots[2k+1] = row + 1 (0 = empty). */
    private long[] slots = new long[2 << 12];
    private int size;

    /** True if an event with these id bytes was already applied. */
    public boolean contains(EventLog log, ArrowBuf buf, long start, int len, long hash) {
        long[] s = slots;
        int mask = (s.length >>> 1) - 1;
        long first = log.firstRow();
        for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
            long rowPlus = s[2 * slot + 1];
            if (rowPlus == 0) {
                return false;
            }
            if (s[2 * slot] == hash && (rowPlus - 1 < first || log.eventIdEquals(rowPlus - 1, buf, start, len))) {
                return true;
            }
        }
    }

    /** Compares the id bytes stored for a log row with the given bytes. */
    public interface RowIds {
        boolean sameId(long row, ArrowBuf buf, long start, int len);
    }

    /**
     * The same as {@link #contains(EventLog, ArrowBuf, long, int, long)} with the bytes of a hit
     * compared by {@code ids} (rows below {@code firstRow} are matched by the hash alone): the
     * append pipeline compares rows of the batch in flight against the batch itself.
     */
    public boolean contains(long hash, long firstRow, RowIds ids, ArrowBuf buf, long start, int len) {
        long[] s = slots;
        int mask = (s.length >>> 1) - 1;
        for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
            long rowPlus = s[2 * slot + 1];
            if (rowPlus == 0) {
                return false;
            }
            if (s[2 * slot] == hash && (rowPlus - 1 < firstRow || ids.sameId(rowPlus - 1, buf, start, len))) {
                return true;
            }
        }
    }

    /**
     * Reads the home slot of a hash and returns what it holds (meaningless). The append loop calls
     * it a few rows ahead, so that the cache miss of a later row's lookup is already in flight
     * while the current row is processed: a software prefetch in plain Java.
     */
    public long touch(long hash) {
        long[] s = slots;
        return s[2 * ((int) hash & ((s.length >>> 1) - 1)) + 1];
    }

    public void add(long hash, long row) {
        if ((size + 1) * 4L > (slots.length >>> 1) * 3L) {
            rehash(slots.length * 2);
        }
        place(slots, hash, row + 1);
        size++;
    }

    public int size() {
        return size;
    }

    private static void place(long[] s, long hash, long rowPlus) {
        int mask = (s.length >>> 1) - 1;
        int slot = (int) hash & mask;
        while (s[2 * slot + 1] != 0) {
            slot = (slot + 1) & mask;
        }
        s[2 * slot] = hash;
        s[2 * slot + 1] = rowPlus;
    }

    private void rehash(int length) {
        long[] old = slots;
        long[] s = new long[length];
        for (int i = 0; i < old.length; i += 2) {
            if (old[i + 1] != 0) {
                place(s, old[i], old[i + 1]);
            }
        }
        slots = s;
    }
}
