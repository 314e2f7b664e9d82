package com.gridwall.app;

import com.gridwall.store.StoreConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A store clock that walks with history while it is filled ({@link #set}), then, once
 * {@link #goLive()} is called, follows the machine's time. China time zone. Thread-safe.
 */
final class WalkingClock extends Clock {
    private volatile long ms;
    private volatile boolean live;

    WalkingClock(long startMs) {
        this.ms = startMs;
    }

    void set(long epochMs) {
        ms = epochMs;
    }

    long get() {
        return live ? System.currentTimeMillis() : ms;
    }

    void goLive() {
        live = true;
    }

    @Override
    public long millis() {
        return get();
    }

    @Override
    public ZoneId getZone() {
        return StoreConfig.SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(get());
    }
}
