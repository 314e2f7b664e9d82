package com.gridwall.feed.sim;

import com.gridwall.domain.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Runs a {@link Simulator} against a {@link SimClock} on its own thread: every event is released
 * when the clock reaches its time, in chunks of at most {@code chunkRows}. Events the clock
 * already passed (history, or a restart on a pinned timeline) come out at once, as fast as the
 * consumer takes them. Thread-safe start/stop; the consumer is called on the pump thread only.
 */
public final class SimulatorPump implements AutoCloseable {
    static final long TICK_MS = 5;
    private final Simulator simulator;
    private final SimClock clock;
    private final LongSupplier wallClock;
    private final Consumer<List<Event>> consumer;
    private final int chunkRows;
    private final long limit;
    private final long skipThrough;
    private final Thread thread;
    private volatile boolean running;
    private volatile boolean caughtUp;

    /**
     * @param limit       stop after this many events (Long.MAX_VALUE for no limit)
     * @param skipThrough generate but do not deliver events with seq ≤ this (resume after a restart)
     */
    public SimulatorPump(Simulator simulator, SimClock clock, LongSupplier wallClock, Consumer<List<Event>> consumer,
                         int chunkRows, long limit, long skipThrough, String threadName) {
        this.simulator = simulator;
        this.clock = clock;
        this.wallClock = wallClock;
        this.consumer = consumer;
        this.chunkRows = chunkRows;
        this.limit = limit;
        this.skipThrough = skipThrough;
        this.thread = new Thread(this::run, threadName);
        this.thread.setDaemon(true);
    }

    public void start() {
        running = true;
        thread.start();
    }

    public SimClock clock() {
        return clock;
    }

    private void run() {
        List<Event> chunk = new ArrayList<>(chunkRows);
        while (running && simulator.lastSeq() < limit) {
            long simNow = clock.simAt(wallClock.getAsLong());
            int room = (int) Math.min(chunkRows, limit - simulator.lastSeq());
            chunk.clear();
            simulator.generateUntil(simNow, room, chunk);
            if (!chunk.isEmpty()) {
                deliver(chunk);
                if (chunk.size() == room) {
                    continue; // behind the clock (history): no pause
                }
            }
            caughtUp = true; // everything due so far is out
            // live: release what fell due every TICK_MS at most, so 10k events/s travel as ~50-row
            // batches rather than thousands of tiny ones (per-batch costs dominate tiny batches)
            long dueWall = clock.wallAt(simulator.nextEventTime());
            long sleep = Math.max(TICK_MS, Math.min(20, dueWall - wallClock.getAsLong()));
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void deliver(List<Event> chunk) {
        if (chunk.get(chunk.size() - 1).seq() <= skipThrough) {
            return;
        }
        if (chunk.get(0).seq() <= skipThrough) {
            consumer.accept(new ArrayList<>(chunk.subList((int) (skipThrough - chunk.get(0).seq() + 1), chunk.size())));
            return;
        }
        consumer.accept(chunk);
    }

    /** True once every event due by the clock (all history) has been delivered at least once. */
    public boolean caughtUp() {
        return caughtUp || simulator.lastSeq() >= limit;
    }

    /** True once the limit is reached and the last chunk delivered. */
    public boolean finished() {
        return simulator.lastSeq() >= limit;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
