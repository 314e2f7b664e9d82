package com.gridwall.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.Event;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Source;
import com.gridwall.store.snapshot.Kpis;
import com.gridwall.store.snapshot.UnitKpis;
import com.gridwall.store.snapshot.WallSnapshot;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventStoreTest {
    static final ZoneId SH = ZoneId.of("Asia/Shanghai");
    static final long T0 = LocalDateTime.of(2026, 11, 26, 10, 0).atZone(SH).toInstant().toEpochMilli();
    static final long H = 3_600_000L;

    RootAllocator allocator;
    MutableClock clock;
    EventStore store;
    long seq;

    @BeforeEach
    void open() {
        allocator = new RootAllocator();
        clock = new MutableClock(T0);
        store = new EventStore(allocator, TestMap.directory(), TestMap.resolver(), clock, StoreConfig.defaults());
    }

    @AfterEach
    void close() {
        store.close();
        assertEquals(0, allocator.getAllocatedMemory(), "allocator must end at zero");
        allocator.close();
    }

    Event ev(String id, String inc, EventType type, long ts, Category cat, Department dept, String grid,
             double lon, double lat, int sat) {
        return new Event(++seq, id, inc, type, ts, cat, Source.HOTLINE_12345, dept, 2, lon, lat, grid,
                Event.NO_TIME, sat, null);
    }

    Event ev(String id, String inc, EventType type, long ts, Category cat, String grid) {
        return ev(id, inc, type, ts, cat, type == EventType.DISPATCHED ? Department.POLICE : null, grid,
                Double.NaN, Double.NaN, type == EventType.CLOSED ? 5 : Event.NO_RATING);
    }

    AppendResult append(List<Event> events) {
        try (VectorSchemaRoot root = EventBatches.create(allocator)) {
            EventBatches.fill(root, events);
            return store.append(root);
        }
    }

    @Test
    void aFullLifecycleCountsAtEveryLevel() {
        append(List.of(
                ev("e1", "i1", EventType.REPORTED, T0 - 2 * H, Category.DISPUTE, "S0C1G0"),
                ev("e2", "i1", EventType.DISPATCHED, T0 - 2 * H + 60_000, Category.DISPUTE, null),
                ev("e3", "i1", EventType.RESOLVED, T0 - H, Category.DISPUTE, null),
                ev("e4", "i1", EventType.CLOSED, T0 - H + 1000, Category.DISPUTE, null)));
        WallSnapshot s = store.snapshot();
        for (String code : List.of(WallSnapshot.ROOT, "D", "S0", "S0C1", "S0C1G0")) {
            Kpis k = s.unit(code).today();
            assertEquals(1, k.received(), code);
            assertEquals(1.0, k.completionRate().getAsDouble(), code);
            assertEquals(1.0, k.timelyRate().getAsDouble(), code);
            assertEquals(1.0, k.disputeResolutionRate().getAsDouble(), code);
            assertEquals(1.0, k.satisfactionRate().getAsDouble(), code);
            assertEquals(1.0, k.dispatchAccuracy().getAsDouble(), code);
            assertEquals(60.0, k.timeToDispatch().meanSeconds().getAsDouble(), code);
            assertEquals(3600.0, k.timeToResolve().meanSeconds().getAsDouble(), code);
            assertEquals(0, s.unit(code).open(), code);
        }
        assertEquals(0, s.unit("S1").today().received());
        assertEquals(1, s.root().today().byCategory().count(Category.DISPUTE));
        assertEquals(1, s.root().today().byStatus().count(EventType.CLOSED));
        assertEquals(4, s.events());
        assertEquals(4, s.lastSeq());
        assertEquals(4, s.recent().size());
        assertEquals(EventType.CLOSED, s.recent().get(0).type(), "newest first");
        assertEquals("S0C1G0", s.recent().get(0).gridCode());
        assertEquals("S0", s.recent().get(0).streetCode());
    }

    @Test
    void duplicatesAreIgnoredAndCounted() {
        List<Event> batch = List.of(
                ev("e1", "i1", EventType.REPORTED, T0 - H, Category.SANITATION, "S0C0G0"),
                ev("e2", "i2", EventType.REPORTED, T0 - H, Category.SANITATION, "S0C0G1"));
        assertEquals(new AppendResult(2, 0, 2), append(batch));
        long hash = store.stateHash();
        AppendResult again = append(batch);
        assertEquals(0, again.accepted());
        assertEquals(2, again.duplicates());
        assertEquals(hash, store.stateHash(), "duplicates change nothing");
        WallSnapshot s = store.snapshot();
        assertEquals(2, s.duplicates());
        assertEquals(2, s.root().today().received());
        assertEquals(2, s.root().open());
    }

    @Test
    void noDataGivesAbsentValuesNeverNaN() {
        Kpis k = store.snapshot().root().today();
        assertEquals(0, k.received());
        assertTrue(k.completionRate().isEmpty());
        assertTrue(k.timelyRate().isEmpty());
        assertTrue(k.satisfactionRate().isEmpty());
        assertTrue(k.dispatchAccuracy().isEmpty());
        assertTrue(k.disputeResolutionRate().isEmpty());
        assertTrue(k.timeToResolve().meanSeconds().isEmpty());
        assertTrue(k.timeToDispatch().p90Seconds().isEmpty());
        assertEquals(0, store.snapshot().markers().size());
    }

    @Test
    void anIncidentGoingOverdueBehindAFullOverdueListIsInTheNewlyOverdueList() {
        List<Event> old = new ArrayList<>();
        for (int k = 0; k < 150; k++) {
            old.add(ev("o" + k, "old" + k, EventType.REPORTED, T0 + k, Category.FIRE, "S0C0G0"));
        }
        append(old);
        append(List.of(ev("n1", "late", EventType.REPORTED, T0 + H, Category.FIRE, "S0C0G0")));
        clock.advance(4 * H + 1_000);
        store.tick();
        WallSnapshot s = store.snapshot();
        assertEquals(150, s.root().overdue());
        assertEquals("old149", s.newlyOverdue().get(0).incidentId(), "newest transition first");
        clock.advance(H);
        store.tick();
        s = store.snapshot();
        assertEquals(151, s.root().overdue());
        assertEquals(100, s.overdue().size(), "the list of the most overdue is bounded");
        assertFalse(s.overdue().stream().anyMatch(o -> o.incidentId().equals("late")), "not among the 100 most overdue");
        assertEquals("late", s.newlyOverdue().get(0).incidentId());
        assertEquals(T0 + 5 * H, s.newlyOverdue().get(0).deadline());
        assertEquals(100, s.newlyOverdue().size(), "bounded like the overdue list");
    }

    @Test
    void sameTimeYesterdayIsYesterdaysCohortAsItStoodThenNotAsItIsNow() {
        long y0 = T0 - 24 * H; // yesterday 10:00
        clock.set(y0 - H);
        List<Event> reports = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            reports.add(ev("r" + k, "i" + k, EventType.REPORTED, y0 - H, Category.TRAFFIC, "S0C0G0"));
        }
        append(reports);
        clock.set(y0 - 30 * 60_000L);
        append(List.of(ev("s0", "i0", EventType.RESOLVED, y0 - 30 * 60_000L, Category.TRAFFIC, null)));
        for (long t = y0 - 29 * 60_000L; t <= y0; t += 60_000L) {
            clock.set(t);
            store.tick();
        }
        clock.set(y0 + H);
        List<Event> later = new ArrayList<>();
        for (int k = 1; k < 4; k++) {
            later.add(ev("s" + k, "i" + k, EventType.RESOLVED, y0 + H, Category.TRAFFIC, null));
        }
        append(later);
        clock.set(T0);
        store.tick();
        UnitKpis root = store.snapshot().root();
        Kpis then = root.todayAtThisTimeYesterday().orElseThrow();
        assertEquals(4, then.received());
        assertEquals(1, then.resolved(), "at 10:00 yesterday one of the four was resolved");
        assertEquals(0.25, then.completionRate().getAsDouble(), 1e-12);
        assertEquals(30 * 60.0, then.timeToResolve().meanSeconds().getAsDouble(), 1e-9);
        assertEquals(4, root.yesterday().resolved(), "the same cohort now: all four resolved since");
        assertEquals(then.received(), store.snapshot().unit("S0").todayAtThisTimeYesterday().orElseThrow().received());
        clock.set(T0 + 5 * 60_000L);
        store.tick();
        assertTrue(store.snapshot().root().todayAtThisTimeYesterday().isEmpty(),
                "the store did not run at 10:05 yesterday: no sample, no comparison");
    }

    @Test
    void incidentsGoOverdueAsTheClockPassesWithNoEvent() {
        append(List.of(ev("e1", "f1", EventType.REPORTED, T0, Category.FIRE, null, null, 120.005, 30.005,
                Event.NO_RATING)));
        WallSnapshot s = store.snapshot();
        assertEquals(1, s.root().open());
        assertEquals(0, s.root().overdue());
        assertEquals(1, s.markers().size());
        assertEquals("S0C0G0", s.unit("S0C0G0").code());
        assertEquals(1, s.unit("S0C0G0").open(), "resolved from the point");
        clock.advance(4 * H);
        store.tick();
        assertEquals(0, store.snapshot().root().overdue(), "exactly at the deadline is not yet overdue");
        clock.advance(1);
        store.tick();
        s = store.snapshot();
        assertEquals(1, s.root().overdue());
        assertEquals(1, s.unit("S0C0").overdue());
        assertEquals(1, s.overdue().size());
        assertEquals("f1", s.overdue().get(0).incidentId());
        assertEquals(T0 + 4 * H, s.overdue().get(0).deadline());
        append(List.of(ev("e2", "f1", EventType.RESOLVED, T0 + 5 * H, Category.FIRE, null)));
        s = store.snapshot();
        assertEquals(0, s.root().overdue());
        assertEquals(0, s.root().open());
        assertEquals(0, s.overdue().size());
        assertEquals(0.0, s.root().today().timelyRate().getAsDouble());
    }

    @Test
    void windowsRollOverAtMidnightWithNoEvent() {
        long lateEvening = LocalDateTime.of(2026, 11, 26, 23, 50).atZone(SH).toInstant().toEpochMilli();
        clock.set(lateEvening);
        store.tick();
        append(List.of(ev("e1", "i1", EventType.REPORTED, lateEvening, Category.TRAFFIC, "S1C0G0")));
        assertEquals(1, store.snapshot().root().today().received());
        clock.advance(20 * 60_000);
        store.tick();
        WallSnapshot s = store.snapshot();
        assertEquals(0, s.root().today().received(), "a new day");
        assertEquals(1, s.root().last24h().received());
        assertEquals(1, s.root().last7d().received());
        assertEquals(0, s.root().yesterday().received(), "yesterday only up to 00:10");
        clock.set(lateEvening + 24 * H + 5 * 60_000);
        store.tick();
        s = store.snapshot();
        assertEquals(0, s.root().today().received());
        assertEquals(0, s.root().last24h().received(), "23:50 yesterday is 24 h 5 min ago");
        assertEquals(1, s.root().last7d().received());
        assertEquals(1, s.root().yesterday().received(), "yesterday up to the same time");
        clock.advance(7 * 24 * H);
        store.tick();
        assertEquals(0, store.snapshot().root().last7d().received());
        assertEquals(1, store.snapshot().root().open(), "open is not windowed");
    }

    @Test
    void unknownGridsAndOutsidePointsAreKeptAndCounted() {
        append(List.of(
                ev("e1", "i1", EventType.REPORTED, T0, Category.TRAFFIC, "NOPE"),
                ev("e2", "i2", EventType.REPORTED, T0, Category.TRAFFIC, null, null, 121.5, 31.0, Event.NO_RATING),
                ev("e3", "i3", EventType.REPORTED, T0, Category.TRAFFIC, null, null, Double.NaN, Double.NaN,
                        Event.NO_RATING)));
        WallSnapshot s = store.snapshot();
        assertEquals(3, s.root().today().received());
        assertEquals(0, s.unit("D").today().received());
        assertEquals(1, s.unknownGridEvents());
        assertEquals(1, s.outsideEvents());
        assertEquals(1, s.unknownGridIncidents());
        assertEquals(2, s.outsideIncidents());
        assertEquals("NOPE", s.recent().stream().filter(r -> r.incidentId().equals("i1")).findFirst().get().gridCode());
    }

    @Test
    void aBadRowIsNamedAndNothingOfItsBatchIsApplied() {
        append(List.of(ev("e1", "i1", EventType.REPORTED, T0, Category.TRAFFIC, "S0C0G0")));
        long hash = store.stateHash();
        List<Event> bad = new ArrayList<>();
        bad.add(ev("e2", "i2", EventType.REPORTED, T0, Category.TRAFFIC, "S0C0G0"));
        bad.add(new Event(99, "e3", "i3", EventType.REPORTED, T0, Category.TRAFFIC, Source.AI_VIDEO, null, 7,
                Double.NaN, Double.NaN, null, Event.NO_TIME, Event.NO_RATING, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> append(bad));
        assertTrue(e.getMessage().contains("row 1"), e.getMessage());
        assertTrue(e.getMessage().contains("seq 99"), e.getMessage());
        assertTrue(e.getMessage().contains("e3"), e.getMessage());
        assertTrue(e.getMessage().contains("severity"), e.getMessage());
        assertEquals(hash, store.stateHash());
        assertEquals(1, store.snapshot().events());
        assertFalse(store.snapshot().recent().stream().anyMatch(r -> r.incidentId().equals("i2")));
    }

    @Test
    void reopenedAfterClosedIsOpenAgainAndResolvesLater() {
        append(List.of(
                ev("e1", "i1", EventType.REPORTED, T0 - 3 * H, Category.LIVELIHOOD, "S1C1G1"),
                ev("e2", "i1", EventType.RESOLVED, T0 - 2 * H, Category.LIVELIHOOD, null),
                ev("e3", "i1", EventType.CLOSED, T0 - 2 * H, Category.LIVELIHOOD, null),
                ev("e4", "i1", EventType.REOPENED, T0 - H, Category.LIVELIHOOD, null)));
        WallSnapshot s = store.snapshot();
        assertEquals(1, s.root().open());
        assertEquals(0, s.root().today().resolved());
        assertEquals(1, s.root().today().rated(), "the rating given before the reopening stays");
        assertTrue(s.root().today().dispatchAccuracy().isEmpty(), "never dispatched");
        append(List.of(ev("e5", "i1", EventType.RESOLVED, T0, Category.LIVELIHOOD, null)));
        s = store.snapshot();
        assertEquals(0, s.root().open());
        assertEquals(3 * 3600.0, s.root().today().timeToResolve().meanSeconds().getAsDouble());
    }

    @Test
    void outOfOrderArrivalGivesTheSameStateAsInOrder() {
        List<Event> events = List.of(
                ev("e1", "i1", EventType.REPORTED, T0 - 3 * H, Category.SAFETY_HAZARD, "S0C0G1"),
                ev("e2", "i1", EventType.DISPATCHED, T0 - 2 * H, Category.SAFETY_HAZARD, null),
                ev("e3", "i1", EventType.REDISPATCHED, T0 - 90 * 60_000, Category.SAFETY_HAZARD, null),
                ev("e4", "i1", EventType.RESOLVED, T0 - H, Category.SAFETY_HAZARD, null));
        append(events);
        long inOrder = store.stateHash();
        WallSnapshot a = store.snapshot();
        store.close();
        store = new EventStore(allocator, TestMap.directory(), TestMap.resolver(), clock, StoreConfig.defaults());
        append(List.of(events.get(3), events.get(1)));
        append(List.of(events.get(2), events.get(0)));
        assertEquals(inOrder, store.stateHash());
        WallSnapshot b = store.snapshot();
        assertEquals(a.root().today().dispatchAccuracy(), b.root().today().dispatchAccuracy());
        assertEquals(0.0, b.root().today().dispatchAccuracy().getAsDouble());
        assertEquals(7200.0, b.root().today().timeToResolve().meanSeconds().getAsDouble());
    }

    @Test
    void asOfShowsThePast() {
        append(List.of(
                ev("e1", "i1", EventType.REPORTED, T0 - 3 * H, Category.FLOOD, "S0C0G0"),
                ev("e2", "i1", EventType.RESOLVED, T0 - H, Category.FLOOD, null)));
        WallSnapshot past = store.asOf(java.time.Instant.ofEpochMilli(T0 - 2 * H));
        assertEquals(1, past.root().open());
        assertEquals(0, past.root().today().resolved());
        assertEquals(0, store.snapshot().root().open());
        UnitKpis g = past.unit("S0C0G0");
        assertEquals(1, g.today().received());
    }
}
