package com.gridwall.replay.seek;

import com.gridwall.replay.clock.ClockMode;
import com.gridwall.replay.clock.ReplayClock;
import com.gridwall.replay.analysis.IncidentFilter;
import com.gridwall.store.snapshot.WallSnapshot;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Follows the replay clock on its own thread: whenever the clock's position changes it rebuilds
 * the wall (playback steps forward incrementally, scrubbing seeks) and publishes the snapshot; the
 * FX thread pulls {@link #current()} once per frame. In live mode {@link #current()} is the live
 * store's snapshot, so going back to live shows everything that arrived meanwhile.
 * <p>With an analyst filter set ({@link #setFilter}) each new instant is rebuilt by
 * {@link ReplaySession#seekFiltered} instead (the filter is a function of the instant: its period
 * ends there); until the first filtered build is done the previous picture stays and
 * {@link #filterState()} says {@link FilterState#BUILDING}.
 * <p>Thread-safety: {@link #current()}, {@link #lastError()}, {@link #setFilter} and
 * {@link #filterState()} from any thread; start/stop once.
 */
public final class ReplayDriver implements AutoCloseable {
    private final ReplaySession session;
    private final Supplier<WallSnapshot> live;
    private final long frameMillis;
    private final AtomicReference<WallSnapshot> replayed = new AtomicReference<>();
    private final AtomicReference<String> error = new AtomicReference<>();
    private final AtomicReference<Function<Instant, IncidentFilter>> filter = new AtomicReference<>();
    private volatile Function<Instant, IncidentFilter> shownFilter;
    private volatile Function<Instant, IncidentFilter> failedFilter;
    private Instant failedAt;
    private volatile boolean running;
    private Thread thread;
    private Instant shown;

    /** Where the wall stands with the analyst filter. */
    public enum FilterState { OFF, BUILDING, ON, FAILED }

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

    /**
     * Filters the replayed wall: {@code f} gives the filter for an instant (compared with equals,
     * so an equal filter set again does not rebuild); null shows every incident again.
     */
    public void setFilter(Function<Instant, IncidentFilter> f) {
        filter.set(f);
    }

    /** The filter last set (null: none). */
    public Function<Instant, IncidentFilter> filter() {
        return filter.get();
    }

    /**
     * OFF when no filter is set, BUILDING while the wall still shows another filter's (or the
     * unfiltered) picture, ON when it shows the filter set, FAILED when building it failed
     * ({@link #lastError()} says why).
     */
    public FilterState filterState() {
        Function<Instant, IncidentFilter> want = filter.get();
        if (want != null && want.equals(failedFilter)) {
            return FilterState.FAILED;
        }
        if (!Objects.equals(want, shownFilter)) {
            return FilterState.BUILDING;
        }
        return want == null ? FilterState.OFF : FilterState.ON;
    }

    /** One step of the loop: rebuild if the clock or the filter moved. Public so tests and the snapshot command can drive it. */
    public void follow() {
        ReplayClock clock = session.clock();
        if (clock.mode() == ClockMode.LIVE) {
            shown = null;
            replayed.set(null);
            shownFilter = filter.get(); // live ignores the filter: nothing to build
            return;
        }
        Instant at = clock.position();
        Function<Instant, IncidentFilter> f = filter.get();
        if (at.equals(shown) && Objects.equals(f, shownFilter) && replayed.get() != null) {
            return;
        }
        if (f != null && f.equals(failedFilter) && at.equals(failedAt)) {
            return; // the same filtered build failed already: wait for another instant or filter
        }
        try {
            if (f != null) {
                replayed.set(session.seekFiltered(at, f.apply(at)));
            } else {
                boolean forward = shown != null && shownFilter == null && clock.playing() && at.isAfter(shown);
                replayed.set(forward ? session.playTo(at) : session.seek(at));
            }
            shown = at;
            shownFilter = f;
            failedFilter = null;
            error.set(null);
        } catch (Exception e) {
            failedFilter = f;
            failedAt = at;
            error.set("replay at " + at + (f != null ? " (filtered)" : "") + ": " + e.getMessage());
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
