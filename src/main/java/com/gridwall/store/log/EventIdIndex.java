package com.gridwall.store.log;

import java.util.Arrays;
import org.apache.arrow.memory.ArrowBuf;

/**
 * The set of applied event ids, for exact deduplication: open addressing on a 64-bit hash of the
 * utf8 bytes, each slot pointing at the log row that holds the id, compared byte for byte on a
 * hash hit. For rows already dropped by retention only the 64-bit hash can be compared (see
 * docs/arch-store.md). Single writer.
 */
public final class EventIdIndex {
    private long[] hashes = new long[1 << 12];
    private int[] rows = new int[1 << 12];
    private int size;

    public EventIdIndex() {
        Arrays.fill(rows, -1);
    }

    /** True if an event with these id bytes was already applied. */
    public boolean contains(EventLog log, ArrowBuf buf, long start, int len, long hash) {
        int mask = rows.length - 1;
        long first = log.firstRow();
        for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
            int row = rows[slot];
            if (row < 0) {
                return false;
            }
            if (hashes[slot] == hash && (row < first || log.eventIdEquals(row, buf, start, len))) {
                return true;
            }
        }
    }

    public void add(long hash, long row) {
        if ((size + 1) * 4L > rows.length * 3L) {
            rehash(rows.length * 2);
        }
        place(hash, row);
        size++;
    }

    public int size() {
        return size;
    }

    private void place(long hash, long row) {
        int mask = rows.length - 1;
        int slot = (int) hash & mask;
        while (rows[slot] >= 0) {
            slot = (slot + 1) & mask;
        }
        rows[slot] = (int) row;
        hashes[slot] = hash;
    }

    private void rehash(int capacity) {
        long[] oh = hashes;
        int[] or = rows;
        hashes = new long[capacity];
        rows = new int[capacity];
        Arrays.fill(rows, -1);
        for (int i = 0; i < or.length; i++) {
            if (or[i] >= 0) {
                place(oh[i], or[i]);
            }
        }
    }
}
