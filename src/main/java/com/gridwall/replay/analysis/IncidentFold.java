package com.gridwall.replay.analysis;

import com.gridwall.domain.Event;
import com.gridwall.domain.EventType;
import com.gridwall.replay.events.EventVectors;
import com.gridwall.replay.journal.JournalIndex;
import com.gridwall.replay.journal.JournalReader;
import com.gridwall.store.EventSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Folds the journal's events into incidents for the analyst tools: every incident reported in the
 * filter's range, with its state as of the range's end, selected by the filter. Reads only the
 * batches that can hold such events (from the first reaching the range start to the last that
 * starts before its end). Stateless; each call opens its own reader.
 */
public final class IncidentFold {
    private IncidentFold() {
    }

    /** The selected incidents, ordered by report time then id. */
    public static List<IncidentRecord> select(JournalIndex index, BufferAllocator allocator, IncidentFilter filter)
            throws IOException {
        long from = filter.from().toEpochMilli();
        long to = filter.to().toEpochMilli();
        Map<String, Acc> incidents = new HashMap<>();
        try (JournalReader reader = JournalReader.over(index, allocator)) {
            JournalReader.Cursor c = reader.fromTime(from);
            while (c.next()) {
                if (index.minTsFrom(c.batchNumber()) >= to) {
                    break;
                }
                fold(c.root(), from, to, incidents);
            }
        }
        List<IncidentRecord> out = new ArrayList<>();
        for (Acc a : incidents.values()) {
            if (a.reported != null) {
                IncidentRecord r = a.record();
                if (filter.test(r)) {
                    out.add(r);
                }
            }
        }
        out.sort(Comparator.comparingLong(IncidentRecord::reportedTs).thenComparing(IncidentRecord::incidentId));
        return out;
    }

    private static void fold(VectorSchemaRoot root, long from, long to, Map<String, Acc> incidents) {
        TimeStampVector ts = (TimeStampVector) root.getVector(EventSchema.TS);
        for (int i = 0; i < root.getRowCount(); i++) {
            long t = ts.get(i);
            if (t >= to) {
                continue;
            }
            boolean report = EventType.REPORTED.name().equals(EventVectors.str(root, EventSchema.TYPE, i));
            String incident = EventVectors.str(root, EventSchema.INCIDENT_ID, i);
            Acc a = incidents.get(incident);
            if (a == null) {
                if (!report || t < from) {
                    continue; // reported before the range (or report not seen): not in the cohort
                }
                a = new Acc();
                incidents.put(incident, a);
            }
            a.apply(EventVectors.read(root, i));
        }
    }

    /** Mutable per-incident accumulator; one thread. */
    private static final class Acc {
        Event reported;
        Event last;
        com.gridwall.domain.Department department;
        long dispatched = Event.NO_TIME;
        long resolved = Event.NO_TIME;
        long closed = Event.NO_TIME;
        int satisfaction = Event.NO_RATING;
        boolean redispatched;

        void apply(Event e) {
            if (e.type() == EventType.REPORTED && reported == null) {
                reported = e;
            }
            last = e;
            switch (e.type()) {
                case DISPATCHED, REDISPATCHED -> {
                    if (dispatched == Event.NO_TIME) {
                        dispatched = e.ts();
                    }
                    redispatched |= e.type() == EventType.REDISPATCHED;
                    if (e.department() != null) {
                        department = e.department();
                    }
                }
                case RESOLVED -> resolved = e.ts();
                case CLOSED -> {
                    closed = e.ts();
                    if (e.satisfaction() != Event.NO_RATING) {
                        satisfaction = e.satisfaction();
                    }
                    if (resolved == Event.NO_TIME) {
                        resolved = e.ts();
                    }
                }
                case REOPENED -> {
                    resolved = Event.NO_TIME;
                    closed = Event.NO_TIME;
                }
                default -> {
                }
            }
        }

        IncidentRecord record() {
            Event r = reported;
            return new IncidentRecord(r.incidentId(), r.category(), r.source(), department, r.severity(), r.gridCode(),
                    r.lon(), r.lat(), r.ts(), r.deadline(), last.type(), dispatched, resolved, closed, satisfaction,
                    redispatched, r.summary());
        }
    }
}
