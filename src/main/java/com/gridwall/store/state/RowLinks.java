package com.gridwall.store.state;

import java.util.Arrays;

/**
 * For each log row, the previous row of the same incident (-1 for its first): lets an incident's
 * events be refolded in (ts, seq) order when one arrives out of order. Paged int arrays, 4 bytes
 * per row, on the heap. Single writer.
 */
public final class RowLinks {
    private static final int PAGE_BITS = 16;
    private static final int PAGE = 1 << PAGE_BITS;
    private int[][] pages = new int[16][];

    public void set(long row, int prev) {
        int p = (int) (row >>> PAGE_BITS);
        if (p >= pages.length) {
            pages = Arrays.copyOf(pages, Math.max(p + 1, pages.length * 2));
        }
        if (pages[p] == null) {
            pages[p] = new int[PAGE];
        }
        pages[p][(int) (row & (PAGE - 1))] = prev;
    }

    public int get(long row) {
        return pages[(int) (row >>> PAGE_BITS)][(int) (row & (PAGE - 1))];
    }

    /** Frees pages wholly below {@code row} (after the log dropped them). */
    public void dropBelow(long row) {
        for (int p = 0; p < (int) (row >>> PAGE_BITS) && p < pages.length; p++) {
            pages[p] = null;
        }
    }
}
