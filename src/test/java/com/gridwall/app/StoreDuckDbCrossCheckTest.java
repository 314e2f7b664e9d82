package com.gridwall.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Level;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.domain.UnitInfo;
import com.gridwall.store.EventBatches;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import com.gridwall.store.query.RangeQuery;
import com.gridwall.store.query.RangeResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;

/**
 * The store's KPI query (counts and resolve time by grid x category over a time range) against
 * DuckDB SQL over the same raw events, on the benchmark's generator (duplicates, swapped arrival).
 */
class StoreDuckDbCrossCheckTest {
    @Test
    void storeAndDuckDbAgreeOnEveryRange() throws Exception {
        List<UnitInfo> units = new ArrayList<>();
        units.add(new UnitInfo("D", "D", Level.DISTRICT, null, 113.9, 35.3, 10, true));
        for (int g = 0; g < 40; g++) {
            units.add(new UnitInfo("G" + g, "G" + g, Level.GRID, "D", 113.9 + g * 0.001, 35.3, 0.1, true));
        }
        UnitDirectory dir = new UnitDirectory(units);
        List<UnitInfo> grids = dir.at(Level.GRID);
        long start = 1_795_000_000_000L;
        long span = 7L * 24 * 3_600_000L;
        long events = 60_000;
        try (RootAllocator allocator = new RootAllocator()) {
            try (EventStore store = new EventStore(allocator, dir, null,
                    Clock.fixed(Instant.ofEpochMilli(start + span), StoreConfig.SHANGHAI), StoreConfig.defaults());
                 DuckDbKpiPeer duck = new DuckDbKpiPeer();
                 VectorSchemaRoot root = EventBatches.create(allocator)) {
                StoreBenchData data = new StoreBenchData(grids, 11, start, span, events, true);
                while (data.next(root, 7_000) > 0) {
                    store.append(root);
                    duck.append(root);
                }
                duck.materialize();
                assertEquals(store.stats().incidents(), duck.count("incidents"));
                assertTrue(store.stats().duplicates() > 0, "the generator re-sends some events");
                long[][] ranges = {{start - span, start + 2 * span}, {start, start + span / 3},
                        {start + span / 2, start + span / 2 + 3_600_000L}, {start + span, start + span}};
                for (long[] r : ranges) {
                    RangeResult mine = store.aggregate(RangeQuery.between(r[0], r[1]));
                    Map<String, long[]> theirs = duck.gridCategory(r[0], r[1]);
                    Map<String, long[]> ours = BenchStoreCommand.asMap(mine);
                    assertEquals(theirs.keySet(), ours.keySet(), "groups for " + r[0] + ".." + r[1]);
                    assertTrue(BenchStoreCommand.same(ours, theirs), "counts and resolve times for " + r[0] + ".." + r[1]);
                    long received = theirs.values().stream().mapToLong(v -> v[0]).sum();
                    long resolved = theirs.values().stream().mapToLong(v -> v[1]).sum();
                    assertEquals(received, mine.totals().received());
                    assertEquals(resolved, mine.totals().resolved());
                }
                assertTrue(duck.gridCategory(start, start + span).size() > 100, "a meaningful number of groups");
            }
            assertEquals(0, allocator.getAllocatedMemory());
        }
    }
}
