package com.gridwall.replay.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Category;
import com.gridwall.domain.Event;
import com.gridwall.domain.EventType;
import com.gridwall.replay.events.EventVectors;
import com.gridwall.replay.events.SyntheticHistory;
import com.gridwall.replay.journal.JournalConfig;
import com.gridwall.replay.journal.JournalIndex;
import com.gridwall.replay.journal.JournalWriter;
import com.gridwall.store.EventSchema;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filters over the journal against a brute-force fold of the same events. */
class IncidentFoldTest {
    static final long START = 1_780_000_000_000L;
    @TempDir
    Path dir;
    private BufferAllocator allocator;
    private List<Event> events;
    private JournalIndex index;

    @BeforeEach
    void journal() throws Exception {
        allocator = new RootAllocator();
        SyntheticHistory h = new SyntheticHistory(11, START, 900, 40);
        events = h.next(20_000);
        try (JournalWriter w = JournalWriter.open(JournalConfig.defaults(dir).withSync(false).withSegmentBytes(200_000));
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator)) {
            for (int i = 0; i < events.size(); i += 500) {
                EventVectors.write(events.subList(i, i + 500), root);
                w.append(root);
            }
            index = w.index();
        }
    }

    @AfterEach
    void allocatorEndsAtZero() {
        assertEquals(0, allocator.getAllocatedMemory());
        allocator.close();
    }

    @Test
    void disputesInSomeGridsMatchTheBruteForceFold() throws Exception {
        Instant from = Instant.ofEpochMilli(START + 3_600_000L);
        Instant to = Instant.ofEpochMilli(START + 5 * 3_600_000L);
        IncidentFilter f = IncidentFilter.range(from, to).withCategories(Category.DISPUTE)
                .withGrids(Set.of("G00003", "G00004", "G00017", "G00021"));
        List<IncidentRecord> got = IncidentFold.select(index, allocator, f);
        Map<String, EventType> expected = oracle(from.toEpochMilli(), to.toEpochMilli(), Category.DISPUTE,
                Set.of("G00003", "G00004", "G00017", "G00021"));
        assertFalse(expected.isEmpty());
        Map<String, EventType> actual = new TreeMap<>();
        got.forEach(r -> actual.put(r.incidentId(), r.status()));
        assertEquals(expected, actual);
    }

    @Test
    void weekOverWeekCountsAddUpPerUnit() throws Exception {
        Instant end = Instant.ofEpochMilli(START + 10 * 3_600_000L);
        IncidentFilter base = IncidentFilter.range(Instant.ofEpochMilli(START), end);
        IncidentFilter now = base.withRange(end.minusSeconds(3 * 3600), end);
        IncidentFilter before = base.withRange(end.minusSeconds(6 * 3600), end.minusSeconds(3 * 3600));
        List<IncidentRecord> a = IncidentFold.select(index, allocator, now);
        List<IncidentRecord> b = IncidentFold.select(index, allocator, before);
        List<PeriodComparison.Row> rows = PeriodComparison.compare(a, b, IncidentRecord::gridCode);
        assertEquals(a.size(), rows.stream().mapToLong(r -> r.current().received()).sum());
        assertEquals(b.size(), rows.stream().mapToLong(r -> r.previous().received()).sum());
        PeriodComparison.Row g5 = rows.stream().filter(r -> r.unitCode().equals("G00005")).findFirst().orElseThrow();
        assertEquals(oracle(end.toEpochMilli() - 3 * 3_600_000L, end.toEpochMilli(), null, Set.of("G00005")).size(),
                g5.current().received());
        assertTrue(g5.current().resolved() <= g5.current().received());
    }

    /** Incidents reported in [from, to) with their status as of {@code to}, by a plain pass over the event list. */
    private Map<String, EventType> oracle(long from, long to, Category category, Set<String> grids) {
        Map<String, Event> reports = new HashMap<>();
        Map<String, EventType> status = new TreeMap<>();
        for (Event e : events) {
            if (e.ts() >= to) {
                continue;
            }
            if (e.type() == EventType.REPORTED && e.ts() >= from && (category == null || e.category() == category)
                    && grids.contains(e.gridCode())) {
                reports.put(e.incidentId(), e);
            }
            if (reports.containsKey(e.incidentId())) {
                status.put(e.incidentId(), e.type());
            }
        }
        return status;
    }
}
