package com.gridwall.app;


/**
 * A store clock that walks with history while it is filled ({@link #set}), then, once
 * {@link #goLive()} is called, follows the machine's time. China time zone. Thread-safe.
 */
final class WalkingClock extends ShanghaiClock {
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
}
