package com.gridwall.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Category;
import com.gridwall.domain.Event;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Level;
import com.gridwall.domain.Source;
import com.gridwall.geo.index.GridLocator;
import com.gridwall.store.EventBatches;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import com.gridwall.store.snapshot.WallSnapshot;
import com.gridwall.ui.alert.AlertKind;
import com.gridwall.ui.alert.WallAlert;
import com.gridwall.ui.wall.AlertDetector;
import com.gridwall.ui.wall.WallModels;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;

/** An incident going overdue raises its alert even while more than a full list of older ones are overdue. */
class NewlyOverdueAlertTest {
    private static final long T0 = Instant.parse("2026-11-26T02:00:00Z").toEpochMilli();
    private static final long H = 3_600_000L;

    @Test
    void aNewlyOverdueIncidentBehindManyOlderOnesRaisesItsAlert() {
        String grid = WallTestBed.MAP.unitsAt(Level.GRID).get(0).code();
        WalkingClock now = new WalkingClock(T0);
        List<Event> events = new ArrayList<>();
        for (int k = 0; k < 150; k++) {
            events.add(reported(k + 1, "old" + k, T0 + k, grid));
        }
        events.add(reported(151, "late", T0 + H, grid));
        try (RootAllocator allocator = new RootAllocator();
             EventStore store = new EventStore(allocator, WallTestBed.MAP.directory(), GridLocator.forMap(WallTestBed.MAP),
                     now, StoreConfig.defaults());
             VectorSchemaRoot root = EventBatches.create(allocator)) {
            EventBatches.fill(root, events);
            store.append(root);
            AlertDetector detector = new AlertDetector(WallTestBed.MAP, new WallModels(WallTestBed.MAP, StoreConfig.SHANGHAI),
                    Duration.ofHours(2));
            now.set(T0 + 4 * H + 1_000);
            store.tick();
            List<WallAlert> first = detector.detect(store.snapshot());
            assertEquals(100, first.stream().filter(a -> a.kind() == AlertKind.NEWLY_OVERDUE).count(),
                    "the newest 100 transitions alert");
            now.set(T0 + 5 * H + 1_000);
            store.tick();
            WallSnapshot s = store.snapshot();
            assertFalse(s.overdue().stream().anyMatch(o -> o.incidentId().equals("late")), "behind 100 more overdue ones");
            List<WallAlert> second = detector.detect(s);
            assertEquals(1, second.size(), "only the new transition: " + second);
            assertEquals("late", second.get(0).incidentId());
            assertEquals(AlertKind.NEWLY_OVERDUE, second.get(0).kind());
            assertTrue(second.get(0).hasPosition(), "flies to its grid");
            assertTrue(detector.detect(s).isEmpty(), "once per incident");
        }
    }

    private static Event reported(long seq, String incident, long ts, String grid) {
        return new Event(seq, "e-" + incident, incident, EventType.REPORTED, ts, Category.FIRE, Source.HOTLINE_12345,
                null, 2, Double.NaN, Double.NaN, grid, Event.NO_TIME, Event.NO_RATING, null);
    }
}
