package com.gridwall.store;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.Event;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Source;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMilliTZVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The one converter between {@link Event} records and batches in {@link EventSchema#SCHEMA}
 * (simulator, feed, journal, importers, tests). Stateless and thread-safe; the batches are not.
 */
public final class EventBatches {
    private EventBatches() {
    }

    /** A new empty batch; the caller closes it. */
    public static VectorSchemaRoot create(BufferAllocator allocator) {
        return VectorSchemaRoot.create(EventSchema.SCHEMA, allocator);
    }

    /**
     * Replaces the batch's rows with {@code events}. Buffers are sized for these rows: producers
     * retain encoded blocks, and the default capacity (~4k rows) would make a 50-row block cost
     * as much as a 4,000-row one.
     */
    public static void fill(VectorSchemaRoot root, List<Event> events) {
        int n = Math.max(1, events.size());
        for (FieldVector v : root.getFieldVectors()) {
            v.clear();
            if (v instanceof BaseVariableWidthVector w) {
                w.setInitialCapacity(n, 16);
            } else {
                v.setInitialCapacity(n);
            }
            v.allocateNew();
        }
        BigIntVector seq = (BigIntVector) root.getVector(EventSchema.SEQ);
        VarCharVector eventId = (VarCharVector) root.getVector(EventSchema.EVENT_ID);
        VarCharVector incident = (VarCharVector) root.getVector(EventSchema.INCIDENT_ID);
        VarCharVector type = (VarCharVector) root.getVector(EventSchema.TYPE);
        TimeStampMilliTZVector ts = (TimeStampMilliTZVector) root.getVector(EventSchema.TS);
        VarCharVector category = (VarCharVector) root.getVector(EventSchema.CATEGORY);
        VarCharVector source = (VarCharVector) root.getVector(EventSchema.SOURCE);
        VarCharVector department = (VarCharVector) root.getVector(EventSchema.DEPARTMENT);
        TinyIntVector severity = (TinyIntVector) root.getVector(EventSchema.SEVERITY);
        Float8Vector lon = (Float8Vector) root.getVector(EventSchema.LON);
        Float8Vector lat = (Float8Vector) root.getVector(EventSchema.LAT);
        VarCharVector grid = (VarCharVector) root.getVector(EventSchema.GRID_CODE);
        TimeStampMilliTZVector deadline = (TimeStampMilliTZVector) root.getVector(EventSchema.DEADLINE);
        TinyIntVector satisfaction = (TinyIntVector) root.getVector(EventSchema.SATISFACTION);
        VarCharVector summary = (VarCharVector) root.getVector(EventSchema.SUMMARY);
        int i = 0;
        for (Event e : events) {
            seq.setSafe(i, e.seq());
            eventId.setSafe(i, utf8(e.eventId()));
            incident.setSafe(i, utf8(e.incidentId()));
            type.setSafe(i, utf8(e.type().name()));
            ts.setSafe(i, e.ts());
            category.setSafe(i, utf8(e.category().name()));
            source.setSafe(i, utf8(e.source().name()));
            if (e.department() == null) {
                department.setNull(i);
            } else {
                department.setSafe(i, utf8(e.department().name()));
            }
            severity.setSafe(i, e.severity());
            if (e.hasPosition()) {
                lon.setSafe(i, e.lon());
                lat.setSafe(i, e.lat());
            } else {
                lon.setNull(i);
                lat.setNull(i);
            }
            if (e.gridCode() == null) {
                grid.setNull(i);
            } else {
                grid.setSafe(i, utf8(e.gridCode()));
            }
            if (e.deadline() == Event.NO_TIME) {
                deadline.setNull(i);
            } else {
                deadline.setSafe(i, e.deadline());
            }
            if (e.satisfaction() == Event.NO_RATING) {
                satisfaction.setNull(i);
            } else {
                satisfaction.setSafe(i, e.satisfaction());
            }
            if (e.summary() == null) {
                summary.setNull(i);
            } else {
                summary.setSafe(i, utf8(e.summary()));
            }
            i++;
        }
        root.setRowCount(i);
    }

    /** Every row of a batch as events; enum names that do not parse become null (callers validate). */
    public static List<Event> read(VectorSchemaRoot root) {
        List<Event> out = new ArrayList<>(root.getRowCount());
        for (int r = 0; r < root.getRowCount(); r++) {
            out.add(read(root, r));
        }
        return out;
    }

    /** The event at {@code row}; enum names that do not parse become null (callers validate). */
    public static Event read(VectorSchemaRoot root, int row) {
        Float8Vector lon = (Float8Vector) root.getVector(EventSchema.LON);
        Float8Vector lat = (Float8Vector) root.getVector(EventSchema.LAT);
        TimeStampVector deadline = (TimeStampVector) root.getVector(EventSchema.DEADLINE);
        TinyIntVector satisfaction = (TinyIntVector) root.getVector(EventSchema.SATISFACTION);
        String dept = str(root, EventSchema.DEPARTMENT, row);
        return new Event(
                ((BigIntVector) root.getVector(EventSchema.SEQ)).get(row),
                str(root, EventSchema.EVENT_ID, row),
                str(root, EventSchema.INCIDENT_ID, row),
                EventType.parse(str(root, EventSchema.TYPE, row)),
                ((TimeStampVector) root.getVector(EventSchema.TS)).get(row),
                Category.parse(str(root, EventSchema.CATEGORY, row)),
                Source.parse(str(root, EventSchema.SOURCE, row)),
                dept == null ? null : Department.parse(dept),
                ((TinyIntVector) root.getVector(EventSchema.SEVERITY)).get(row),
                lon.isNull(row) ? Double.NaN : lon.get(row),
                lat.isNull(row) ? Double.NaN : lat.get(row),
                str(root, EventSchema.GRID_CODE, row),
                deadline.isNull(row) ? Event.NO_TIME : deadline.get(row),
                satisfaction.isNull(row) ? Event.NO_RATING : satisfaction.get(row),
                str(root, EventSchema.SUMMARY, row));
    }

    /** The utf8 value of {@code field} at {@code row}, or null. */
    public static String str(VectorSchemaRoot root, String field, int row) {
        VarCharVector v = (VarCharVector) root.getVector(field);
        return v.isNull(row) ? null : new String(v.get(row), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
