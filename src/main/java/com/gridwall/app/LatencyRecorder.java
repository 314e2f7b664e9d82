package com.gridwall.app;

import java.util.Arrays;

/**
 * Latencies in milliseconds, kept whole so percentiles are exact. Written by the ingest writer
 * thread, read after the run. Thread-safe (synchronized).
 */
final class LatencyRecorder {
    private double[] values = new double[1 << 16];
    private int n;

    synchronized void add(double ms) {
        if (n == values.length) {
            values = Arrays.copyOf(values, n * 2);
        }
        values[n++] = ms;
    }

    synchronized int count() {
        return n;
    }

    /** The q-quantile (0..1), nearest rank. */
    synchronized double quantile(double q) {
        if (n == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return sorted[Math.min(n - 1, (int) Math.ceil(q * n) - 1 < 0 ? 0 : (int) Math.ceil(q * n) - 1)];
    }
}
