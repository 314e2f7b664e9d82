package com.gridwall.ui.timeline;

/**
 * Events per time bin for the timeline's histogram, as a primitive array (drawn on one canvas, no
 * node per bin). Bin i covers [startMs + i*binMs, startMs + (i+1)*binMs). Immutable: the array is
 * copied in and never handed out.
 */
public final class DensityBins {
    private final long startMs;
    private final long binMs;
    private final long[] counts;
    private final long max;

    public DensityBins(long startMs, long binMs, long[] counts) {
        if (binMs <= 0) {
            throw new IllegalArgumentException("bin width must be positive: " + binMs);
        }
        this.startMs = startMs;
        this.binMs = binMs;
        this.counts = counts.clone();
        long m = 0;
        for (long c : counts) {
            m = Math.max(m, c);
        }
        this.max = m;
    }

    public static DensityBins empty() {
        return new DensityBins(0, 1, new long[0]);
    }

    public long startMs() {
        return startMs;
    }

    public long binMs() {
        return binMs;
    }

    public int bins() {
        return counts.length;
    }

    public long count(int bin) {
        return counts[bin];
    }

    public long max() {
        return max;
    }
}
