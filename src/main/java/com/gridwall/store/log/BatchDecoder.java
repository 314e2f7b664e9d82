package com.gridwall.store.log;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Source;
import com.gridwall.store.EventSchema;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Reads a batch in {@link EventSchema#SCHEMA} into a {@link DecodedBatch}, validating every row
 * first: a bad row throws {@link IllegalArgumentException} naming the row, its seq and event_id,
 * the field and the reason, before anything of the batch is applied. Not thread-safe: one caller
 * at a time (which may lend the second half of a batch to a helper, see decode(root, helper)).
 */
public final class BatchDecoder {
    // EnumCodec.decode only reads its tables, so the two halves can share the codecs.
    private final EnumCodec types = new EnumCodec(EventType.class);
    private final EnumCodec categories = new EnumCodec(Category.class);
    private final EnumCodec sources = new EnumCodec(Source.class);
    private final EnumCodec departments = new EnumCodec(Department.class);
    private final DecodedBatch out = new DecodedBatch();

    /** Batches of at least this many rows are read in two halves when a helper is given. */
    public static final int SPLIT_ROWS = 8192;

    /**
     * The same as {@link #decode(VectorSchemaRoot)}; with a helper and a large batch, the second
     * half of the rows is read on the helper while this thread reads the first. If the helper has
     * not started its half when this thread is done, this thread reads it too (a busy machine may
     * not schedule the helper soon). The result is the same either way.
     */
    public DecodedBatch decode(VectorSchemaRoot root, Executor helper) {
        int n = root.getRowCount();
        if (helper == null || n < SPLIT_ROWS) {
            return decode(root);
        }
        out.ensure(n);
        int mid = n / 2;
        SecondHalf half = new SecondHalf(root, n, mid, Thread.currentThread());
        helper.execute(half);
        boolean ok = RawBatchReader.read(root, n, 0, mid, out, types, categories, sources, departments);
        if (half.claim.compareAndSet(false, true)) {
            ok &= RawBatchReader.read(root, n, mid, n, out, types, categories, sources, departments);
        } else {
            while (!half.done) {
                LockSupport.parkNanos(this, 50_000L);
            }
            ok &= half.ok;
        }
        if (ok) {
            RawBatchReader.setBuffers(root, out);
            return out;
        }
        return decodeChecked(root, n);
    }

    /** Reads rows [mid, n) unless the caller has claimed them first. */
    private final class SecondHalf implements Runnable {
        final AtomicBoolean claim = new AtomicBoolean();
        private final VectorSchemaRoot root;
        private final int n;
        private final int mid;
        private final Thread caller;
        volatile boolean ok;
        volatile boolean done;

        SecondHalf(VectorSchemaRoot root, int n, int mid, Thread caller) {
            this.root = root;
            this.n = n;
            this.mid = mid;
            this.caller = caller;
        }

        @Override
        public void run() {
            if (!claim.compareAndSet(false, true)) {
                return;
            }
            try {
                ok = RawBatchReader.read(root, n, mid, n, out, types, categories, sources, departments);
            } catch (RuntimeException e) {
                ok = false; // the checked path will name the problem
            } finally {
                done = true;
                LockSupport.unpark(caller);
            }
        }
    }

    public DecodedBatch decode(VectorSchemaRoot root) {
        int n = root.getRowCount();
        out.ensure(n);
        if (RawBatchReader.read(root, n, out, types, categories, sources, departments)) {
            return out;
        }
        // Unusual buffers or a bad row: the checked path below decodes again through the vector
        // API and names the first bad row exactly.
        return decodeChecked(root, n);
    }

    /** The vector-API path: validates every row and names the first bad one. */
    DecodedBatch decodeChecked(VectorSchemaRoot root, int n) {
        out.ensure(n);
        BigIntVector seq = column(root, EventSchema.SEQ, BigIntVector.class);
        VarCharVector eventId = column(root, EventSchema.EVENT_ID, VarCharVector.class);
        VarCharVector incident = column(root, EventSchema.INCIDENT_ID, VarCharVector.class);
        VarCharVector type = column(root, EventSchema.TYPE, VarCharVector.class);
        TimeStampVector ts = column(root, EventSchema.TS, TimeStampVector.class);
        VarCharVector category = column(root, EventSchema.CATEGORY, VarCharVector.class);
        VarCharVector source = column(root, EventSchema.SOURCE, VarCharVector.class);
        VarCharVector department = column(root, EventSchema.DEPARTMENT, VarCharVector.class);
        TinyIntVector severity = column(root, EventSchema.SEVERITY, TinyIntVector.class);
        Float8Vector lon = column(root, EventSchema.LON, Float8Vector.class);
        Float8Vector lat = column(root, EventSchema.LAT, Float8Vector.class);
        VarCharVector grid = column(root, EventSchema.GRID_CODE, VarCharVector.class);
        TimeStampVector deadline = column(root, EventSchema.DEADLINE, TimeStampVector.class);
        TinyIntVector satisfaction = column(root, EventSchema.SATISFACTION, TinyIntVector.class);
        VarCharVector summary = root.getVector(EventSchema.SUMMARY) == null ? null
                : column(root, EventSchema.SUMMARY, VarCharVector.class);
        out.idData = eventId.getDataBuffer();
        out.incData = incident.getDataBuffer();
        out.gridData = grid.getDataBuffer();
        out.sumData = summary == null ? null : summary.getDataBuffer();
        ArrowBuf seqBuf = seq.getDataBuffer();
        ArrowBuf tsBuf = ts.getDataBuffer();
        for (int i = 0; i < n; i++) {
            if (seq.isNull(i)) {
                throw bad(i, "?", null, EventSchema.SEQ, "is null");
            }
            long s = seqBuf.getLong(i * 8L);
            out.seq[i] = s;
            if (eventId.isNull(i) || length(eventId, i) == 0) {
                throw bad(i, Long.toString(s), null, EventSchema.EVENT_ID, "is null or empty");
            }
            out.idStart[i] = eventId.getStartOffset(i);
            out.idLen[i] = length(eventId, i);
            if (incident.isNull(i) || length(incident, i) == 0) {
                throw bad(i, s, eventId, EventSchema.INCIDENT_ID, "is null or empty");
            }
            out.incStart[i] = incident.getStartOffset(i);
            out.incLen[i] = length(incident, i);
            out.type[i] = (byte) enumValue(types, type, i, s, eventId, EventSchema.TYPE, true);
            if (ts.isNull(i)) {
                throw bad(i, s, eventId, EventSchema.TS, "is null");
            }
            out.ts[i] = tsBuf.getLong(i * 8L);
            out.category[i] = (byte) enumValue(categories, category, i, s, eventId, EventSchema.CATEGORY, true);
            out.source[i] = (byte) enumValue(sources, source, i, s, eventId, EventSchema.SOURCE, true);
            out.department[i] = (byte) enumValue(departments, department, i, s, eventId, EventSchema.DEPARTMENT, false);
            if (severity.isNull(i) || severity.get(i) < 1 || severity.get(i) > 4) {
                throw bad(i, s, eventId, EventSchema.SEVERITY,
                        "must be 1..4, got " + (severity.isNull(i) ? "null" : severity.get(i)));
            }
            out.severity[i] = severity.get(i);
            boolean hasLon = !lon.isNull(i);
            boolean hasLat = !lat.isNull(i);
            if (hasLon != hasLat) {
                throw bad(i, s, eventId, hasLon ? EventSchema.LAT : EventSchema.LON, "is null while the other coordinate is set");
            }
            if (hasLon) {
                double x = lon.get(i);
                double y = lat.get(i);
                if (!(x >= -180 && x <= 180) || !(y >= -90 && y <= 90)) {
                    throw bad(i, s, eventId, EventSchema.LON, "point (" + x + ", " + y + ") is not a lon/lat position");
                }
                out.lon[i] = x;
                out.lat[i] = y;
            } else {
                out.lon[i] = Double.NaN;
                out.lat[i] = Double.NaN;
            }
            if (grid.isNull(i)) {
                out.gridLen[i] = -1;
            } else {
                out.gridStart[i] = grid.getStartOffset(i);
                out.gridLen[i] = length(grid, i);
                if (out.gridLen[i] == 0) {
                    throw bad(i, s, eventId, EventSchema.GRID_CODE, "is empty (use null for no grid)");
                }
            }
            out.deadline[i] = deadline.isNull(i) ? DecodedBatch.NO_TIME : deadline.getDataBuffer().getLong(i * 8L);
            if (satisfaction.isNull(i)) {
                out.satisfaction[i] = -1;
            } else {
                byte v = satisfaction.get(i);
                if (v < 1 || v > 5) {
                    throw bad(i, s, eventId, EventSchema.SATISFACTION, "must be 1..5 or null, got " + v);
                }
                out.satisfaction[i] = v;
            }
            if (summary == null || summary.isNull(i)) {
                out.sumLen[i] = 0;
            } else {
                out.sumStart[i] = summary.getStartOffset(i);
                out.sumLen[i] = length(summary, i);
            }
        }
        return out;
    }

    private static int length(VarCharVector v, int i) {
        return v.getEndOffset(i) - v.getStartOffset(i);
    }

    private static int enumValue(EnumCodec codec, VarCharVector v, int i, long seq, VarCharVector ids, String field,
                                 boolean required) {
        if (v.isNull(i)) {
            if (required) {
                throw bad(i, seq, ids, field, "is null");
            }
            return -1;
        }
        int start = v.getStartOffset(i);
        int len = length(v, i);
        int code = codec.decode(v.getDataBuffer(), start, len);
        if (code < 0) {
            throw bad(i, seq, ids, field, "unknown value '" + Utf8.string(v.getDataBuffer(), start, len) + "'");
        }
        return code;
    }

    private static IllegalArgumentException bad(int row, long seq, VarCharVector ids, String field, String why) {
        return bad(row, Long.toString(seq), ids, field, why);
    }

    private static IllegalArgumentException bad(int row, String seq, VarCharVector ids, String field, String why) {
        String id = ids == null ? "?" : new String(ids.get(row), java.nio.charset.StandardCharsets.UTF_8);
        return new IllegalArgumentException(
                "event batch row " + row + " (seq " + seq + ", event_id " + id + "): " + field + " " + why);
    }

    private static <T> T column(VectorSchemaRoot root, String name, Class<T> type) {
        FieldVector v = root.getVector(name);
        if (v == null) {
            throw new IllegalArgumentException("event batch: column '" + name + "' is missing (schema v"
                    + EventSchema.VERSION + ", docs/event-schema.md)");
        }
        if (!type.isInstance(v)) {
            throw new IllegalArgumentException("event batch: column '" + name + "' is " + v.getField().getType()
                    + ", expected " + EventSchema.SCHEMA.findField(name).getType());
        }
        return type.cast(v);
    }

}
