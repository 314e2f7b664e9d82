package com.gridwall.store;

import static com.gridwall.store.PipelinedAppendTest.assertSameWall;
import static com.gridwall.store.PipelinedAppendTest.feed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Event;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bulk fold (each incident's counter change applied once at the end, as a replay seek's tail
 * does) leaves the store exactly as the same appends one by one: state hash, statistics, every
 * unit's KPIs in every window, also after the windows roll on (which reads the minute index the
 * bulk fold maintains), when the clock moves or a snapshot is published in the middle, and when
 * a batch fails.
 */
class BulkFoldTest extends StoreFixture {
    /** Publishing only when ticked, as replay stores do (a publish applies what was deferred). */
    EventStore store(boolean prepareThread) {
        StoreConfig quiet = StoreConfig.defaults().withPublishEveryMillis(24 * H);
        EventStore s = new EventStore(allocator, TestMap.directory(), TestMap.resolver(), clock, quiet);
        s.usePrepareThread(prepareThread);
        return s;
    }

    static void assertSameStore(EventStore expected, EventStore actual, String when) {
        assertEquals(expected.stats(), actual.stats(), when);
        assertEquals(expected.stateHash(), actual.stateHash(), when);
        expected.tick();
        actual.tick();
        assertSameWall(expected.snapshot(), actual.snapshot());
    }

    @ParameterizedTest
    @CsvSource({"51, true", "52, false"})
    void aBulkFoldEqualsTheSameAppendsOneByOne(long seed, boolean prepareThread) {
        List<Event> arrival = PipelinedAppendTest.arrivalWithDuplicates(seed, 6000);
        int third = arrival.size() / 3;
        List<Event> head = arrival.subList(0, third);
        List<Event> tail = arrival.subList(third, arrival.size());
        try (EventStore each = store(prepareThread); EventStore bulk = store(prepareThread)) {
            feed(each, allocator, head, 5000);
            feed(bulk, allocator, head, 5000);
            feed(each, allocator, tail, 9000, 4097, 300);
            int[] deferred = new int[1];
            bulk.foldInBulk(() -> {
                feed(bulk, allocator, tail, 9000, 4097, 300);
                deferred[0] = bulk.deferredIncidents();
            });
            assertTrue(deferred[0] > 0 && deferred[0] < tail.size() * 9 / 10,
                    "counter changes deferred once per incident: " + deferred[0] + " for " + tail.size() + " events");
            assertEquals(0, bulk.deferredIncidents(), "all applied when the fold ends");
            assertSameStore(each, bulk, "after the bulk fold");

            // the windows roll over days: whole minutes of incidents leave them through the minute index
            clock.advance(3 * 24 * H + 17 * 60_000L);
            assertSameStore(each, bulk, "three days later");
        }
    }

    @Test
    void theClockMovingAndAPublishInTheMiddleApplyWhatWasDeferredFirst() {
        List<Event> arrival = PipelinedAppendTest.arrivalWithDuplicates(53, 5000);
        int n = arrival.size();
        List<Event> a = arrival.subList(0, n / 3);
        List<Event> b = arrival.subList(n / 3, 2 * n / 3);
        List<Event> c = arrival.subList(2 * n / 3, n);
        clock.set(T0 - 30 * H);
        try (EventStore each = store(true); EventStore bulk = store(true)) {
            feed(each, allocator, a, 7000);
            clock.advance(90 * 60_000L);
            feed(each, allocator, b, 7000);
            each.tick();
            clock.advance(26 * H);
            feed(each, allocator, c, 7000);

            clock.set(T0 - 30 * H);
            bulk.foldInBulk(() -> {
                feed(bulk, allocator, a, 7000);
                clock.advance(90 * 60_000L); // another minute: the next append rolls the windows
                feed(bulk, allocator, b, 7000);
                bulk.tick(); // publishes inside the fold
                assertEquals(0, bulk.deferredIncidents(), "a publish applies the deferred changes");
                clock.advance(26 * H);
                feed(bulk, allocator, c, 7000);
            });
            assertSameStore(each, bulk, "clock moved twice and a publish during the fold");
        }
    }

    @Test
    void theMinutesSampledDuringABulkFoldHoldWhatAFoldEventByEventSampled() {
        List<Event> arrival = new EventGenerator(55).generate(4000, T0 - 3 * 24 * H, T0 - 24 * H);
        long start = T0 - 24 * H;
        int batch = 500;
        int batches = (arrival.size() + batch - 1) / batch;
        try (EventStore each = store(true); EventStore bulk = store(true)) {
            clock.set(start);
            for (int k = 0; k < batches; k++) {
                clock.set(start + k / 2 * 60_000L); // two batches a minute: a minute is sampled after each
                feed(each, allocator, arrival.subList(k * batch, Math.min(arrival.size(), (k + 1) * batch)), batch);
                if (k == batches / 2) {
                    each.tick();
                }
            }
            clock.set(start);
            bulk.foldInBulk(() -> {
                for (int k = 0; k < batches; k++) {
                    clock.set(start + k / 2 * 60_000L);
                    feed(bulk, allocator, arrival.subList(k * batch, Math.min(arrival.size(), (k + 1) * batch)), batch);
                    if (k == batches / 2) {
                        bulk.tick(); // a publish in the middle: samples taken before it must not stay stale
                    }
                }
            });
            assertSameStore(each, bulk, "after the bulk fold");
            // a day later the tiles compare with each sampled minute
            int compared = 0;
            for (int k = 0; k <= batches / 2; k++) {
                clock.set(start + 24 * H + k * 60_000L);
                each.tick();
                bulk.tick();
                for (String code : each.snapshot().units().keySet()) {
                    var expected = each.snapshot().unit(code).todayAtThisTimeYesterday();
                    assertEquals(expected, bulk.snapshot().unit(code).todayAtThisTimeYesterday(), code + " minute " + k);
                    compared += expected.isPresent() && expected.get().received() > 0 ? 1 : 0;
                }
            }
            assertTrue(compared > batches / 2, "the samples held counts: " + compared);
        }
    }

    @Test
    void aBatchFailingInsideABulkFoldLeavesTheBatchesBeforeItApplied() {
        List<Event> arrival = new EventGenerator(54).generate(3000, T0 - 2 * 24 * H, T0);
        List<Event> good = arrival.subList(0, 6000);
        List<Event> bad = new ArrayList<>(arrival.subList(6000, 8000));
        bad.set(1500, PipelinedAppendTest.withBadSeverity(bad.get(1500)));
        try (EventStore each = store(true); EventStore bulk = store(true)) {
            feed(each, allocator, good, 2500);
            IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> bulk.foldInBulk(() -> {
                feed(bulk, allocator, good, 2500);
                feed(bulk, allocator, bad, bad.size());
            }));
            assertTrue(ex.getMessage().contains("severity"), ex.getMessage());
            assertSameStore(each, bulk, "after the failed batch");
            // the store goes on outside the bulk fold
            feed(each, allocator, arrival.subList(6000, arrival.size()), 4000);
            feed(bulk, allocator, arrival.subList(6000, arrival.size()), 4000);
            assertSameStore(each, bulk, "after the rest");
        }
    }
}
