package com.gridwall.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.Event;
import com.gridwall.domain.EventType;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Test;

/**
 * A store that folds without publishing keeps every stale overdue-queue entry;
 * {@link EventStore#dropStaleQueueEntries()} drops them without changing what any later snapshot
 * lists: its twin that never drops them shows the same overdue list at every step, including an
 * incident that went overdue, was resolved (its entry dropped), was reopened and is overdue again
 * with the same deadline.
 */
class OverdueQueueTest {
    static final long T0 = EventStoreTest.T0;
    static final long H = 3_600_000L;

    @Test
    void droppingStaleEntriesChangesNoSnapshot() {
        StoreConfig quiet = StoreConfig.defaults().withPublishEveryMillis(24 * H); // publishes only when ticked
        try (RootAllocator a = new RootAllocator()) {
            MutableClock clock = new MutableClock(T0);
            try (EventStore dropping = new EventStore(a, TestMap.directory(), null, clock, quiet);
                 EventStore keeping = new EventStore(a, TestMap.directory(), null, clock, quiet)) {
                long seq = 0;
                List<Event> reports = new ArrayList<>();
                for (int k = 0; k < 300; k++) {
                    reports.add(StoreBehaviourTest.reported(++seq, "i" + k, T0 + k * 60_000L, Category.values()[k % 5], "S0C0G" + (k % 2)));
                }
                feed(dropping, keeping, a, reports);
                clock.set(T0 + 30 * 24 * H); // every deadline passed: all 300 overdue and queued
                dropping.advanceClock();
                keeping.advanceClock();
                List<Event> resolved = new ArrayList<>();
                for (int k = 0; k < 300; k++) {
                    if (k % 10 != 0) {
                        resolved.add(StoreBehaviourTest.next(++seq, "i" + k, EventType.RESOLVED, clock.millis(), Category.values()[k % 5], Department.POLICE));
                    }
                }
                feed(dropping, keeping, a, resolved);
                assertEquals(300, keeping.overdueQueueSize(), "270 stale entries stay in a store that does not publish");
                dropping.dropStaleQueueEntries();
                assertEquals(30, dropping.overdueQueueSize(), "only the still overdue remain");
                assertSameOverdue(dropping, keeping, "after dropping");

                // i1 was resolved (entry dropped, queued deadline cleared); reopened it is overdue again, same deadline
                clock.set(clock.millis() + H);
                feed(dropping, keeping, a, List.of(StoreBehaviourTest.next(++seq, "i1", EventType.REOPENED, clock.millis(), Category.values()[1], null)));
                dropping.dropStaleQueueEntries();
                List<String> ids = assertSameOverdue(dropping, keeping, "after reopening");
                assertTrue(ids.contains("i1"), "the reopened incident is listed again: " + ids);
                assertEquals(31, ids.size());
            }
            assertEquals(0, a.getAllocatedMemory());
        }
    }

    private static void feed(EventStore x, EventStore y, RootAllocator a, List<Event> events) {
        StoreBehaviourTest.append(x, a, events);
        StoreBehaviourTest.append(y, a, events);
    }

    private static List<String> assertSameOverdue(EventStore dropping, EventStore keeping, String when) {
        dropping.tick();
        keeping.tick();
        assertEquals(keeping.stateHash(), dropping.stateHash(), when);
        assertEquals(keeping.snapshot().overdue(), dropping.snapshot().overdue(), "overdue list " + when);
        assertEquals(keeping.snapshot().newlyOverdue(), dropping.snapshot().newlyOverdue(), "newly overdue " + when);
        return keeping.snapshot().overdue().stream().map(o -> o.incidentId()).toList();
    }
}
