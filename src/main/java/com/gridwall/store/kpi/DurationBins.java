package com.gridwall.store.kpi;

/**
 * Log-linear bins for durations in whole seconds, so that median and p90 can be kept
 * incrementally per unit and window: exact below 8 s, then 4 bins per doubling (each bin at most
 * 25% wide), capped at 2^24 s (194 days). A quantile is reported as the lower edge of the bin that
 * holds the exact nearest-rank quantile, which a brute-force computation reproduces exactly.
 */
public final class DurationBins {
    public static final int EXACT = 8;
    public static final int SUB = 4;
    public static final int MAX_EXP = 24;
    public static final int COUNT = EXACT + (MAX_EXP - 3) * SUB;

    private DurationBins() {
    }

    public static int bin(long seconds) {
        if (seconds < EXACT) {
            return (int) Math.max(seconds, 0);
        }
        int e = 63 - Long.numberOfLeadingZeros(seconds);
        if (e >= MAX_EXP) {
            return COUNT - 1;
        }
        int sub = (int) (seconds >>> (e - 2)) & (SUB - 1);
        return EXACT + (e - 3) * SUB + sub;
    }

    /** The smallest duration (seconds) that falls into {@code bin}. */
    public static long lowerEdge(int bin) {
        if (bin < EXACT) {
            return bin;
        }
        int k = bin - EXACT;
        int e = k / SUB + 3;
        int sub = k % SUB;
        return (long) (SUB + sub) << (e - 2);
    }

    /** Nearest rank of quantile q in n values: the smallest rank r (1-based) with r ≥ q·n. */
    public static long rank(double q, long n) {
        return Math.max(1, (long) Math.ceil(q * n - 1e-9));
    }
}
