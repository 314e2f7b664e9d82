package com.gridwall.app;

import com.gridwall.domain.Event;
import com.gridwall.feed.decode.EventRows;
import com.gridwall.feed.sim.Scenario;
import com.gridwall.feed.sim.SimConfig;
import com.gridwall.feed.sim.Simulator;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.index.GridLocator;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The feed of {@code bench wall}: the simulator writing into a real {@link EventStore} at exactly
 * {@code rate} events per real second, counted, not timed by the simulated clock.
 *
 * <p>Why not {@link SimulatedStore}: it releases events when a compressed simulated clock reaches them,
 * and the simulator's rate is the mean over a whole simulated day in steady state. The earlier bench
 * measured about 3.2k of 10k events/s with it. The likely reasons (from the simulator's design, not
 * measured one by one): a few simulated hours after its start most incidents are young, so their later
 * lifecycle steps (dispatch ... close, four of about five events per incident, spread over a ~40 h
 * life) have not come yet, and the daily curve is below its mean in the night hours. Here the simulator
 * is asked for "the next N events" every 5 ms with N = rate x elapsed - delivered, so simulated time
 * runs as fast as it must for the store to receive {@code rate} events/s whatever the hour.
 *
 * <p>First {@code historyHours} of simulated history go in at once (the wall's open incidents and its
 * 10,000 live markers). The store's clock is the simulated time of the newest delivered event.
 * Thread-safe; close it to stop the feed and release the Arrow memory (the allocator ends at zero).
 */
final class BenchWallFeed implements AutoCloseable {
    private static final long TICK_MS = 5;
    private static final long HOUR = 3_600_000L;

    private final BufferAllocator allocator = new RootAllocator();
    private final VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator);
    private final Simulator simulator;
    private final EventStore store;
    private final double rate;
    private final Thread pump;
    private final AtomicLong appended = new AtomicLong();
    /** The simulated time of the newest delivered event: the store's clock. */
    private final WalkingClock simNow;
    private volatile boolean running = true;

    BenchWallFeed(GridMap map, long seed, double rate, double historyHours) {
        this.rate = rate;
        long now = System.currentTimeMillis();
        long simStart = now - (long) (historyHours * HOUR);
        simulator = new Simulator(SimConfig.of(seed, Scenario.NORMAL, rate, 1, simStart), map.directory());
        simNow = new WalkingClock(simStart);
        store = new EventStore(allocator, map.directory(), GridLocator.forMap(map), simNow,
                StoreConfig.defaults().withPublishEveryMillis(WallRuntime.PUBLISH_EVERY_MILLIS));
        // history: everything up to "now" of the simulated day, as fast as the store takes it
        List<Event> chunk = new ArrayList<>(4096);
        while (simulator.generateUntil(now, 4096, chunk) > 0) {
            append(chunk);
            chunk.clear();
        }
        simNow.set(Math.max(simNow.get(), now));
        store.tick();
        pump = new Thread(this::run, "bench-wall-feed");
        pump.setDaemon(true);
    }

    BenchWallFeed start() {
        pump.start();
        return this;
    }

    private void run() {
        List<Event> chunk = new ArrayList<>();
        long t0 = System.nanoTime();
        long delivered = 0;
        long lastTick = t0;
        while (running) {
            long t = System.nanoTime();
            long due = (long) ((t - t0) / 1e9 * rate) - delivered;
            if (due > 0) {
                chunk.clear();
                // never ask for more than a second's worth at once: a stalled machine catches up in steps
                int n = simulator.generateUntil(Long.MAX_VALUE, (int) Math.min(due, Math.max(1, (long) rate)), chunk);
                append(chunk);
                delivered += n;
            }
            if (t - lastTick >= 200_000_000L) {
                store.tick(); // windows roll and deadlines pass while events arrive
                lastTick = t;
            }
            try {
                Thread.sleep(TICK_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void append(List<Event> events) {
        if (!running || events.isEmpty()) {
            return;
        }
        EventRows.write(events, root);
        store.append(root);
        simNow.set(Math.max(simNow.get(), events.get(events.size() - 1).ts()));
        appended.addAndGet(events.size());
    }

    EventStore store() {
        return store;
    }

    /** Events appended to the store so far (history included). */
    long appended() {
        return appended.get();
    }

    @Override
    public void close() {
        running = false;
        pump.interrupt();
        try {
            pump.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            store.close();
            root.close();
        }
        allocator.close();
    }
}
