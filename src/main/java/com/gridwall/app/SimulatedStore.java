package com.gridwall.app;

import com.gridwall.domain.Event;
import com.gridwall.feed.decode.EventRows;
import com.gridwall.feed.sim.Scenario;
import com.gridwall.feed.sim.SimClock;
import com.gridwall.feed.sim.SimConfig;
import com.gridwall.feed.sim.Simulator;
import com.gridwall.feed.sim.SimulatorPump;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.index.GridLocator;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * A real {@link EventStore} fed by the simulator at {@code rate} events/s (wall clock) on its own
 * thread, with {@code historyHours} of simulated history delivered first, and ticked every 200 ms:
 * the live data of benchmarks, snapshots and tests without a feed server. The store's clock is the
 * simulator's clock, so deadlines and windows follow simulated time. Thread-safe; close it to stop
 * the feed and release the Arrow memory (the allocator must end at zero).
 */
final class SimulatedStore implements AutoCloseable {
    private final BufferAllocator allocator = new RootAllocator();
    private final VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator);
    private final EventStore store;
    private final SimulatorPump pump;
    private final Thread ticker;
    private final AtomicLong appended = new AtomicLong();
    private volatile boolean running = true;

    SimulatedStore(GridMap map, long seed, Scenario scenario, double rate, double historyHours) {
        long now = System.currentTimeMillis();
        SimConfig probe = SimConfig.of(seed, scenario, rate, 1, now);
        double compression = probe.effectiveCompression();
        long historyMs = (long) (historyHours * 3_600_000L);
        SimConfig cfg = SimConfig.of(seed, scenario, rate, compression, now - historyMs);
        SimClock clock = new SimClock(now - (long) (historyMs / compression), cfg.simStartMs(), compression);
        store = new EventStore(allocator, map.directory(), GridLocator.forMap(map), new SimTimeClock(clock),
                StoreConfig.defaults().withPublishEveryMillis(WallRuntime.PUBLISH_EVERY_MILLIS));
        pump = new SimulatorPump(new Simulator(cfg, map.directory()), clock, System::currentTimeMillis, this::append,
                2048, Long.MAX_VALUE, -1, "simulated-feed");
        ticker = new Thread(() -> {
            while (running) {
                store.tick();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "store-ticker");
        ticker.setDaemon(true);
    }

    SimulatedStore start() {
        pump.start();
        ticker.start();
        return this;
    }

    private synchronized void append(List<Event> events) {
        if (!running) {
            return;
        }
        EventRows.write(events, root);
        store.append(root);
        appended.addAndGet(events.size());
    }

    EventStore store() {
        return store;
    }

    long appended() {
        return appended.get();
    }

    boolean caughtUp() {
        return pump.caughtUp();
    }

    /** Waits until the simulated history has been delivered (at most {@code seconds}). */
    SimulatedStore awaitHistory(double seconds) throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (!pump.caughtUp() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        store.tick();
        return this;
    }

    @Override
    public void close() {
        running = false;
        pump.close();
        ticker.interrupt();
        try {
            ticker.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            store.close();
            root.close();
        }
        allocator.close();
    }

    /** The simulator's time as a java.time clock (what the store calls now). */
    private static final class SimTimeClock extends ShanghaiClock {
        private final SimClock clock;

        SimTimeClock(SimClock clock) {
            this.clock = clock;
        }

        @Override
        public long millis() {
            return clock.simAt(System.currentTimeMillis());
        }
    }
}
