package com.gridwall.store.state;

import java.util.Arrays;

/** A binary min-heap of (deadline, incident) pairs in primitive arrays; stale entries are skipped by the caller. */
public final class DeadlineHeap {
    private long[] keys = new long[1024];
    private int[] vals = new int[1024];
    private int size;

    public void push(long key, int val) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            vals = Arrays.copyOf(vals, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (keys[p] <= key) {
                break;
            }
            keys[i] = keys[p];
            vals[i] = vals[p];
            i = p;
        }
        keys[i] = key;
        vals[i] = val;
    }

    /** Which entries {@link #retain} keeps. */
    public interface Keep {
        boolean test(long key, int val);
    }

    /** Drops every entry {@code keep} rejects (asked once per entry, in array order) and restores the heap order. */
    public void retain(Keep keep) {
        int n = 0;
        for (int k = 0; k < size; k++) {
            if (keep.test(keys[k], vals[k])) {
                keys[n] = keys[k];
                vals[n] = vals[k];
                n++;
            }
        }
        size = n;
        for (int i = (n >>> 1) - 1; i >= 0; i--) {
            siftDown(i, keys[i], vals[i]);
        }
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    public long peekKey() {
        return keys[0];
    }

    public int peekVal() {
        return vals[0];
    }

    public void pop() {
        long key = keys[--size];
        int val = vals[size];
        siftDown(0, key, val);
    }

    private void siftDown(int i, long key, int val) {
        int half = size >>> 1;
        while (i < half) {
            int c = 2 * i + 1;
            if (c + 1 < size && keys[c + 1] < keys[c]) {
                c++;
            }
            if (key <= keys[c]) {
                break;
            }
            keys[i] = keys[c];
            vals[i] = vals[c];
            i = c;
        }
        keys[i] = key;
        vals[i] = val;
    }
}
