package com.gridwall.ui;

import java.util.concurrent.locks.LockSupport;

/**
 * Whether the toolkit is producing a frame right now: from the start of a pulse (the frame loop's tick)
 * until that pulse's frame has been presented, or until the pulse turned out to change nothing on screen.
 *
 * <p>Why: on a two-core wall PC a background painter (the map's 4K repaint) running beside a pulse
 * stretches it by half, even at the lowest scheduling priority: both cores are busy, and the pulse's
 * renderer shares caches and memory bandwidth with it. Painting in small steps that each wait here for
 * the frame to be out moves that work into the idle part of every 16.7 ms frame.
 *
 * <p>A pulse whose end is never signalled (a tick with no scene shown: snapshots, tests) counts as busy
 * for at most {@link #MAX_BUSY_NANOS} after its start, and pulses that keep starting without any end
 * signalled stop counting at all, so a waiting painter is delayed, never stopped.
 *
 * <p>Thread-safety: all methods may be called from any thread.
 */
public final class PulseActivity {
    /** Longest a pulse counts as busy without an end signal: two frames at 60 Hz. */
    static final long MAX_BUSY_NANOS = 33_000_000L;
    private static final long POLL_NANOS = 250_000L;

    /** Pulses in a row that started before the previous one ended, after which none counts as busy. */
    static final int UNANSWERED_LIMIT = 8;

    private final long maxBusyNanos;
    private volatile int unanswered; // written on the FX and renderer threads; a lost update only delays the fallback

    /** Start of the pulse in progress (System.nanoTime), or 0 when none is. */
    private volatile long busySince;
    private volatile long waits;
    private volatile long waitedNanos;

    public PulseActivity() {
        this(MAX_BUSY_NANOS);
    }

    /** @param maxBusyNanos how long a pulse without an end signal counts as busy (tests use a long one) */
    public PulseActivity(long maxBusyNanos) {
        this.maxBusyNanos = maxBusyNanos;
    }

    /** The pulse begins (FX thread, first thing of the animation phase). */
    public void pulseStarted() {
        long now = System.nanoTime();
        // a pulse starting while the one before is still unanswered: one frame in flight is normal,
        // a run of them means the end signals are not coming (no hook on this platform)
        unanswered = busySince != 0 ? unanswered + 1 : 0;
        busySince = now == 0 ? 1 : now;
    }

    /** The pulse's frame was presented, or the pulse rendered nothing. */
    public void frameDone() {
        busySince = 0;
        unanswered = 0;
    }

    /**
     * True while a pulse is being produced (bounded as described above). False while pulses keep
     * starting with no end signalled ({@link #UNANSWERED_LIMIT} in a row): at 60 Hz each would otherwise
     * restart the bound before it expires, and a waiting painter would never go on.
     */
    public boolean busy() {
        long s = busySince;
        return s != 0 && unanswered < UNANSWERED_LIMIT && System.nanoTime() - s < maxBusyNanos;
    }

    /**
     * Returns at once when no pulse is in progress; otherwise parks the calling (background) thread until
     * the frame is out or the pulse has been busy for {@link #MAX_BUSY_NANOS} (by default).
     */
    public void awaitQuiet() {
        if (!busy()) {
            return;
        }
        long t0 = System.nanoTime();
        while (busy()) {
            LockSupport.parkNanos(POLL_NANOS);
        }
        waits++; // one waiting thread: the map painter; a lost update only blurs a diagnostic
        waitedNanos += System.nanoTime() - t0;
    }

    /** Times a background thread waited for a pulse (diagnostics). */
    public long waits() {
        return waits;
    }

    /** Total time background threads waited for pulses, nanoseconds (diagnostics). */
    public long waitedNanos() {
        return waitedNanos;
    }
}
