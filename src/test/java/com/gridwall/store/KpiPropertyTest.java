package com.gridwall.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Category;
import com.gridwall.domain.Event;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.domain.UnitInfo;
import com.gridwall.store.kpi.DurationBins;
import com.gridwall.store.snapshot.Durations;
import com.gridwall.store.snapshot.Hotspot;
import com.gridwall.store.snapshot.Kpis;
import com.gridwall.store.snapshot.OverdueIncident;
import com.gridwall.store.snapshot.UnitKpis;
import com.gridwall.store.snapshot.WallSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every KPI of every unit and window, compared with a brute-force recomputation from the raw
 * event list, over random sequences with out-of-order arrival, duplicates, reopenings and
 * missing grids, while the clock moves between batches; plus as-of queries and order-independence.
 */
class KpiPropertyTest {
    static final long T0 = EventStoreTest.T0;
    static final long H = 3_600_000L;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void everyKpiMatchesBruteForce(long seed) {
        List<Event> arrival = new EventGenerator(seed).generate(400, T0 - 9 * 24 * H, T0 + 5 * H);
        List<Event> accepted = KpiOracle.dedup(arrival);
        UnitDirectory dir = TestMap.directory();
        StoreConfig base = StoreConfig.defaults();
        StoreConfig config = new StoreConfig(base.zone(), base.maxEvents(), base.recentLimit(), base.overdueLimit(),
                base.markerLimit(), 2, seed % 3 == 0 ? 3 : 10_000, 0); // a short hotspot list cuts through ties
        Random rnd = new Random(seed);
        try (RootAllocator allocator = new RootAllocator()) {
            // even seeds start the clock at 23:00 local time, so the windows roll over midnight
            MutableClock clock = new MutableClock(seed % 2 == 0 ? T0 + 13 * H : T0);
            long h1;
            long finalNow;
            try (EventStore store = new EventStore(allocator, dir, TestMap.resolver(), clock, config);
                 VectorSchemaRoot root = EventBatches.create(allocator)) {
                int duplicates = 0;
                for (int k = 0; k < arrival.size(); ) {
                    int n = Math.min(arrival.size() - k, 1 + rnd.nextInt(60));
                    EventBatches.fill(root, arrival.subList(k, k + n));
                    duplicates += store.append(root).duplicates();
                    k += n;
                    clock.advance(rnd.nextInt(8) * 60_000L + rnd.nextInt(60_000));
                    if (rnd.nextInt(5) == 0) {
                        store.tick();
                    }
                }
                store.tick();
                WallSnapshot s = store.snapshot();
                assertEquals(arrival.size() - accepted.size(), duplicates);
                assertEquals(duplicates, s.duplicates());
                assertEquals(accepted.size(), s.events());
                Map<String, KpiOracle.Inc> incs = KpiOracle.fold(accepted, Long.MAX_VALUE, TestMap.resolver());
                compare(s, incs, dir, clock.millis(), config);
                h1 = store.stateHash();
                finalNow = clock.millis();

                for (long at : new long[] {T0 - 3 * 24 * H, T0 - 5 * H, T0 + 2 * H}) {
                    WallSnapshot past = store.asOf(Instant.ofEpochMilli(at));
                    compare(past, KpiOracle.fold(accepted, at, TestMap.resolver()), dir, at, config);
                }
            }
            // The same events in another order, in other batches, hash the same.
            List<Event> shuffled = new ArrayList<>(accepted);
            Collections.shuffle(shuffled, new Random(seed * 31));
            try (EventStore other = new EventStore(allocator, dir, TestMap.resolver(), new MutableClock(finalNow), config);
                 VectorSchemaRoot root = EventBatches.create(allocator)) {
                for (int k = 0; k < shuffled.size(); k += 97) {
                    EventBatches.fill(root, shuffled.subList(k, Math.min(shuffled.size(), k + 97)));
                    other.append(root);
                }
                other.tick();
                assertEquals(h1, other.stateHash(), "same events, another order, same state");
                compare(other.snapshot(), KpiOracle.fold(accepted, Long.MAX_VALUE, TestMap.resolver()), dir, finalNow,
                        config);
            }
            assertEquals(0, allocator.getAllocatedMemory());
        }
    }

    static void compare(WallSnapshot s, Map<String, KpiOracle.Inc> incs, UnitDirectory dir, long now, StoreConfig cfg) {
        List<String> codes = new ArrayList<>();
        codes.add(WallSnapshot.ROOT);
        for (UnitInfo u : dir.all()) {
            codes.add(u.code());
        }
        long[][] w = KpiOracle.windows(now, cfg.zone());
        for (String code : codes) {
            UnitKpis uk = s.unit(code);
            long open = 0;
            long overdue = 0;
            for (KpiOracle.Inc i : incs.values()) {
                if (KpiOracle.chain(i, dir).contains(code) && i.open()) {
                    open++;
                    if (now > i.deadline()) {
                        overdue++;
                    }
                }
            }
            assertEquals(open, uk.open(), code + " open");
            assertEquals(overdue, uk.overdue(), code + " overdue");
            for (int win = 0; win < 4; win++) {
                String where = code + " window " + win;
                KpiOracle.Cohort c = KpiOracle.cohort(incs.values(), dir, code, w[win][0], w[win][1]);
                Kpis k = uk.kpis(win);
                assertEquals(c.received(), k.received(), where + " received");
                assertEquals(c.resolved(), k.resolved(), where + " resolved");
                assertEquals(c.timely(), k.timely(), where + " timely");
                assertEquals(c.disputes(), k.disputesReceived(), where + " disputes");
                assertEquals(c.disputesResolved(), k.disputesResolved(), where + " disputes resolved");
                assertEquals(c.rated(), k.rated(), where + " rated");
                assertEquals(c.satisfied(), k.satisfied(), where + " satisfied");
                assertEquals(c.dispatched(), k.dispatched(), where + " dispatched");
                assertEquals(c.rightFirst(), k.rightFirstTime(), where + " right first time");
                assertEquals(ratio(c.resolved(), c.received()), k.completionRate(), where + " completion");
                assertEquals(ratio(c.timely(), c.resolved()), k.timelyRate(), where + " timely rate");
                assertEquals(ratio(c.disputesResolved(), c.disputes()), k.disputeResolutionRate(), where);
                assertEquals(ratio(c.satisfied(), c.rated()), k.satisfactionRate(), where + " satisfaction");
                assertEquals(ratio(c.rightFirst(), c.dispatched()), k.dispatchAccuracy(), where + " accuracy");
                durations(c.dispatchSeconds(), c.dispatchSumMs(), k.timeToDispatch(), where + " dispatch time");
                durations(c.resolveSeconds(), c.resolveSumMs(), k.timeToResolve(), where + " resolve time");
                for (Category cat : Category.values()) {
                    assertEquals(c.byCategory()[cat.ordinal()], k.byCategory().count(cat), where + " " + cat);
                }
                for (int st = 0; st < c.byStatus().length; st++) {
                    assertEquals(c.byStatus()[st], k.byStatus().count(st), where + " status " + st);
                }
            }
        }
        long unknown = incs.values().stream().filter(i -> i.grid != null && dir.unit(i.grid) == null).count();
        long outside = incs.values().stream().filter(i -> i.grid == null).count();
        assertEquals(unknown, s.unknownGridIncidents(), "unknown-grid incidents");
        assertEquals(outside, s.outsideIncidents(), "outside incidents");
        assertEquals(incs.size(), s.incidents());

        List<Long> overdueDeadlines = incs.values().stream().filter(i -> i.open() && now > i.deadline())
                .map(KpiOracle.Inc::deadline).sorted().limit(cfg.overdueLimit()).toList();
        assertEquals(overdueDeadlines, s.overdue().stream().map(OverdueIncident::deadline).toList(), "overdue list");

        // every grid x category at or above the threshold, highest count first, ties by grid code and category
        List<Hotspot> expectedHot = new ArrayList<>();
        for (UnitInfo g : dir.all()) {
            if (g.level() != com.gridwall.domain.Level.GRID) {
                continue;
            }
            KpiOracle.Cohort c = KpiOracle.cohort(incs.values(), dir, g.code(), w[3][0], w[3][1]);
            for (Category cat : Category.values()) {
                if (c.byCategory()[cat.ordinal()] >= cfg.hotspotThreshold()) {
                    expectedHot.add(new Hotspot(g.code(), null, null, cat, c.byCategory()[cat.ordinal()]));
                }
            }
        }
        expectedHot.sort(Comparator.comparingLong(Hotspot::count).reversed().thenComparing(Hotspot::gridCode)
                .thenComparing(h -> h.category().ordinal()));
        List<String> expectedTop = expectedHot.stream().limit(cfg.hotspotLimit())
                .map(h -> h.gridCode() + "/" + h.category() + "/" + h.count()).toList();
        List<String> actualHot = s.hotspots().stream().map(h -> h.gridCode() + "/" + h.category() + "/" + h.count()).toList();
        assertEquals(expectedTop, actualHot, "hotspots, in order, at most the limit");
        long withPosition = incs.values().stream().filter(i -> i.open() && i.hasPoint).count();
        assertEquals(Math.min(withPosition, cfg.markerLimit()), s.markers().size(), "live markers");
    }

    static OptionalDouble ratio(long a, long b) {
        return b == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) a / b);
    }

    static void durations(List<Long> secs, long sumMs, Durations d, String where) {
        assertEquals(secs.size(), d.count(), where + " count");
        if (secs.isEmpty()) {
            assertTrue(d.meanSeconds().isEmpty() && d.medianSeconds().isEmpty() && d.p90Seconds().isEmpty(), where);
            return;
        }
        assertEquals(sumMs / 1000.0 / secs.size(), d.meanSeconds().getAsDouble(), 1e-9, where + " mean");
        assertEquals(DurationBins.lowerEdge(DurationBins.bin(KpiOracle.nearestRank(secs, 0.5))),
                d.medianSeconds().getAsDouble(), where + " median");
        assertEquals(DurationBins.lowerEdge(DurationBins.bin(KpiOracle.nearestRank(secs, 0.9))),
                d.p90Seconds().getAsDouble(), where + " p90");
    }
}
