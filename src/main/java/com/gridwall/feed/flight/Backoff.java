package com.gridwall.feed.flight;

import java.util.SplittableRandom;

/**
 * Exponential backoff with jitter: attempt k waits a random time between half and all of
 * min(max, base·2^k), so many walls reconnecting to a restarted server do not arrive in step.
 * Not thread-safe: owned by the reconnect loop.
 */
public final class Backoff {
    private final long baseMs;
    private final long maxMs;
    private final SplittableRandom random;
    private int attempt;

    public Backoff(long baseMs, long maxMs, long seed) {
        if (baseMs <= 0 || maxMs < baseMs) {
            throw new IllegalArgumentException("need 0 < base <= max, got " + baseMs + ", " + maxMs);
        }
        this.baseMs = baseMs;
        this.maxMs = maxMs;
        this.random = new SplittableRandom(seed);
    }

    /** The wait before the next attempt; each call doubles the ceiling up to max. */
    public long next() {
        long ceiling = Math.min(maxMs, baseMs << Math.min(attempt, 30));
        attempt++;
        return ceiling / 2 + random.nextLong(ceiling / 2 + 1);
    }

    /** After a good connection: start small again. */
    public void reset() {
        attempt = 0;
    }
}
