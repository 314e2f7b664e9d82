package com.gridwall.store.log;

import com.gridwall.store.EventSchema;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The fast path of {@link BatchDecoder}: reads validity bits, offsets and values straight from
 * the Arrow buffers' memory after checking once per batch that every buffer is long enough for
 * the row count, and once per string that its offsets lie inside its data buffer. This avoids
 * the vector API's per-call bounds and reference-count checks, which cost more than the decoding
 * itself. It gives up (returns false) on anything unusual, a missing or mistyped column, short
 * buffers or any invalid value, and the checked path then decodes the batch again and names the
 * bad row. Stateless: two threads may read disjoint row ranges of one batch into one output.
 */
final class RawBatchReader {
    private RawBatchReader() {
    }

    /** Fills out for rows 0..n-1; false when the checked path must decide instead. */
    static boolean read(VectorSchemaRoot root, int n, DecodedBatch out, EnumCodec types, EnumCodec categories,
                        EnumCodec sources, EnumCodec departments) {
        if (!read(root, n, 0, n, out, types, categories, sources, departments)) {
            return false;
        }
        setBuffers(root, out);
        return true;
    }

    /** The string columns' data buffers, which the decoded rows point into. */
    static void setBuffers(VectorSchemaRoot root, DecodedBatch out) {
        out.idData = root.getVector(EventSchema.EVENT_ID).getDataBuffer();
        out.incData = root.getVector(EventSchema.INCIDENT_ID).getDataBuffer();
        out.gridData = root.getVector(EventSchema.GRID_CODE).getDataBuffer();
        FieldVector sum = root.getVector(EventSchema.SUMMARY);
        out.sumData = sum == null ? null : sum.getDataBuffer();
    }

    /**
     * Fills out for rows [from, to) of an n-row batch, writing nothing else (two threads may read
     * disjoint ranges of one batch; the caller sets the data buffers once with {@link #setBuffers}).
     */
    static boolean read(VectorSchemaRoot root, int n, int from, int to, DecodedBatch out, EnumCodec types,
                        EnumCodec categories, EnumCodec sources, EnumCodec departments) {
        BigIntVector seq = fixed(root, EventSchema.SEQ, BigIntVector.class, n, 8);
        VarCharVector eventId = utf8(root, EventSchema.EVENT_ID, n);
        VarCharVector incident = utf8(root, EventSchema.INCIDENT_ID, n);
        VarCharVector type = utf8(root, EventSchema.TYPE, n);
        TimeStampVector ts = fixed(root, EventSchema.TS, TimeStampVector.class, n, 8);
        VarCharVector category = utf8(root, EventSchema.CATEGORY, n);
        VarCharVector source = utf8(root, EventSchema.SOURCE, n);
        VarCharVector department = utf8(root, EventSchema.DEPARTMENT, n);
        TinyIntVector severity = fixed(root, EventSchema.SEVERITY, TinyIntVector.class, n, 1);
        Float8Vector lon = fixed(root, EventSchema.LON, Float8Vector.class, n, 8);
        Float8Vector lat = fixed(root, EventSchema.LAT, Float8Vector.class, n, 8);
        VarCharVector grid = utf8(root, EventSchema.GRID_CODE, n);
        TimeStampVector deadline = fixed(root, EventSchema.DEADLINE, TimeStampVector.class, n, 8);
        TinyIntVector satisfaction = fixed(root, EventSchema.SATISFACTION, TinyIntVector.class, n, 1);
        boolean hasSummary = root.getVector(EventSchema.SUMMARY) != null;
        VarCharVector summary = hasSummary ? utf8(root, EventSchema.SUMMARY, n) : null;
        if (seq == null || eventId == null || incident == null || type == null || ts == null || category == null
                || source == null || department == null || severity == null || lon == null || lat == null
                || grid == null || deadline == null || satisfaction == null || (hasSummary && summary == null)) {
            return false;
        }
        Utf8Col cId = new Utf8Col(eventId);
        Utf8Col cInc = new Utf8Col(incident);
        Utf8Col cType = new Utf8Col(type);
        Utf8Col cCat = new Utf8Col(category);
        Utf8Col cSrc = new Utf8Col(source);
        Utf8Col cDept = new Utf8Col(department);
        Utf8Col cGrid = new Utf8Col(grid);
        Utf8Col cSum = summary == null ? null : new Utf8Col(summary);
        long vSeq = validity(seq);
        long dSeq = seq.getDataBuffer().memoryAddress();
        long vTs = validity(ts);
        long dTs = ts.getDataBuffer().memoryAddress();
        long vSev = validity(severity);
        long dSev = severity.getDataBuffer().memoryAddress();
        long vLon = validity(lon);
        long dLon = lon.getDataBuffer().memoryAddress();
        long vLat = validity(lat);
        long dLat = lat.getDataBuffer().memoryAddress();
        long vDl = validity(deadline);
        long dDl = deadline.getDataBuffer().memoryAddress();
        long vSat = validity(satisfaction);
        long dSat = satisfaction.getDataBuffer().memoryAddress();
        for (int i = from; i < to; i++) {
            if (isNull(vSeq, i) || isNull(vTs, i) || isNull(vSev, i)) {
                return false;
            }
            out.seq[i] = MemoryUtil.getLong(dSeq + i * 8L);
            out.ts[i] = MemoryUtil.getLong(dTs + i * 8L);
            if (!cId.row(i) || cId.len <= 0) {
                return false;
            }
            out.idStart[i] = cId.start;
            out.idLen[i] = cId.len;
            if (!cInc.row(i) || cInc.len <= 0) {
                return false;
            }
            out.incStart[i] = cInc.start;
            out.incLen[i] = cInc.len;
            int t = cType.row(i) ? types.decode(cType.address(), cType.len) : -1;
            int c = cCat.row(i) ? categories.decode(cCat.address(), cCat.len) : -1;
            int s = cSrc.row(i) ? sources.decode(cSrc.address(), cSrc.len) : -1;
            if (t < 0 || c < 0 || s < 0) {
                return false;
            }
            out.type[i] = (byte) t;
            out.category[i] = (byte) c;
            out.source[i] = (byte) s;
            if (cDept.row(i)) {
                int d = departments.decode(cDept.address(), cDept.len);
                if (d < 0) {
                    return false;
                }
                out.department[i] = (byte) d;
            } else if (cDept.len < 0) {
                out.department[i] = -1;
            } else {
                return false;
            }
            byte sev = MemoryUtil.getByte(dSev + i);
            if (sev < 1 || sev > 4) {
                return false;
            }
            out.severity[i] = sev;
            boolean hasLon = !isNull(vLon, i);
            if (hasLon != !isNull(vLat, i)) {
                return false;
            }
            if (hasLon) {
                double x = Double.longBitsToDouble(MemoryUtil.getLong(dLon + i * 8L));
                double y = Double.longBitsToDouble(MemoryUtil.getLong(dLat + i * 8L));
                if (!(x >= -180 && x <= 180) || !(y >= -90 && y <= 90)) {
                    return false;
                }
                out.lon[i] = x;
                out.lat[i] = y;
            } else {
                out.lon[i] = Double.NaN;
                out.lat[i] = Double.NaN;
            }
            if (cGrid.row(i)) {
                if (cGrid.len == 0) {
                    return false;
                }
                out.gridStart[i] = cGrid.start;
                out.gridLen[i] = cGrid.len;
            } else if (cGrid.len < 0) {
                out.gridLen[i] = -1;
            } else {
                return false;
            }
            out.deadline[i] = isNull(vDl, i) ? DecodedBatch.NO_TIME : MemoryUtil.getLong(dDl + i * 8L);
            if (isNull(vSat, i)) {
                out.satisfaction[i] = -1;
            } else {
                byte v = MemoryUtil.getByte(dSat + i);
                if (v < 1 || v > 5) {
                    return false;
                }
                out.satisfaction[i] = v;
            }
            if (cSum != null && cSum.row(i)) {
                out.sumStart[i] = cSum.start;
                out.sumLen[i] = cSum.len;
            } else if (cSum == null || cSum.len < 0) {
                out.sumLen[i] = 0;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean isNull(long validity, int i) {
        return (MemoryUtil.getByte(validity + (i >> 3)) & (1 << (i & 7))) == 0;
    }

    private static long validity(BaseFixedWidthVector v) {
        return v.getValidityBuffer().memoryAddress();
    }

    private static boolean validityFits(FieldVector v, int n) {
        return v.getValidityBuffer().capacity() >= (n + 7L) / 8;
    }

    /** The column when it has the expected type and buffers long enough for n rows, else null. */
    private static <T extends BaseFixedWidthVector> T fixed(VectorSchemaRoot root, String name, Class<T> type, int n,
                                                            int width) {
        FieldVector v = root.getVector(name);
        if (!type.isInstance(v) || !validityFits(v, n) || v.getDataBuffer().capacity() < (long) n * width) {
            return null;
        }
        return type.cast(v);
    }

    private static VarCharVector utf8(VectorSchemaRoot root, String name, int n) {
        FieldVector v = root.getVector(name);
        if (!(v instanceof VarCharVector) || !validityFits(v, n) || v.getOffsetBuffer().capacity() < (n + 1L) * 4) {
            return null;
        }
        return (VarCharVector) v;
    }

    /**
     * Raw access to one utf8 column. {@link #row} sets start and len for a row (len -1 when
     * null) and returns false when the row is null or its offsets lie outside the data buffer
     * (then len is -2), so no raw read can leave the buffer.
     */
    private static final class Utf8Col {
        private final long validity;
        private final long offsets;
        private final long data;
        private final long capacity;
        long start;
        int len;

        Utf8Col(VarCharVector v) {
            validity = v.getValidityBuffer().memoryAddress();
            offsets = v.getOffsetBuffer().memoryAddress();
            ArrowBuf d = v.getDataBuffer();
            data = d.memoryAddress();
            capacity = d.capacity();
        }

        boolean row(int i) {
            if (isNull(validity, i)) {
                len = -1;
                return false;
            }
            int a = MemoryUtil.getInt(offsets + i * 4L);
            int b = MemoryUtil.getInt(offsets + i * 4L + 4);
            if (a < 0 || b < a || b > capacity) {
                len = -2;
                return false;
            }
            start = a;
            len = b - a;
            return true;
        }

        long address() {
            return data + start;
        }
    }
}
