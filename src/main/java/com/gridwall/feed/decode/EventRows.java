package com.gridwall.feed.decode;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.Event;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Source;
import com.gridwall.store.EventSchema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMilliTZVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/** Converts between {@link Event} records and rows of an event batch. Stateless. */
public final class EventRows {
    private EventRows() {
    }

    /** Replaces the content of {@code root} (in EventSchema) with {@code events}. */
    public static void write(List<Event> events, VectorSchemaRoot root) {
        // size the buffers for these rows: encoded blocks are retained by producers, and the
        // default capacity (~4k rows) would make a 50-row block cost as much as a 4,000-row one
        int n = Math.max(1, events.size());
        for (org.apache.arrow.vector.FieldVector v : root.getFieldVectors()) {
            v.clear();
            if (v instanceof org.apache.arrow.vector.BaseVariableWidthVector w) {
                w.setInitialCapacity(n, 16);
            } else {
                v.setInitialCapacity(n);
            }
            v.allocateNew();
        }
        BigIntVector seq = (BigIntVector) root.getVector(EventSchema.SEQ);
        VarCharVector eventId = (VarCharVector) root.getVector(EventSchema.EVENT_ID);
        VarCharVector incidentId = (VarCharVector) root.getVector(EventSchema.INCIDENT_ID);
        VarCharVector type = (VarCharVector) root.getVector(EventSchema.TYPE);
        TimeStampMilliTZVector ts = (TimeStampMilliTZVector) root.getVector(EventSchema.TS);
        VarCharVector category = (VarCharVector) root.getVector(EventSchema.CATEGORY);
        VarCharVector source = (VarCharVector) root.getVector(EventSchema.SOURCE);
        VarCharVector department = (VarCharVector) root.getVector(EventSchema.DEPARTMENT);
        TinyIntVector severity = (TinyIntVector) root.getVector(EventSchema.SEVERITY);
        Float8Vector lon = (Float8Vector) root.getVector(EventSchema.LON);
        Float8Vector lat = (Float8Vector) root.getVector(EventSchema.LAT);
        VarCharVector gridCode = (VarCharVector) root.getVector(EventSchema.GRID_CODE);
        TimeStampMilliTZVector deadline = (TimeStampMilliTZVector) root.getVector(EventSchema.DEADLINE);
        TinyIntVector satisfaction = (TinyIntVector) root.getVector(EventSchema.SATISFACTION);
        VarCharVector summary = (VarCharVector) root.getVector(EventSchema.SUMMARY);
        int i = 0;
        for (Event e : events) {
            seq.setSafe(i, e.seq());
            eventId.setSafe(i, utf8(e.eventId()));
            incidentId.setSafe(i, utf8(e.incidentId()));
            type.setSafe(i, ascii(e.type().name()));
            ts.setSafe(i, e.ts());
            category.setSafe(i, ascii(e.category().name()));
            source.setSafe(i, ascii(e.source().name()));
            if (e.department() != null) {
                department.setSafe(i, ascii(e.department().name()));
            }
            severity.setSafe(i, e.severity());
            if (e.hasPosition()) {
                lon.setSafe(i, e.lon());
                lat.setSafe(i, e.lat());
            }
            if (e.gridCode() != null) {
                gridCode.setSafe(i, utf8(e.gridCode()));
            }
            if (e.deadline() != Event.NO_TIME) {
                deadline.setSafe(i, e.deadline());
            }
            if (e.satisfaction() != Event.NO_RATING) {
                satisfaction.setSafe(i, e.satisfaction());
            }
            if (e.summary() != null) {
                summary.setSafe(i, utf8(e.summary()));
            }
            i++;
        }
        root.setRowCount(i);
    }

    /** Reads every row of a valid event batch (as produced by {@link BatchValidator}). */
    public static List<Event> read(VectorSchemaRoot root) {
        List<Event> out = new ArrayList<>(root.getRowCount());
        for (int r = 0; r < root.getRowCount(); r++) {
            out.add(read(root, r));
        }
        return out;
    }

    public static Event read(VectorSchemaRoot root, int r) {
        Float8Vector lon = (Float8Vector) root.getVector(EventSchema.LON);
        Float8Vector lat = (Float8Vector) root.getVector(EventSchema.LAT);
        TimeStampMilliTZVector deadline = (TimeStampMilliTZVector) root.getVector(EventSchema.DEADLINE);
        TinyIntVector satisfaction = (TinyIntVector) root.getVector(EventSchema.SATISFACTION);
        String dept = str(root, EventSchema.DEPARTMENT, r);
        return new Event(
                ((BigIntVector) root.getVector(EventSchema.SEQ)).get(r),
                str(root, EventSchema.EVENT_ID, r),
                str(root, EventSchema.INCIDENT_ID, r),
                EventType.parse(str(root, EventSchema.TYPE, r)),
                ((TimeStampMilliTZVector) root.getVector(EventSchema.TS)).get(r),
                Category.parse(str(root, EventSchema.CATEGORY, r)),
                Source.parse(str(root, EventSchema.SOURCE, r)),
                dept == null ? null : Department.parse(dept),
                ((TinyIntVector) root.getVector(EventSchema.SEVERITY)).get(r),
                lon.isNull(r) ? Double.NaN : lon.get(r),
                lat.isNull(r) ? Double.NaN : lat.get(r),
                str(root, EventSchema.GRID_CODE, r),
                deadline.isNull(r) ? Event.NO_TIME : deadline.get(r),
                satisfaction.isNull(r) ? Event.NO_RATING : satisfaction.get(r),
                str(root, EventSchema.SUMMARY, r));
    }

    private static String str(VectorSchemaRoot root, String field, int r) {
        VarCharVector v = (VarCharVector) root.getVector(field);
        return v.isNull(r) ? null : new String(v.get(r), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
