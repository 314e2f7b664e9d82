package com.gridwall.replay.events;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.Event;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Source;
import com.gridwall.store.EventSchema;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Converts between {@link Event} records and rows of a {@link VectorSchemaRoot} in
 * {@link EventSchema#SCHEMA}. Stateless and thread-safe (the roots are not).
 */
public final class EventVectors {
    private EventVectors() {
    }

    /** Replaces the content of {@code root} with {@code events}. */
    public static void write(List<Event> events, VectorSchemaRoot root) {
        root.allocateNew();
        BigIntVector seq = (BigIntVector) root.getVector(EventSchema.SEQ);
        VarCharVector eventId = (VarCharVector) root.getVector(EventSchema.EVENT_ID);
        VarCharVector incidentId = (VarCharVector) root.getVector(EventSchema.INCIDENT_ID);
        VarCharVector type = (VarCharVector) root.getVector(EventSchema.TYPE);
        TimeStampVector ts = (TimeStampVector) root.getVector(EventSchema.TS);
        VarCharVector category = (VarCharVector) root.getVector(EventSchema.CATEGORY);
        VarCharVector source = (VarCharVector) root.getVector(EventSchema.SOURCE);
        VarCharVector department = (VarCharVector) root.getVector(EventSchema.DEPARTMENT);
        TinyIntVector severity = (TinyIntVector) root.getVector(EventSchema.SEVERITY);
        Float8Vector lon = (Float8Vector) root.getVector(EventSchema.LON);
        Float8Vector lat = (Float8Vector) root.getVector(EventSchema.LAT);
        VarCharVector grid = (VarCharVector) root.getVector(EventSchema.GRID_CODE);
        TimeStampVector deadline = (TimeStampVector) root.getVector(EventSchema.DEADLINE);
        TinyIntVector satisfaction = (TinyIntVector) root.getVector(EventSchema.SATISFACTION);
        VarCharVector summary = (VarCharVector) root.getVector(EventSchema.SUMMARY);
        int i = 0;
        for (Event e : events) {
            seq.setSafe(i, e.seq());
            utf8(eventId, i, e.eventId());
            utf8(incidentId, i, e.incidentId());
            utf8(type, i, e.type().name());
            ts.setSafe(i, e.ts());
            utf8(category, i, e.category().name());
            utf8(source, i, e.source().name());
            utf8(department, i, e.department() == null ? null : e.department().name());
            severity.setSafe(i, e.severity());
            if (e.hasPosition()) {
                lon.setSafe(i, e.lon());
                lat.setSafe(i, e.lat());
            } else {
                lon.setNull(i);
                lat.setNull(i);
            }
            utf8(grid, i, e.gridCode());
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
            utf8(summary, i, e.summary());
            i++;
        }
        root.setRowCount(i);
    }

    /** The event at {@code row}; enum names that do not parse become null (callers validate). */
    public static Event read(VectorSchemaRoot root, int row) {
        BigIntVector seq = (BigIntVector) root.getVector(EventSchema.SEQ);
        TimeStampVector ts = (TimeStampVector) root.getVector(EventSchema.TS);
        TinyIntVector severity = (TinyIntVector) root.getVector(EventSchema.SEVERITY);
        Float8Vector lon = (Float8Vector) root.getVector(EventSchema.LON);
        Float8Vector lat = (Float8Vector) root.getVector(EventSchema.LAT);
        TimeStampVector deadline = (TimeStampVector) root.getVector(EventSchema.DEADLINE);
        TinyIntVector satisfaction = (TinyIntVector) root.getVector(EventSchema.SATISFACTION);
        String dept = str(root, EventSchema.DEPARTMENT, row);
        return new Event(seq.get(row), str(root, EventSchema.EVENT_ID, row), str(root, EventSchema.INCIDENT_ID, row),
                EventType.parse(str(root, EventSchema.TYPE, row)), ts.get(row),
                Category.parse(str(root, EventSchema.CATEGORY, row)), Source.parse(str(root, EventSchema.SOURCE, row)),
                dept == null ? null : Department.parse(dept), severity.get(row),
                lon.isNull(row) ? Double.NaN : lon.get(row), lat.isNull(row) ? Double.NaN : lat.get(row),
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

    private static void utf8(VarCharVector v, int i, String s) {
        if (s == null) {
            v.setNull(i);
        } else {
            v.setSafe(i, s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
