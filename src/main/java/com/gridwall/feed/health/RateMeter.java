package com.gridwall.feed.health;

/**
 * Events per second over the last few whole seconds (the current, partial second excluded so the
 * figure does not dip every second). Thread-safe.
 */
public final class RateMeter {
    private static final int WINDOW = 5;
    private final long[] counts = new long[WINDOW + 1];
    private final long[] seconds = new long[WINDOW + 1];

    public synchronized void add(long events, long nowMs) {
        long sec = nowMs / 1000;
        int i = (int) (sec % counts.length);
        if (seconds[i] != sec) {
            seconds[i] = sec;
            counts[i] = 0;
        }
        counts[i] += events;
    }

    public synchronized double perSecond(long nowMs) {
        long sec = nowMs / 1000;
        long sum = 0;
        int n = 0;
        for (long s = sec - WINDOW; s < sec; s++) {
            int i = (int) (Math.floorMod(s, counts.length));
            if (seconds[i] == s) {
                sum += counts[i];
            }
            n++;
        }
        return n == 0 ? 0 : sum / (double) n;
    }
}
