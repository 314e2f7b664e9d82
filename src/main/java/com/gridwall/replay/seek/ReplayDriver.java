package com.gridwall.replay.seek;

import com.gridwall.replay.clock.ClockMode;
import com.gridwall.replay.clock.ReplayClock;
import com.gridwall.store.snapshot.WallSnapshot;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Follows the replay clock on its own thread: whenever the clock's position changes it rebuilds
 * the wall (playback steps forward incrementally, scrubbing seeks) and publishes the snapshot; the
 * FX thread pulls {@link #current()} once per frame. In live mode {@link #current()} is the live
 * store's snapshot, so going back to live shows everything that arrived meanwhile.
 * <p>Thread-safety: {@link #current()} and {@link #lastError()} from any thread; start/stop once.
 */
public final class ReplayDriver implements AutoCloseable {
    private final ReplaySession session;
    private final Supplier<WallSnapshot> live;
    private final long frameMillis;
    private final AtomicReference<WallSnapshot> replayed = new AtomicReference<>();
    private final AtomicReference<String> error = new AtomicReference<>();
    private volatile boolean running;
    private Thread thread;
    private Instant shown;

    /**
     * @param live        the live store's newest snapshot (e.g. {@code liveStore::snapshot})
     * @param frameMillis how often to follow the clock (e.g. 40 ms)
     */
    public ReplayDriver(ReplaySession session, Supplier<WallSnapshot> live, long frameMillis) {
        this.session = session;
        this.live = live;
        this.frameMillis = frameMillis;
    }

    public synchronized void start() {
        running = true;
        thread = new Thread(this::loop, "replay-driver");
        thread.setDaemon(true);
        thread.start();
    }

    /** What the wall should show now: the replayed instant in replay mode, else the live store's snapshot. */
    public WallSnapshot current() {
        WallSnapshot r = replayed.get();
        return session.clock().mode() == ClockMode.LIVE || r == null ? live.get() : r;
    }

    /** The last replay failure (e.g. a damaged journal), for the status line; null when fine. */
    public String lastError() {
        return error.get();
    }

    /** One step of the loop: rebuild if the clock moved. Public so tests and the snapshot command can drive it. */
    public void follow() {
        ReplayClock clock = session.clock();
        if (clock.mode() == ClockMode.LIVE) {
            shown = null;
            replayed.set(null);
            return;
        }
        Instant at = clock.position();
        if (at.equals(shown)) {
            return;
        }
        try {
            boolean forward = shown != null && clock.playing() && at.isAfter(shown);
            replayed.set(forward ? session.playTo(at) : session.seek(at));
            shown = at;
            error.set(null);
        } catch (Exception e) {
            error.set("replay at " + at + ": " + e.getMessage());
        }
    }

    private void loop() {
        while (running) {
            follow();
            try {
                Thread.sleep(frameMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public synchronized void close() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join();
        }
    }
}
