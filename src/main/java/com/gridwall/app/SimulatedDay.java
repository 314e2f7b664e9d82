package com.gridwall.app;

import com.gridwall.domain.Event;
import com.gridwall.feed.sim.Scenario;
import com.gridwall.feed.sim.SimConfig;
import com.gridwall.feed.sim.Simulator;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.index.GridLocator;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;

/**
 * A deterministic store for snapshots and tests: the simulator (seed S) plays from
 * {@link #SIM_START} (yesterday's midnight, China time) at a rate that spreads N events over
 * yesterday and today until about {@link #SIM_END}; the store's clock walks with the events and
 * stays at the last event's time. Same N and seed, same store, same picture. Not thread-safe (build it on one thread).
 */
final class SimulatedDay {
    static final Instant SIM_START = ZonedDateTime.parse("2026-11-25T00:00:00+08:00[Asia/Shanghai]").toInstant();
    static final Instant SIM_END = ZonedDateTime.parse("2026-11-26T15:30:00+08:00[Asia/Shanghai]").toInstant();
    private static final int CHUNK = 4096;

    private SimulatedDay() {
    }

    /** The store after the first {@code events} simulated events; its clock stays at the last one. */
    static EventStore build(GridMap map, long events, long seed, BufferAllocator allocator) {
        if (events < 0) {
            throw new IllegalArgumentException("--events must be >= 0, got " + events);
        }
        double seconds = (SIM_END.toEpochMilli() - SIM_START.toEpochMilli()) / 1000.0;
        // lifecycles run ~40 h, so a timeline starting empty emits only about 60% of the steady rate:
        // aim higher and stop at N, so the N-th event falls in the afternoon of the second day
        double rate = Math.max(1e-3, 1.7 * events / seconds);
        Simulator sim = new Simulator(SimConfig.of(seed, Scenario.NORMAL, rate, 1, SIM_START.toEpochMilli()), map.directory());
        List<Event> all = new ArrayList<>((int) Math.min(events, 10_000_000));
        long until = SIM_END.toEpochMilli();
        List<Event> chunk = new ArrayList<>();
        while (all.size() < events) {
            chunk.clear();
            sim.generateUntil(until, (int) Math.min(CHUNK, events - all.size()), chunk);
            if (chunk.isEmpty()) {
                until += 3_600_000; // fewer than N by the end of the day: keep going an hour at a time
            }
            all.addAll(chunk);
        }
        long nowMs = all.isEmpty() ? SIM_END.toEpochMilli() : all.get(all.size() - 1).ts();
        WalkingClock clock = new WalkingClock(all.isEmpty() ? nowMs : all.get(0).ts());
        EventStore store = new EventStore(allocator, map.directory(), GridLocator.forMap(map), clock,
                StoreConfig.defaults().withPublishEveryMillis(3_600_000));
        HistoryFill.fill(store, store, clock, all, nowMs, allocator);
        return store;
    }
}
