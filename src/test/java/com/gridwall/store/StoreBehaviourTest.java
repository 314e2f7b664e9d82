package com.gridwall.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.Event;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Source;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.store.query.GridCategoryRow;
import com.gridwall.store.query.RangeQuery;
import com.gridwall.store.query.RangeResult;
import com.gridwall.store.snapshot.Trend;
import com.gridwall.store.snapshot.WallSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StoreBehaviourTest {
    static final long T0 = EventStoreTest.T0;
    static final long H = 3_600_000L;
    static final long M = 60_000L;

    RootAllocator allocator;

    @BeforeEach
    void open() {
        allocator = new RootAllocator();
    }

    @AfterEach
    void close() {
        assertEquals(0, allocator.getAllocatedMemory(), "allocator must end at zero");
        allocator.close();
    }

    static Event reported(long seq, String inc, long ts, Category cat, String grid) {
        return new Event(seq, "e" + seq, inc, EventType.REPORTED, ts, cat, Source.GRID_PATROL, null, 2, Double.NaN,
                Double.NaN, grid, Event.NO_TIME, Event.NO_RATING, null);
    }

    static Event next(long seq, String inc, EventType type, long ts, Category cat, Department dept) {
        return new Event(seq, "e" + seq, inc, type, ts, cat, Source.GRID_PATROL, dept, 2, Double.NaN, Double.NaN, null,
                Event.NO_TIME, Event.NO_RATING, null);
    }

    static void append(EventStore store, RootAllocator a, List<Event> events) {
        try (VectorSchemaRoot root = EventBatches.create(a)) {
            EventBatches.fill(root, events);
            store.append(root);
        }
    }

    @Test
    void aSnapshotNeverChangesAfterItWasPublished() {
        MutableClock clock = new MutableClock(T0);
        try (EventStore store = new EventStore(allocator, TestMap.directory(), null, clock, StoreConfig.defaults())) {
            append(store, allocator, List.of(reported(1, "a", T0 - H, Category.FIRE, "S0C0G0")));
            WallSnapshot before = store.snapshot();
            // KPIs of `before` are derived lazily: only after more events arrive
            append(store, allocator, List.of(reported(2, "b", T0 - H, Category.FIRE, "S0C0G0"),
                    next(3, "a", EventType.RESOLVED, T0, Category.FIRE, null)));
            WallSnapshot after = store.snapshot();
            assertEquals(1, before.unit("S0C0G0").today().received());
            assertEquals(0, before.unit("S0C0G0").today().resolved());
            assertEquals(1, before.root().open());
            assertEquals(2, after.unit("S0C0G0").today().received());
            assertEquals(1, after.unit("S0C0G0").today().resolved());
            assertTrue(after.version() > before.version());
        }
    }

    @Test
    void readersOnAnotherThreadSeeWholeSnapshotsWhileTheWriterAppends() throws Exception {
        MutableClock clock = new MutableClock(T0);
        try (EventStore store = new EventStore(allocator, TestMap.directory(), null, clock, StoreConfig.defaults())) {
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                long lastVersion = -1;
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        WallSnapshot s = store.snapshot();
                        assertTrue(s.version() >= lastVersion);
                        lastVersion = s.version();
                        // every received incident is in exactly one grid here, so the levels agree
                        long grids = 0;
                        for (String g : TestMap.grids()) {
                            grids += s.unit(g).today().received();
                        }
                        assertEquals(s.root().today().received(), grids);
                        assertEquals(s.root().today().received(), s.events());
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            reader.start();
            List<String> grids = TestMap.grids();
            for (int b = 0; b < 200; b++) {
                List<Event> batch = new ArrayList<>();
                for (int k = 0; k < 50; k++) {
                    long seq = b * 50L + k + 1;
                    batch.add(reported(seq, "i" + seq, T0 - H, Category.TRAFFIC, grids.get((int) (seq % grids.size()))));
                }
                append(store, allocator, batch);
            }
            reader.interrupt();
            reader.join();
            if (failure.get() != null) {
                throw new AssertionError("reader saw an inconsistent snapshot", failure.get());
            }
            assertEquals(10_000, store.snapshot().root().today().received());
        }
    }

    @Test
    void retentionDropsOldLogChunksButKeepsStateAndDuplicateDetection() {
        MutableClock clock = new MutableClock(T0);
        StoreConfig config = StoreConfig.defaults().withMaxEvents(60_000);
        try (EventStore store = new EventStore(allocator, TestMap.directory(), null, clock, config);
             VectorSchemaRoot root = EventBatches.create(allocator)) {
            long seq = 0;
            for (int b = 0; b < 30; b++) {
                List<Event> batch = new ArrayList<>();
                for (int k = 0; k < 5_000; k++) {
                    seq++;
                    batch.add(reported(seq, "i" + seq, T0 - H, Category.SANITATION, "S1C1G1"));
                }
                EventBatches.fill(root, batch);
                store.append(root);
            }
            StoreStats st = store.stats();
            assertEquals(150_000, st.events());
            assertTrue(st.heldEvents() < 150_000 && st.heldEvents() >= 60_000, "held " + st.heldEvents());
            assertEquals(150_000, store.snapshot().unit("S1C1G1").today().received(), "state outlives the log");
            EventBatches.fill(root, List.of(reported(1, "i1", T0 - H, Category.SANITATION, "S1C1G1")));
            assertEquals(1, store.append(root).duplicates(), "an id whose row was dropped is still a duplicate");
        }
    }

    @Test
    void fullLogChunksCostLessThan1point2TimesThePayload() {
        MutableClock clock = new MutableClock(T0);
        try (EventStore store = new EventStore(allocator, TestMap.directory(), null, clock, StoreConfig.defaults());
             VectorSchemaRoot root = EventBatches.create(allocator)) {
            int chunk = (1 << 16) - 1;
            long seq = 0;
            while (seq < 2L * chunk) {
                List<Event> batch = new ArrayList<>();
                for (int k = 0; k < 4_369 && seq < 2L * chunk; k++) {
                    seq++;
                    batch.add(reported(seq, "i" + seq, T0 - H, Category.SANITATION, "S1C1G1"));
                }
                EventBatches.fill(root, batch);
                store.append(root);
            }
            StoreStats st = store.stats();
            assertEquals(2L * chunk, st.heldEvents());
            assertTrue(st.memoryToPayload() < 1.2, "Arrow memory / payload = " + st.memoryToPayload());
            assertTrue(st.memoryToPayload() > 1.0, "Arrow memory / payload = " + st.memoryToPayload());
        }
    }

    @Test
    void perMinuteAndHourlyTrendsCountReceivedAndResolved() {
        MutableClock clock = new MutableClock(T0);
        try (EventStore store = new EventStore(allocator, TestMap.directory(), null, clock, StoreConfig.defaults())) {
            append(store, allocator, List.of(
                    reported(1, "a", T0 - 5 * M, Category.FIRE, "S0C0G0"),
                    reported(2, "b", T0 - 5 * M + 1000, Category.FIRE, "S1C0G0"),
                    reported(3, "c", T0 - 2 * H, Category.FIRE, "S1C0G0"),
                    next(4, "c", EventType.RESOLVED, T0 - M, Category.FIRE, null)));
            WallSnapshot s = store.snapshot();
            Trend t = s.trend();
            assertEquals(1440, t.buckets());
            int last = t.buckets() - 1;
            assertEquals(2, t.received(last - 5));
            assertEquals(1, t.received(last - 120));
            assertEquals(1, t.resolved(last - 1));
            assertEquals(2, t.open(last), "sampled now");
            assertEquals(T0 - 1439 * M, t.firstBucketStart());
            Trend street = s.hourlyTrends().get("S1");
            assertEquals(24, street.buckets());
            int total = 0;
            for (int i = 0; i < 24; i++) {
                total += street.received(i);
            }
            assertEquals(2, total);
            assertNull(s.hourlyTrends().get("S1C0G0"), "no trend kept per grid");
        }
    }

    @Test
    void rangeQueriesFilterByCategorySourceDepartmentAndArea() {
        MutableClock clock = new MutableClock(T0);
        try (EventStore store = new EventStore(allocator, TestMap.directory(), null, clock, StoreConfig.defaults())) {
            append(store, allocator, List.of(
                    reported(1, "a", T0 - 5 * H, Category.DISPUTE, "S0C0G0"),
                    reported(2, "b", T0 - 4 * H, Category.DISPUTE, "S1C0G0"),
                    reported(3, "c", T0 - 3 * H, Category.FIRE, "S1C0G1"),
                    reported(4, "d", T0 - 30 * H, Category.DISPUTE, "S1C0G1"),
                    next(5, "b", EventType.DISPATCHED, T0 - 3 * H, Category.DISPUTE, Department.JUSTICE),
                    next(6, "b", EventType.RESOLVED, T0 - 2 * H, Category.DISPUTE, null)));
            RangeResult all = store.aggregate(RangeQuery.between(T0 - 6 * H, T0));
            assertEquals(3, all.totals().received());
            assertEquals(3, all.rows().size());
            RangeResult disputesInS1 = store.aggregate(RangeQuery.between(T0 - 6 * H, T0)
                    .withCategories(Set.of(Category.DISPUTE)).inArea("S1"));
            assertEquals(1, disputesInS1.totals().received());
            GridCategoryRow row = disputesInS1.rows().get(0);
            assertEquals("S1C0G0", row.gridCode());
            assertEquals(1, row.resolved());
            assertEquals(7200.0, row.meanResolveSeconds().getAsDouble());
            assertEquals(1, store.aggregate(RangeQuery.between(T0 - 6 * H, T0)
                    .withDepartments(Set.of(Department.JUSTICE))).totals().received());
            assertEquals(0, store.aggregate(RangeQuery.between(T0 - 6 * H, T0)
                    .withSources(Set.of(Source.AI_VIDEO))).totals().received());
            RangeResult before = store.aggregate(RangeQuery.between(T0 - 6 * H, T0), java.time.Instant.ofEpochMilli(T0 - 150 * M));
            assertEquals(0, before.totals().resolved(), "as of 2.5 h ago nothing was resolved");
            assertThrows(IllegalArgumentException.class,
                    () -> store.aggregate(RangeQuery.between(T0 - H, T0).inArea("NOPE")));
        }
    }

    @Test
    void aBatchMissingAColumnIsRejectedWithItsName() {
        MutableClock clock = new MutableClock(T0);
        try (EventStore store = new EventStore(allocator, TestMap.directory(), null, clock, StoreConfig.defaults())) {
            Schema noGrid = new Schema(EventSchema.SCHEMA.getFields().stream()
                    .filter(f -> !f.getName().equals(EventSchema.GRID_CODE)).toList());
            try (VectorSchemaRoot root = VectorSchemaRoot.create(noGrid, allocator)) {
                root.setRowCount(0);
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.append(root));
                assertTrue(e.getMessage().contains("grid_code"), e.getMessage());
            }
        }
    }

    @Test
    void withoutAMapEverythingCountsUnderTheRoot() {
        MutableClock clock = new MutableClock(T0);
        try (EventStore store = new EventStore(allocator, new UnitDirectory(List.of()), null, clock,
                StoreConfig.defaults())) {
            append(store, allocator, List.of(reported(1, "a", T0, Category.FIRE, "G1")));
            WallSnapshot s = store.snapshot();
            assertEquals(1, s.root().today().received());
            assertEquals(1, s.unknownGridIncidents());
            assertEquals(Map.of(), Map.copyOf(s.hourlyTrends()).entrySet().stream()
                    .filter(en -> !en.getKey().equals(WallSnapshot.ROOT))
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        }
    }
}
