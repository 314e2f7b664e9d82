package com.gridwall.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Event;
import com.gridwall.domain.GridResolver;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.store.snapshot.WallSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The two-stage append (stage 1 on the prepare thread, the fold on the writer) gives exactly what
 * the in-order append gives: same results per batch, same state hash and snapshot, same KPIs as
 * the brute-force oracle, with duplicates inside a batch across its ranges and against earlier
 * batches, under retention, and when a row is bad or the resolver fails in the middle of a batch; a snapshot taken before a
 * pipelined batch does not change.
 */
class PipelinedAppendTest extends StoreFixture {
    EventStore store(boolean pipelined, StoreConfig config, GridResolver resolver) {
        EventStore s = new EventStore(allocator, TestMap.directory(), resolver, clock, config);
        s.usePrepareThread(pipelined);
        return s;
    }

    /** Generated arrival order plus re-sent copies of earlier events, some far away (other ranges, other batches). */
    static List<Event> arrivalWithDuplicates(long seed, int incidents) {
        List<Event> a = new ArrayList<>(new EventGenerator(seed).generate(incidents, T0 - 8 * 24 * H, T0 + 5 * H));
        Random rnd = new Random(seed);
        for (int k = 0; k < a.size() / 20; k++) {
            int from = rnd.nextInt(a.size());
            int to = Math.min(a.size(), from + 1 + rnd.nextInt(30_000));
            a.add(to, a.get(from));
        }
        return a;
    }

    /** Appends in batches of the given sizes (cycled); returns every AppendResult. */
    static List<AppendResult> feed(EventStore s, RootAllocator allocator, List<Event> events, int... sizes) {
        List<AppendResult> out = new ArrayList<>();
        try (VectorSchemaRoot root = EventBatches.create(allocator)) {
            int k = 0;
            for (int b = 0; k < events.size(); b++) {
                int n = Math.min(events.size() - k, sizes[b % sizes.length]);
                EventBatches.fill(root, events.subList(k, k + n));
                out.add(s.append(root));
                k += n;
            }
        }
        return out;
    }

    /** The same event with severity 9, outside the schema's range: the whole batch is refused. */
    static Event withBadSeverity(Event e) {
        return new Event(e.seq(), e.eventId(), e.incidentId(), e.type(), e.ts(), e.category(), e.source(),
                e.department(), 9, e.lon(), e.lat(), e.gridCode(), e.deadline(), e.satisfaction(), e.summary());
    }

    static void assertSameWall(WallSnapshot a, WallSnapshot b) {
        assertEquals(a.events(), b.events());
        assertEquals(a.duplicates(), b.duplicates());
        assertEquals(a.incidents(), b.incidents());
        assertEquals(a.lastSeq(), b.lastSeq());
        assertEquals(a.unknownGridEvents(), b.unknownGridEvents());
        assertEquals(a.outsideEvents(), b.outsideEvents());
        assertEquals(a.recent(), b.recent());
        assertEquals(a.overdue(), b.overdue());
        assertEquals(a.hotspots(), b.hotspots());
        assertEquals(a.markers().size(), b.markers().size());
        for (String code : a.units().keySet()) {
            for (int w = 0; w < 4; w++) {
                assertEquals(a.unit(code).kpis(w), b.unit(code).kpis(w), code + " window " + w);
            }
            assertEquals(a.unit(code).open(), b.unit(code).open(), code);
            assertEquals(a.unit(code).overdue(), b.unit(code).overdue(), code);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12})
    void pipelinedEqualsInOrderAndTheOracle(long seed) {
        List<Event> arrival = arrivalWithDuplicates(seed, 6000);
        StoreConfig base = StoreConfig.defaults();
        StoreConfig config = new StoreConfig(base.zone(), base.maxEvents(), base.recentLimit(), base.overdueLimit(),
                base.markerLimit(), 2, 10_000, 0);
        try (EventStore piped = store(true, config, TestMap.resolver());
             EventStore inOrder = store(false, config, TestMap.resolver())) {
            // batch sizes: many ranges, one range plus one row, a single range, tiny
            int[] sizes = {20_000, 4097, 12_289, 4096, 300};
            List<AppendResult> a = feed(piped, allocator, arrival, sizes);
            List<AppendResult> b = feed(inOrder, allocator, arrival, sizes);
            assertEquals(b, a, "same accepted/duplicates/lastSeq per batch");
            assertTrue(a.stream().mapToInt(AppendResult::duplicates).sum() > arrival.size() / 25,
                    "the batches held duplicates");
            piped.tick();
            inOrder.tick();
            assertEquals(inOrder.stateHash(), piped.stateHash());
            assertSameWall(inOrder.snapshot(), piped.snapshot());

            List<Event> accepted = KpiOracle.dedup(arrival);
            assertEquals(accepted.size(), piped.snapshot().events());
            Map<String, KpiOracle.Inc> incs = KpiOracle.fold(accepted, Long.MAX_VALUE, TestMap.resolver());
            KpiPropertyTest.compare(piped.snapshot(), incs, TestMap.directory(), clock.millis(), config);
            assertTrue(piped.prepareThreadCpuNanos() > 0, "the prepare thread did run");
            assertEquals(0, inOrder.prepareThreadCpuNanos(), "no prepare thread when it is off");
        }
    }

    @Test
    void aSnapshotKeepsItsCountersWhileAPipelinedBatchFollows() {
        // a snapshot derives its KPIs from the counter blocks only when first asked, here after the
        // next (pipelined) batch: the writer must have cloned the blocks it holds, never written them
        List<Event> arrival = arrivalWithDuplicates(13, 4000);
        int first = 9000;
        try (EventStore piped = store(true, StoreConfig.defaults(), TestMap.resolver());
             EventStore inOrder = store(false, StoreConfig.defaults(), TestMap.resolver())) {
            feed(piped, allocator, arrival.subList(0, first), first);
            feed(inOrder, allocator, arrival.subList(0, first), first);
            WallSnapshot before = piped.snapshot();
            feed(piped, allocator, arrival.subList(first, arrival.size()), arrival.size() - first);
            assertNotEquals(before.events(), piped.snapshot().events(), "the next batch was applied");
            assertSameWall(inOrder.snapshot(), before);
        }
    }

    @Test
    void underRetentionDuplicatesOfDroppedAndHeldRowsAreFoundTheSame() {
        // 3 log chunks' worth: retention (one chunk) drops the first chunk during the run
        List<Event> arrival = arrivalWithDuplicates(21, 36_000);
        StoreConfig config = StoreConfig.defaults().withMaxEvents(65_535);
        try (EventStore piped = store(true, config, TestMap.resolver());
             EventStore inOrder = store(false, config, TestMap.resolver())) {
            List<AppendResult> a = feed(piped, allocator, arrival, 30_000, 17_000);
            List<AppendResult> b = feed(inOrder, allocator, arrival, 30_000, 17_000);
            assertEquals(b, a);
            assertTrue(piped.stats().heldEvents() < piped.stats().events(), "retention dropped rows");
            assertEquals(inOrder.stats(), piped.stats());
            assertEquals(inOrder.stateHash(), piped.stateHash());
            assertSameWall(inOrder.snapshot(), piped.snapshot());
        }
    }

    @Test
    void aBadRowInTheMiddleOfAPipelinedBatchIsNamedAndNothingIsApplied() {
        List<Event> arrival = new EventGenerator(31).generate(4000, T0 - 2 * 24 * H, T0);
        try (EventStore s = store(true, StoreConfig.defaults(), TestMap.resolver())) {
            feed(s, allocator, arrival.subList(0, 2000), 2000);
            long hash = s.stateHash();
            long events = s.snapshot().events();
            List<Event> batch = new ArrayList<>(arrival.subList(2000, 12_000));
            Event e = batch.get(7000);
            batch.set(7000, withBadSeverity(e));
            IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                    () -> feed(s, allocator, batch, batch.size()));
            assertTrue(ex.getMessage().contains("row 7000"), ex.getMessage());
            assertTrue(ex.getMessage().contains("severity"), ex.getMessage());
            assertTrue(ex.getMessage().contains(e.eventId()), ex.getMessage());
            assertEquals(hash, s.stateHash());
            assertEquals(events, s.snapshot().events());
            // the store goes on as if the bad batch never came
            feed(s, allocator, arrival.subList(2000, arrival.size()), 9000);
            try (EventStore ref = store(false, StoreConfig.defaults(), TestMap.resolver())) {
                feed(ref, allocator, arrival, 9000);
                assertEquals(ref.stateHash(), s.stateHash());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aFailingResolverLeavesTheRangesBeforeItApplied(boolean pipelined) {
        List<Event> arrival = new ArrayList<>(new EventGenerator(41).generate(6000, T0 - 2 * 24 * H, T0));
        // the first row in the third range that needs point-in-polygon makes the resolver fail
        int bad = -1;
        for (int r = 2 * EventStore.RANGE; r < arrival.size() && bad < 0; r++) {
            Event e = arrival.get(r);
            if (e.gridCode() == null && !Double.isNaN(e.lon()) && arrival.subList(0, r).stream()
                    .noneMatch(x -> x.lon() == e.lon() && x.lat() == e.lat())) {
                bad = r;
            }
        }
        assertTrue(bad >= 0 && bad < 3 * EventStore.RANGE, "a point to resolve in the third range: " + bad);
        Event poison = arrival.get(bad);
        GridResolver base = TestMap.resolver();
        GridResolver failing = (lon, lat) -> {
            if (lon == poison.lon() && lat == poison.lat()) {
                throw new IllegalStateException("resolver down");
            }
            return base.gridAt(lon, lat);
        };
        List<Event> batch = arrival.subList(0, 4 * EventStore.RANGE);
        try (EventStore s = store(pipelined, StoreConfig.defaults(), failing);
             EventStore prefix = store(false, StoreConfig.defaults(), base)) {
            IllegalStateException ex = assertThrows(IllegalStateException.class,
                    () -> feed(s, allocator, batch, batch.size()));
            assertEquals("resolver down", ex.getMessage());
            feed(prefix, allocator, batch.subList(0, 2 * EventStore.RANGE), EventStore.RANGE);
            assertEquals(prefix.stateHash(), s.stateHash(), "exactly the two ranges before the failure");
            assertEquals(prefix.snapshot().events(), s.stats().events());
            assertNotEquals(0, s.stats().events());
        }
    }
}
