package com.gridwall.app;

import java.util.Arrays;

/** Frame times of one benchmark run, in milliseconds, and their summary. */
final class FrameTimes {
    private final double[] ms;
    private int n;

    FrameTimes(int capacity) {
        ms = new double[capacity];
    }

    void add(long nanos) {
        ms[n++] = nanos / 1e6;
    }

    double percentile(double p) {
        double[] sorted = Arrays.copyOf(ms, n);
        Arrays.sort(sorted);
        int idx = (int) Math.ceil(p / 100.0 * n) - 1;
        return sorted[Math.max(0, Math.min(n - 1, idx))];
    }

    double mean() {
        return Arrays.stream(ms, 0, n).average().orElse(0);
    }

    double max() {
        return Arrays.stream(ms, 0, n).max().orElse(0);
    }

    int count() {
        return n;
    }

    String summary() {
        return String.format(java.util.Locale.ROOT, "frames=%d mean_ms=%.2f p50_ms=%.2f p95_ms=%.2f max_ms=%.2f",
                n, mean(), percentile(50), percentile(95), max());
    }
}
