package com.gridwall.store;

import java.util.Arrays;

/**
 * Working arrays of the seek backfills ({@link TrendBackfill}, {@link TileBackfill}), kept by a
 * store between seeks: every seek needs about 7 MB of them, and allocating that afresh each time
 * brought the young collections (and their pauses) that the slowest seeks paid for. Not part of
 * a store's state: images and in-memory copies skip it, and a restored store keeps its own.
 * Not thread-safe: used under the store's lock, where the trend's arrays ({@link #trendRows},
 * {@link #marks}) and the tiles' ({@link #tileBlocks}) are each used by one thread while the two
 * backfills run side by side.
 */
final class BackfillScratch {
    private int[][] trend = new int[8][0];
    private long[] marks = new long[0];
    private long[][] tileBlocks = new long[0][];

    /** Trend difference row set k (0 to 7) of at least {@code length} ints, zeroed. */
    int[] trendRows(int k, int length) {
        if (trend[k].length < length) {
            trend[k] = new int[length];
        } else {
            Arrays.fill(trend[k], 0, length, 0);
        }
        return trend[k];
    }

    /**
     * A bit set over {@code bits} incidents, all clear; whoever reads it clears the words it
     * read (so that the next use finds it clear without a pass over all of it).
     */
    long[] marks(int bits) {
        int words = (bits + 63) >>> 6;
        if (marks.length < words) {
            marks = new long[words];
        }
        return marks;
    }

    /** {@code units} counter blocks of {@code slots} longs, zeroed. */
    long[][] tileBlocks(int units, int slots) {
        if (tileBlocks.length != units || (units > 0 && tileBlocks[0].length != slots)) {
            tileBlocks = new long[units][slots];
        } else {
            for (long[] b : tileBlocks) {
                Arrays.fill(b, 0);
            }
        }
        return tileBlocks;
    }
}
