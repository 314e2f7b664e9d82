package com.gridwall.store.kpi;

/**
 * The k-th highest count among packed keys ({@code count << 32 | payload}), by a primitive min-heap of
 * k counts: O(n log k) and no allocation beyond the heap, instead of sorting all n keys. Stateless.
 */
public final class TopCounts {
    private TopCounts() {
    }

    /** The k-th highest of the counts (high 32 bits) of {@code keys[0..n)}; requires 1 ≤ k ≤ n. */
    public static long kthHighest(long[] keys, int n, int k) {
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k=" + k + " outside 1.." + n);
        }
        long[] heap = new long[k];
        for (int i = 0; i < k; i++) {
            heap[i] = keys[i] >>> 32;
            up(heap, i);
        }
        for (int i = k; i < n; i++) {
            long c = keys[i] >>> 32;
            if (c > heap[0]) {
                heap[0] = c;
                down(heap, k);
            }
        }
        return heap[0];
    }

    private static void up(long[] h, int i) {
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (h[p] <= h[i]) {
                return;
            }
            long t = h[p];
            h[p] = h[i];
            h[i] = t;
            i = p;
        }
    }

    private static void down(long[] h, int size) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) {
                return;
            }
            int m = l + 1 < size && h[l + 1] < h[l] ? l + 1 : l;
            if (h[i] <= h[m]) {
                return;
            }
            long t = h[m];
            h[m] = h[i];
            h[i] = t;
            i = m;
        }
    }
}
