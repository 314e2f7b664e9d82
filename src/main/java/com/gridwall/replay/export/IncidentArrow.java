package com.gridwall.replay.export;

import com.gridwall.domain.Event;
import com.gridwall.replay.analysis.IncidentRecord;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Writes incidents as an Arrow IPC stream (schema "gridwall.incident_export" v1; same columns as
 * {@link IncidentCsv}), in batches of 64k rows. Stateless.
 */
public final class IncidentArrow {
    private static final ArrowType TS = new ArrowType.Timestamp(TimeUnit.MILLISECOND, "UTC");
    private static final ArrowType UTF8 = ArrowType.Utf8.INSTANCE;
    public static final Schema SCHEMA = new Schema(List.of(
            f("incident_id", UTF8, false), f("category", UTF8, false), f("source", UTF8, false),
            f("department", UTF8, true), f("severity", new ArrowType.Int(8, true), false), f("grid_code", UTF8, true),
            f("lon", new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE), true),
            f("lat", new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE), true), f("reported", TS, false),
            f("deadline", TS, true), f("status", UTF8, false), f("dispatched", TS, true), f("resolved", TS, true),
            f("closed", TS, true), f("satisfaction", new ArrowType.Int(8, true), true),
            f("redispatched", ArrowType.Bool.INSTANCE, false), f("summary", UTF8, true)),
            Map.of("gridwall.export", "incidents", "gridwall.export_version", "1"));
    private static final int BATCH = 65_536;

    private IncidentArrow() {
    }

    public static void write(List<IncidentRecord> incidents, Path out, BufferAllocator allocator) throws IOException {
        try (VectorSchemaRoot root = VectorSchemaRoot.create(SCHEMA, allocator);
             FileChannel ch = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                     StandardOpenOption.WRITE);
             ArrowStreamWriter w = new ArrowStreamWriter(root, null, ch)) {
            w.start();
            for (int from = 0; from < incidents.size(); from += BATCH) {
                fill(root, incidents.subList(from, Math.min(incidents.size(), from + BATCH)));
                w.writeBatch();
            }
            w.end();
        }
    }

    private static void fill(VectorSchemaRoot root, List<IncidentRecord> rows) {
        root.allocateNew();
        int i = 0;
        for (IncidentRecord r : rows) {
            str(root, "incident_id", i, r.incidentId());
            str(root, "category", i, r.category().name());
            str(root, "source", i, r.source().name());
            str(root, "department", i, r.department() == null ? null : r.department().name());
            ((TinyIntVector) root.getVector("severity")).setSafe(i, r.severity());
            str(root, "grid_code", i, r.gridCode());
            dbl(root, "lon", i, r.lon());
            dbl(root, "lat", i, r.lat());
            time(root, "reported", i, r.reportedTs());
            time(root, "deadline", i, r.deadline());
            str(root, "status", i, r.status().name());
            time(root, "dispatched", i, r.dispatchedTs());
            time(root, "resolved", i, r.resolvedTs());
            time(root, "closed", i, r.closedTs());
            TinyIntVector sat = (TinyIntVector) root.getVector("satisfaction");
            if (r.satisfaction() == Event.NO_RATING) {
                sat.setNull(i);
            } else {
                sat.setSafe(i, r.satisfaction());
            }
            ((BitVector) root.getVector("redispatched")).setSafe(i, r.redispatched() ? 1 : 0);
            str(root, "summary", i, r.summary());
            i++;
        }
        root.setRowCount(i);
    }

    private static void str(VectorSchemaRoot root, String name, int i, String v) {
        VarCharVector vec = (VarCharVector) root.getVector(name);
        if (v == null) {
            vec.setNull(i);
        } else {
            vec.setSafe(i, v.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void dbl(VectorSchemaRoot root, String name, int i, double v) {
        Float8Vector vec = (Float8Vector) root.getVector(name);
        if (Double.isNaN(v)) {
            vec.setNull(i);
        } else {
            vec.setSafe(i, v);
        }
    }

    private static void time(VectorSchemaRoot root, String name, int i, long ms) {
        TimeStampVector vec = (TimeStampVector) root.getVector(name);
        if (ms == Event.NO_TIME) {
            vec.setNull(i);
        } else {
            vec.setSafe(i, ms);
        }
    }

    private static Field f(String name, ArrowType t, boolean nullable) {
        return new Field(name, nullable ? FieldType.nullable(t) : FieldType.notNullable(t), null);
    }
}
