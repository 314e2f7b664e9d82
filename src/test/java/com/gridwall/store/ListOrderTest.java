package com.gridwall.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.gridwall.domain.Category;
import com.gridwall.domain.Event;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Level;
import com.gridwall.domain.Source;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.domain.UnitInfo;
import com.gridwall.store.snapshot.RecentEvent;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The orders the snapshot's lists promise, on a map whose grids are declared out of code order:
 * hotspots by count, equal counts in ascending grid code order; recent events newest first by
 * event time, equal times by seq.
 */
class ListOrderTest {
    static final long T0 = EventStoreTest.T0;
    static final long H = EventStoreTest.H;
    /** Declared in this order, which is neither ascending nor descending by code. */
    static final List<String> GRIDS = List.of("CG5", "CG9", "CG1", "CG7", "CG3");

    RootAllocator allocator;
    EventStore store;
    long seq;

    @BeforeEach
    void open() {
        List<UnitInfo> u = new ArrayList<>();
        u.add(new UnitInfo("D", "区", Level.DISTRICT, null, 120, 30, 10, true));
        u.add(new UnitInfo("S", "S", Level.STREET, "D", 120, 30, 5, true));
        u.add(new UnitInfo("C", "C", Level.COMMUNITY, "S", 120, 30, 2, true));
        for (String g : GRIDS) {
            u.add(new UnitInfo(g, g, Level.GRID, "C", 120, 30, 1, true));
        }
        allocator = new RootAllocator();
        store = new EventStore(allocator, new UnitDirectory(u), (lon, lat) -> null, new MutableClock(T0),
                StoreConfig.defaults().withHotspotThreshold(2));
    }

    @AfterEach
    void close() {
        store.close();
        assertEquals(0, allocator.getAllocatedMemory());
        allocator.close();
    }

    private Event reported(String incident, long ts, Category cat, String grid) {
        long s = ++seq;
        return new Event(s, "e" + s, incident, EventType.REPORTED, ts, cat, Source.HOTLINE_12345, null, 2,
                Double.NaN, Double.NaN, grid, Event.NO_TIME, Event.NO_RATING, null);
    }

    private void append(List<Event> events) {
        try (VectorSchemaRoot root = EventBatches.create(allocator)) {
            EventBatches.fill(root, events);
            store.append(root);
        }
    }

    @Test
    void equalHotspotCountsListInGridCodeOrder() {
        List<Event> events = new ArrayList<>();
        int n = 0;
        for (String g : GRIDS) { // two disputes in every grid: five equal counts
            events.add(reported("i" + n++, T0 - H, Category.DISPUTE, g));
            events.add(reported("i" + n++, T0 - H, Category.DISPUTE, g));
        }
        for (int k = 0; k < 3; k++) { // and one count above them, in the grid declared last
            events.add(reported("i" + n++, T0 - H, Category.SAFETY_HAZARD, "CG3"));
        }
        append(events);
        List<String> listed = store.snapshot().hotspots().stream()
                .map(h -> h.gridCode() + "/" + h.category() + "/" + h.count()).toList();
        assertEquals(List.of("CG3/SAFETY_HAZARD/3", "CG1/DISPUTE/2", "CG3/DISPUTE/2", "CG5/DISPUTE/2",
                "CG7/DISPUTE/2", "CG9/DISPUTE/2"), listed);
    }

    @Test
    void recentEventsAreNewestFirstAndEqualTimesByLaterSeqFirst() {
        append(List.of(
                reported("a", T0 - H, Category.DISPUTE, "CG1"),      // seq 1
                reported("b", T0 - 3 * H, Category.DISPUTE, "CG1"),  // seq 2, older
                reported("c", T0 - H, Category.DISPUTE, "CG1"),      // seq 3, same time as seq 1
                reported("d", T0 - 2 * H, Category.DISPUTE, "CG1"))); // seq 4
        List<String> order = store.snapshot().recent().stream().map(r -> r.incidentId()).toList();
        assertEquals(List.of("c", "a", "d", "b"), order);
    }

    @Test
    void newestFirstBreaksEqualTimesBySeqWhateverTheOrderGiven() {
        long[][] seqTs = {{5, 100}, {9, 300}, {7, 300}, {8, 100}, {1, 300}, {6, 200}};
        RecentEvent[] a = new RecentEvent[seqTs.length];
        for (int k = 0; k < a.length; k++) {
            a[k] = new RecentEvent(seqTs[k][0], "i" + seqTs[k][0], EventType.REPORTED, Category.DISPUTE,
                    Source.HOTLINE_12345, 2, "CG1", "C", "S", "D", seqTs[k][1], EventType.REPORTED);
        }
        SnapshotBuilder.newestFirst(a);
        assertEquals(List.of(9L, 7L, 1L, 6L, 8L, 5L), java.util.Arrays.stream(a).map(RecentEvent::seq).toList());
    }
}
