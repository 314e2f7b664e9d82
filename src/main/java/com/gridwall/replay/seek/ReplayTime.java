package com.gridwall.replay.seek;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The "now" of a replay store: set by the seeker to the instant being reconstructed, so open,
 * overdue and the rolling windows are evaluated at that instant, not at the wall clock.
 * Thread-safe (volatile).
 */
public final class ReplayTime extends Clock {
    private volatile long millis;

    public ReplayTime(long millis) {
        this.millis = millis;
    }

    public void set(long ms) {
        this.millis = ms;
    }

    @Override
    public long millis() {
        return millis;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
