package com.gridwall.store;

import com.gridwall.domain.Event;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMilliTZVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/** Writes {@link Event} records into a batch in {@link EventSchema#SCHEMA} (simulators, tests, importers). */
public final class EventBatches {
    private EventBatches() {
    }

    /** A new empty batch; the caller closes it. */
    public static VectorSchemaRoot create(BufferAllocator allocator) {
        return VectorSchemaRoot.create(EventSchema.SCHEMA, allocator);
    }

    /** Replaces the batch's rows with {@code events}. */
    public static void fill(VectorSchemaRoot root, List<Event> events) {
        root.allocateNew();
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

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
