package com.gridwall.replay.analysis;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.Event;
import com.gridwall.domain.EventType;
import com.gridwall.domain.GridResolver;
import com.gridwall.domain.Source;
import com.gridwall.replay.events.EventVectors;
import com.gridwall.replay.journal.JournalIndex;
import com.gridwall.replay.journal.JournalReader;
import com.gridwall.store.EventSchema;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Which incidents an analyst filter puts on the wall at instant t, folding the journal's events
 * with lo &le; ts &le; t. An incident matches when its REPORTED event lies in that window and in the
 * filter's range, and, as of t:
 * <ul>
 *   <li>category and source are those of its REPORTED event (the store's anchor);</li>
 *   <li>department is that of its latest (ts, seq) DISPATCHED, REDISPATCHED, ACCEPTED or ESCALATED
 *       event carrying one (none yet: matches only a filter without departments);</li>
 *   <li>grid is the REPORTED event's grid code, or the grid its point lies in (resolver), as the
 *       store locates it.</li>
 * </ul>
 * Stateless; each call opens its own reader. Thread-safe as the allocator is.
 */
public final class FilterCohort {
    private static final String REPORTED = EventType.REPORTED.name();

    private FilterCohort() {
    }

    /** Folded facts of one incident; one thread. */
    private static final class Facts {
        long reportedTs = Event.NO_TIME;
        long reportedSeq;
        Category category;
        Source source;
        String grid;
        Department department;
        long deptTs = Event.NO_TIME;
        long deptSeq;
    }

    /**
     * The ids of the incidents {@code filter} selects as of {@code t}, among those reported in
     * [lo, t]. {@code resolver} may be null (then only grid codes locate incidents).
     */
    public static Set<String> matching(JournalIndex index, BufferAllocator allocator, IncidentFilter filter, long lo,
                                       long t, GridResolver resolver) throws IOException {
        Map<String, Facts> facts = new HashMap<>();
        try (JournalReader reader = JournalReader.over(index, allocator)) {
            JournalReader.Cursor c = reader.fromTime(lo);
            while (c.next()) {
                if (index.minTsFrom(c.batchNumber()) > t) {
                    break;
                }
                if (c.record().maxTs() < lo || c.record().minTs() > t) {
                    continue;
                }
                fold(c.root(), lo, t, resolver, facts);
            }
        }
        Set<String> out = new HashSet<>();
        for (Map.Entry<String, Facts> e : facts.entrySet()) {
            Facts f = e.getValue();
            if (f.reportedTs == Event.NO_TIME) {
                continue; // report before the window (or never journaled): not on the filtered wall
            }
            if (filter.test(f.reportedTs, f.category, f.source, f.department, f.grid)) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** Reads the grid the store would give a REPORTED event: its code, else its point's grid. */
    private static void fold(VectorSchemaRoot root, long lo, long t, GridResolver resolver, Map<String, Facts> facts) {
        TimeStampVector ts = (TimeStampVector) root.getVector(EventSchema.TS);
        for (int i = 0; i < root.getRowCount(); i++) {
            long when = ts.get(i);
            if (when < lo || when > t) {
                continue;
            }
            String type = EventVectors.str(root, EventSchema.TYPE, i);
            boolean report = REPORTED.equals(type);
            boolean dept = !report && (EventType.DISPATCHED.name().equals(type) || EventType.REDISPATCHED.name().equals(type)
                    || EventType.ACCEPTED.name().equals(type) || EventType.ESCALATED.name().equals(type));
            if (!report && !dept) {
                continue;
            }
            Event e = EventVectors.read(root, i);
            Facts f = facts.computeIfAbsent(e.incidentId(), k -> new Facts());
            if (report) {
                if (f.reportedTs == Event.NO_TIME || before(e, f.reportedTs, f.reportedSeq)) {
                    f.reportedTs = e.ts();
                    f.reportedSeq = e.seq();
                    f.category = e.category();
                    f.source = e.source();
                    f.grid = e.gridCode() != null ? e.gridCode()
                            : resolver != null && e.hasPosition() ? resolver.gridAt(e.lon(), e.lat()) : null;
                }
            } else if (e.department() != null && (f.deptTs == Event.NO_TIME || !before(e, f.deptTs, f.deptSeq))) {
                f.department = e.department();
                f.deptTs = e.ts();
                f.deptSeq = e.seq();
            }
        }
    }

    private static boolean before(Event e, long ts, long seq) {
        return e.ts() < ts || (e.ts() == ts && e.seq() < seq);
    }
}
