package com.gridwall.app;

import com.gridwall.domain.Event;
import com.gridwall.feed.decode.BatchValidator;
import com.gridwall.feed.decode.EventRows;
import com.gridwall.feed.decode.ValidatedBatch;
import com.gridwall.feed.sim.Scenario;
import com.gridwall.feed.sim.SimConfig;
import com.gridwall.feed.sim.Simulator;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.index.GridLocator;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * A deterministic store for snapshots and tests: the simulator (seed S) plays from
 * {@link #SIM_START} (yesterday's midnight, China time) at a rate that spreads N events over
 * yesterday and today until about {@link #SIM_END}; the store's clock is fixed at the last event's
 * time. Same N and seed, same store, same picture. Not thread-safe (build it on one thread).
 */
final class SimulatedDay {
    static final Instant SIM_START = ZonedDateTime.parse("2026-11-25T00:00:00+08:00[Asia/Shanghai]").toInstant();
    static final Instant SIM_END = ZonedDateTime.parse("2026-11-26T15:30:00+08:00[Asia/Shanghai]").toInstant();
    private static final int CHUNK = 4096;

    private SimulatedDay() {
    }

    /** The fill's clock: moved by hand to the events' time (China time zone). */
    private static final class WalkingClock extends Clock {
        private final java.util.concurrent.atomic.AtomicLong ms;

        WalkingClock(java.util.concurrent.atomic.AtomicLong ms) {
            this.ms = ms;
        }

        @Override
        public java.time.ZoneId getZone() {
            return StoreConfig.SHANGHAI;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(ms.get());
        }
    }

    /** The store after the first {@code events} simulated events; its clock is fixed at the last one. */
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
        // the store's clock walks with the events, a tick per minute, as on a wall that ran through
        // them: the trend's open/overdue samples and the tiles' same-time-yesterday samples exist
        java.util.concurrent.atomic.AtomicLong clockMs = new java.util.concurrent.atomic.AtomicLong(
                all.isEmpty() ? nowMs : all.get(0).ts());
        EventStore store = new EventStore(allocator, map.directory(), GridLocator.forMap(map),
                new WalkingClock(clockMs), StoreConfig.defaults().withPublishEveryMillis(3_600_000));
        BatchValidator validator = new BatchValidator(allocator);
        long lastSeen = -1;
        int from = 0;
        while (from < all.size()) {
            long minuteEnd = (all.get(from).ts() / 60_000 + 1) * 60_000;
            // minutes with no event are sampled too
            for (long m = (clockMs.get() / 60_000 + 1) * 60_000; m < minuteEnd - 60_000; m += 60_000) {
                clockMs.set(m);
                store.advanceClock();
            }
            int to = from;
            while (to < all.size() && to - from < CHUNK && all.get(to).ts() < minuteEnd) {
                to++;
            }
            clockMs.set(Math.min(nowMs, Math.max(clockMs.get(), all.get(to - 1).ts())));
            try (VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator)) {
                EventRows.write(all.subList(from, to), root);
                try (ValidatedBatch vb = validator.validate(root, lastSeen, true)) {
                    lastSeen = vb.lastSeenSeq();
                    store.append(vb.root());
                }
            }
            from = to;
        }
        clockMs.set(nowMs);
        store.tick();
        return store;
    }
}
