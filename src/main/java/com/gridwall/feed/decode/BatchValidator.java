package com.gridwall.feed.decode;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Source;
import com.gridwall.store.EventSchema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMilliTZVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.util.ValueVectorUtility;

/**
 * Validates incoming event batches row by row and keeps only sound rows, so one bad row never
 * costs the good ones around it. Checks: schema (names, types, version), required nulls, enum
 * names, severity and satisfaction ranges, lon/lat ranges and pairing, plausible times, seq order.
 * Also masks personal numbers in summaries ({@link PersonalDataMask}).
 * Not thread-safe: one instance per ingest thread.
 */
public final class BatchValidator {
    /** Event times outside 2000-01-01 .. 2100-01-01 are taken as a producer bug (seconds vs ms, say). */
    static final long MIN_TIME = 946_684_800_000L;
    static final long MAX_TIME = 4_102_444_800_000L;
    static final int MAX_ID_BYTES = 128;
    static final int EXAMPLES_PER_BATCH = 16;

    private static final WireEnum<EventType> TYPES = new WireEnum<>(EventType.class);
    private static final WireEnum<Category> CATEGORIES = new WireEnum<>(Category.class);
    private static final WireEnum<Source> SOURCES = new WireEnum<>(Source.class);
    private static final WireEnum<Department> DEPARTMENTS = new WireEnum<>(Department.class);

    private final BufferAllocator allocator;
    private final boolean ordered;

    /** A validator for a live stream: seqs must continue {@code lastSeenSeq} without gaps. */
    public BatchValidator(BufferAllocator allocator) {
        this(allocator, true);
    }

    private BatchValidator(BufferAllocator allocator, boolean ordered) {
        this.allocator = allocator;
        this.ordered = ordered;
    }

    /** A validator for history files: any seq order, no gap or staleness checks (the store dedups by event_id). */
    public static BatchValidator unordered(BufferAllocator allocator) {
        return new BatchValidator(allocator, false);
    }

    /**
     * @param in          a batch as received; left untouched except that its buffers may be transferred out
     * @param lastSeenSeq highest seq already consumed, or -1 when anything may come first
     * @param acceptGap   true to accept one gap at {@code lastSeenSeq + 1} (it was re-requested and is still missing)
     */
    public ValidatedBatch validate(VectorSchemaRoot in, long lastSeenSeq, boolean acceptGap) {
        String schemaProblem = SchemaCheck.problem(in.getSchema());
        if (schemaProblem != null) {
            return ValidatedBatch.refused(new Rejection(-1, -1, "schema", schemaProblem), lastSeenSeq);
        }
        try {
            // buffer sizes against the row count, and utf8 offsets in order and inside their data:
            // the checks that keep a corrupt message from being read out of bounds (full
            // validation would cost as much as everything else here together)
            ValueVectorUtility.validate(in);
            for (FieldVector v : in.getFieldVectors()) {
                if (v instanceof VarCharVector s) {
                    checkOffsets(s);
                }
            }
        } catch (RuntimeException e) {
            return ValidatedBatch.refused(new Rejection(-1, -1, "message", "malformed buffers: " + e.getMessage()), lastSeenSeq);
        }
        Columns c = new Columns(in);
        int n = in.getRowCount();
        boolean[] keep = new boolean[n];
        List<Rejection> examples = new ArrayList<>();
        int accepted = 0;
        int stale = 0;
        int rejected = 0;
        long maxTs = Long.MIN_VALUE;
        long seen = lastSeenSeq;
        ValidatedBatch.Gap gap = null;
        for (int r = 0; r < n; r++) {
            if (c.seq.isNull(r)) {
                rejected++;
                note(examples, new Rejection(-1, r, EventSchema.SEQ, "required value is null"));
                continue;
            }
            long s = c.seq.get(r);
            if (s < 0) {
                rejected++;
                note(examples, new Rejection(s, r, EventSchema.SEQ, "value " + s + " is negative"));
                continue;
            }
            if (!ordered) {
                seen = Math.max(seen, s);
            } else if (seen >= 0 && s <= seen) {
                stale++;
                continue;
            }
            if (ordered && seen >= 0 && s != seen + 1) {
                if (!acceptGap) {
                    gap = new ValidatedBatch.Gap(seen + 1, s);
                    break;
                }
                acceptGap = false;
            }
            if (ordered) {
                seen = s;
            }
            Rejection bad = checkRow(c, r, s);
            if (bad != null) {
                rejected++;
                note(examples, bad);
                continue;
            }
            keep[r] = true;
            accepted++;
            maxTs = Math.max(maxTs, c.ts.get(r));
        }
        VectorSchemaRoot out = accepted == 0 ? null : extract(in, keep, accepted, c.summary);
        return new ValidatedBatch(out, accepted, stale, rejected, List.copyOf(examples), seen, maxTs, gap);
    }

    private static void checkOffsets(VarCharVector v) {
        int n = v.getValueCount();
        if (n == 0) {
            return;
        }
        java.nio.IntBuffer offsets = v.getOffsetBuffer().nioBuffer(0, (n + 1) * 4)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN).asIntBuffer();
        long capacity = v.getDataBuffer().capacity();
        int prev = offsets.get(0);
        if (prev < 0) {
            throw new IllegalArgumentException("field '" + v.getName() + "': negative first offset");
        }
        for (int i = 1; i <= n; i++) {
            int o = offsets.get(i);
            if (o < prev || o > capacity) {
                throw new IllegalArgumentException("field '" + v.getName() + "': offset " + i + " out of order or beyond the data");
            }
            prev = o;
        }
    }

    private static void note(List<Rejection> examples, Rejection r) {
        if (examples.size() < EXAMPLES_PER_BATCH) {
            examples.add(r);
        }
    }

    private static Rejection checkRow(Columns c, int r, long seq) {
        if (c.eventId.isNull(r)) {
            return nullIn(seq, r, EventSchema.EVENT_ID);
        }
        int idLen = len(c.eventId, r);
        if (idLen == 0 || idLen > MAX_ID_BYTES) {
            return new Rejection(seq, r, EventSchema.EVENT_ID, "length " + idLen + " not in 1.." + MAX_ID_BYTES);
        }
        if (c.incidentId.isNull(r)) {
            return nullIn(seq, r, EventSchema.INCIDENT_ID);
        }
        int incLen = len(c.incidentId, r);
        if (incLen == 0 || incLen > MAX_ID_BYTES) {
            return new Rejection(seq, r, EventSchema.INCIDENT_ID, "length " + incLen + " not in 1.." + MAX_ID_BYTES);
        }
        if (c.type.isNull(r)) {
            return nullIn(seq, r, EventSchema.TYPE);
        }
        EventType type = TYPES.match(c.type, r);
        if (type == null) {
            return unknown(seq, r, EventSchema.TYPE, c.type);
        }
        if (c.ts.isNull(r)) {
            return nullIn(seq, r, EventSchema.TS);
        }
        long ts = c.ts.get(r);
        if (ts < MIN_TIME || ts > MAX_TIME) {
            return new Rejection(seq, r, EventSchema.TS, "time " + ts + " ms is outside 2000..2100");
        }
        if (c.category.isNull(r)) {
            return nullIn(seq, r, EventSchema.CATEGORY);
        }
        if (CATEGORIES.match(c.category, r) == null) {
            return unknown(seq, r, EventSchema.CATEGORY, c.category);
        }
        if (c.source.isNull(r)) {
            return nullIn(seq, r, EventSchema.SOURCE);
        }
        if (SOURCES.match(c.source, r) == null) {
            return unknown(seq, r, EventSchema.SOURCE, c.source);
        }
        if (!c.department.isNull(r) && DEPARTMENTS.match(c.department, r) == null) {
            return unknown(seq, r, EventSchema.DEPARTMENT, c.department);
        }
        if (c.severity.isNull(r)) {
            return nullIn(seq, r, EventSchema.SEVERITY);
        }
        int sev = c.severity.get(r);
        if (sev < 1 || sev > 4) {
            return new Rejection(seq, r, EventSchema.SEVERITY, "value " + sev + " not in 1..4");
        }
        boolean hasLon = !c.lon.isNull(r);
        boolean hasLat = !c.lat.isNull(r);
        if (hasLon != hasLat) {
            return new Rejection(seq, r, hasLon ? EventSchema.LAT : EventSchema.LON, "lon and lat must be both present or both null");
        }
        if (hasLon) {
            double lon = c.lon.get(r);
            double lat = c.lat.get(r);
            if (!(lon >= -180 && lon <= 180)) {
                return new Rejection(seq, r, EventSchema.LON, "value " + lon + " not in -180..180");
            }
            if (!(lat >= -90 && lat <= 90)) {
                return new Rejection(seq, r, EventSchema.LAT, "value " + lat + " not in -90..90");
            }
        }
        if (type == EventType.REPORTED && !hasLon && c.gridCode.isNull(r)) {
            return new Rejection(seq, r, EventSchema.LON, "REPORTED needs lon/lat or grid_code");
        }
        if (!c.deadline.isNull(r)) {
            long d = c.deadline.get(r);
            if (d < MIN_TIME || d > MAX_TIME) {
                return new Rejection(seq, r, EventSchema.DEADLINE, "time " + d + " ms is outside 2000..2100");
            }
        }
        if (!c.satisfaction.isNull(r)) {
            int s = c.satisfaction.get(r);
            if (s < 1 || s > 5) {
                return new Rejection(seq, r, EventSchema.SATISFACTION, "value " + s + " not in 1..5");
            }
        }
        return null;
    }

    private static int len(VarCharVector v, int r) {
        return (int) (v.getEndOffset(r) - v.getStartOffset(r));
    }

    private static Rejection nullIn(long seq, int r, String field) {
        return new Rejection(seq, r, field, "required value is null");
    }

    private static Rejection unknown(long seq, int r, String field, VarCharVector v) {
        String shown = new String(v.get(r), StandardCharsets.UTF_8);
        if (shown.length() > 40) {
            shown = shown.substring(0, 40) + "…";
        }
        return new Rejection(seq, r, field, "unknown value '" + shown + "'");
    }

    /** Moves the kept rows into a new root: whole buffers when every row is kept, else a row copy. */
    private VectorSchemaRoot extract(VectorSchemaRoot in, boolean[] keep, int kept, VarCharVector summary) {
        VectorSchemaRoot out = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator);
        boolean mask = hasLongDigitRun(summary);
        int n = in.getRowCount();
        if (kept == n && !mask) {
            for (int i = 0; i < out.getFieldVectors().size(); i++) {
                in.getVector(i).makeTransferPair(out.getVector(i)).transfer();
            }
            out.setRowCount(n);
            return out;
        }
        for (int i = 0; i < out.getFieldVectors().size(); i++) {
            FieldVector from = in.getVector(i);
            FieldVector to = out.getVector(i);
            boolean isSummary = from == summary;
            int j = 0;
            for (int r = 0; r < n; r++) {
                if (!keep[r]) {
                    continue;
                }
                if (isSummary && mask && !summary.isNull(r)) {
                    String text = new String(summary.get(r), StandardCharsets.UTF_8);
                    ((VarCharVector) to).setSafe(j, PersonalDataMask.mask(text).getBytes(StandardCharsets.UTF_8));
                } else {
                    to.copyFromSafe(r, j, from);
                }
                j++;
            }
            to.setValueCount(kept);
        }
        out.setRowCount(kept);
        return out;
    }

    private static boolean hasLongDigitRun(VarCharVector v) {
        int n = v.getValueCount();
        if (n == 0) {
            return false;
        }
        ArrowBuf data = v.getDataBuffer();
        long end = v.getOffsetBuffer().getInt((long) n * 4);
        int run = 0;
        for (long i = 0; i < end; i++) {
            byte b = data.getByte(i);
            run = b >= '0' && b <= '9' ? run + 1 : 0;
            if (run >= PersonalDataMask.MIN_RUN) {
                return true;
            }
        }
        return false;
    }

    /** The typed vectors of an event batch; valid only after {@link SchemaCheck} passed. */
    private static final class Columns {
        final BigIntVector seq;
        final VarCharVector eventId;
        final VarCharVector incidentId;
        final VarCharVector type;
        final TimeStampMilliTZVector ts;
        final VarCharVector category;
        final VarCharVector source;
        final VarCharVector department;
        final TinyIntVector severity;
        final Float8Vector lon;
        final Float8Vector lat;
        final VarCharVector gridCode;
        final TimeStampMilliTZVector deadline;
        final TinyIntVector satisfaction;
        final VarCharVector summary;

        Columns(VectorSchemaRoot r) {
            seq = (BigIntVector) r.getVector(EventSchema.SEQ);
            eventId = (VarCharVector) r.getVector(EventSchema.EVENT_ID);
            incidentId = (VarCharVector) r.getVector(EventSchema.INCIDENT_ID);
            type = (VarCharVector) r.getVector(EventSchema.TYPE);
            ts = (TimeStampMilliTZVector) r.getVector(EventSchema.TS);
            category = (VarCharVector) r.getVector(EventSchema.CATEGORY);
            source = (VarCharVector) r.getVector(EventSchema.SOURCE);
            department = (VarCharVector) r.getVector(EventSchema.DEPARTMENT);
            severity = (TinyIntVector) r.getVector(EventSchema.SEVERITY);
            lon = (Float8Vector) r.getVector(EventSchema.LON);
            lat = (Float8Vector) r.getVector(EventSchema.LAT);
            gridCode = (VarCharVector) r.getVector(EventSchema.GRID_CODE);
            deadline = (TimeStampMilliTZVector) r.getVector(EventSchema.DEADLINE);
            satisfaction = (TinyIntVector) r.getVector(EventSchema.SATISFACTION);
            summary = (VarCharVector) r.getVector(EventSchema.SUMMARY);
        }
    }
}
