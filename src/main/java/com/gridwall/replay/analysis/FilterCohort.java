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
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
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
    private static final byte[] REPORTED_BYTES = EventType.REPORTED.name().getBytes(StandardCharsets.UTF_8);
    private static final byte[][] DISPATCH_TYPES = {
        EventType.DISPATCHED.name().getBytes(StandardCharsets.UTF_8),
        EventType.REDISPATCHED.name().getBytes(StandardCharsets.UTF_8),
        EventType.ACCEPTED.name().getBytes(StandardCharsets.UTF_8),
        EventType.ESCALATED.name().getBytes(StandardCharsets.UTF_8)};

    private FilterCohort() {
    }

    /** Folded facts of one incident; one thread. */
    private static final class Facts {
        long reportedTs = Event.NO_TIME;
        long reportedSeq;
        /** Whether its earliest REPORTED event passes the filter's report-time criteria (all but department). */
        boolean reportPasses;
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
        IncidentFilter byReport = filter.withDepartments(); // department is decided later, as of t
        boolean byDepartment = !filter.departments().isEmpty();
        try (JournalReader reader = JournalReader.over(index, allocator)) {
            reader.forEachBatchBetween(lo, t, batch -> fold(batch, lo, t, byReport, byDepartment, resolver, facts));
        }
        Set<String> out = new HashSet<>();
        for (Map.Entry<String, Facts> e : facts.entrySet()) {
            Facts f = e.getValue();
            // no REPORTED in the window: reported before it (or never journaled), not on the filtered wall
            if (f.reportedTs != Event.NO_TIME && f.reportPasses
                    && (!byDepartment || (f.department != null && filter.departments().contains(f.department)))) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /**
     * One batch. Hot loop over every window row: the type is compared as bytes, and only the
     * columns a decision needs are decoded (a whole Event per row was most of the cost).
     */
    private static void fold(VectorSchemaRoot root, long lo, long t, IncidentFilter byReport, boolean byDepartment,
                             GridResolver resolver, Map<String, Facts> facts) {
        TimeStampVector ts = (TimeStampVector) root.getVector(EventSchema.TS);
        VarCharVector type = (VarCharVector) root.getVector(EventSchema.TYPE);
        BigIntVector seq = (BigIntVector) root.getVector(EventSchema.SEQ);
        for (int i = 0; i < root.getRowCount(); i++) {
            long when = ts.get(i);
            if (when < lo || when > t) {
                continue;
            }
            byte[] ty = type.get(i);
            if (Arrays.equals(ty, REPORTED_BYTES)) {
                String id = EventVectors.str(root, EventSchema.INCIDENT_ID, i);
                Facts f = facts.computeIfAbsent(id, k -> new Facts());
                long s = seq.get(i);
                if (f.reportedTs == Event.NO_TIME || when < f.reportedTs || (when == f.reportedTs && s < f.reportedSeq)) {
                    f.reportedTs = when;
                    f.reportedSeq = s;
                    f.reportPasses = reportPasses(root, i, when, byReport, resolver);
                }
            } else if (byDepartment && isDispatchType(ty)) {
                String dept = EventVectors.str(root, EventSchema.DEPARTMENT, i);
                Department d = dept == null ? null : Department.parse(dept);
                if (d == null) {
                    continue;
                }
                Facts f = facts.computeIfAbsent(EventVectors.str(root, EventSchema.INCIDENT_ID, i), k -> new Facts());
                long s = seq.get(i);
                if (f.deptTs == Event.NO_TIME || when > f.deptTs || (when == f.deptTs && s > f.deptSeq)) {
                    f.department = d;
                    f.deptTs = when;
                    f.deptSeq = s;
                }
            }
        }
    }

    /** The criteria a REPORTED event decides: time, category, source, area ({@code byReport} has no departments). */
    private static boolean reportPasses(VectorSchemaRoot root, int i, long when, IncidentFilter byReport,
                                        GridResolver resolver) {
        IncidentFilter filter = byReport;
        Category category = Category.parse(EventVectors.str(root, EventSchema.CATEGORY, i));
        Source source = Source.parse(EventVectors.str(root, EventSchema.SOURCE, i));
        String grid = null;
        if (!filter.grids().isEmpty()) {
            grid = EventVectors.str(root, EventSchema.GRID_CODE, i);
            if (grid == null && resolver != null) {
                Float8Vector lon = (Float8Vector) root.getVector(EventSchema.LON);
                Float8Vector lat = (Float8Vector) root.getVector(EventSchema.LAT);
                if (!lon.isNull(i) && !lat.isNull(i) && !Double.isNaN(lon.get(i)) && !Double.isNaN(lat.get(i))) {
                    grid = resolver.gridAt(lon.get(i), lat.get(i));
                }
            }
        }
        return filter.test(when, category, source, null, grid);
    }

    private static boolean isDispatchType(byte[] ty) {
        for (byte[] d : DISPATCH_TYPES) {
            if (Arrays.equals(ty, d)) {
                return true;
            }
        }
        return false;
    }

}
