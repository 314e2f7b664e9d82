package com.gridwall.feed.sim;

/**
 * Maps wall-clock time to simulated time: sim = simStart + (wall - wallStart) * compression.
 * Pinning wallStart lets a restarted server continue the same timeline. Immutable.
 */
public record SimClock(long wallStartMs, long simStartMs, double compression) {
    public long simAt(long wallMs) {
        return simStartMs + (long) ((wallMs - wallStartMs) * compression);
    }

    /** The wall instant at which an event of simulated time {@code simMs} is due. */
    public long wallAt(long simMs) {
        return wallStartMs + (long) Math.ceil((simMs - simStartMs) / compression);
    }

    public static SimClock of(SimConfig cfg, long wallStartMs) {
        return new SimClock(wallStartMs, cfg.simStartMs(), cfg.effectiveCompression());
    }
}
