package com.gridwall.replay.timeline;

/**
 * Events per time bin for the timeline, as primitive arrays so the UI can draw it without a node
 * per bin. Bin i covers [startMs + i*binMs, startMs + (i+1)*binMs). Immutable (arrays are copied out).
 */
public final class DensityHistogram {
    private final long startMs;
    private final long binMs;
    private final long[] counts;

    public DensityHistogram(long startMs, long binMs, long[] counts) {
        this.startMs = startMs;
        this.binMs = binMs;
        this.counts = counts.clone();
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

    /** A copy of the counts. */
    public long[] counts() {
        return counts.clone();
    }

    public long max() {
        long m = 0;
        for (long c : counts) {
            m = Math.max(m, c);
        }
        return m;
    }

    public long total() {
        long t = 0;
        for (long c : counts) {
            t += c;
        }
        return t;
    }
}
