package com.gridwall.store;

import com.gridwall.store.log.EventLog;
import com.gridwall.store.log.Utf8;
import com.gridwall.store.state.IncidentTable;
import com.gridwall.store.state.UnitTable;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A store's state as a sequence of Arrow IPC streams (checkpoint format 1): META (one row),
 * RECENT (ticker rows), GRIDS (grid codes in id order), INCIDENTS (every folded incident field,
 * in id order) and LOG (the retained event rows, with grid ids as resolved). Import restores
 * these and rebuilds every aggregate, index and queue in one pass over the incidents instead of
 * folding every event again. Per-minute samples of open/overdue from before the checkpoint are
 * not kept, and ids of events already dropped by retention are no longer known as duplicates.
 */
final class StoreCheckpoint {
    static final int FORMAT = 1;
    private static final int BATCH = 65_536;

    private static final Schema META = schema(
            i64("format"), i64("now_ms"), i64("last_seq"), i64("events"), i64("duplicates"),
            i64("unknown_grid_events"), i64("outside_events"), i64("first_row"), i64("recent_pos"),
            i64("recent_count"), i64("grid_count"), i64("incident_count"), i64("log_rows"));
    private static final Schema RECENT = schema(i64("row"));
    private static final Schema GRIDS = schema(utf8("code"));
    private static final Schema INCIDENTS = schema(utf8("incident_id"), i8("status"), i8("category"), i8("source"),
            i8("severity"), i8("department"), i8("satisfaction"), i8("flags"), i64("reported_at"),
            i64("first_dispatch_at"), i64("resolved_at"), i64("explicit_deadline"), i64("last_ts"), i64("last_seq"),
            i32("grid"), i32("last_row"), i32("events"), f64("lon"), f64("lat"));
    private static final Schema LOG = schema(i64("seq"), i64("ts"), i64("deadline"), f64("lon"), f64("lat"),
            i32("incident"), i32("grid"), i8("type"), i8("category"), i8("source"), i8("department"), i8("severity"),
            i8("satisfaction"), utf8("event_id"), utf8("summary"));

    private StoreCheckpoint() {
    }

    static void write(StateEngine e, long duplicates, BufferAllocator allocator, OutputStream out) throws IOException {
        EventLog log = e.log;
        IncidentTable t = e.inc;
        section(allocator, out, META, 1, (root, from, n) -> {
            long[] v = {FORMAT, e.nowMs, e.lastSeq, e.events, duplicates, e.unknownGridEvents, e.outsideEvents,
                    log.firstRow(), e.recentPos, e.recentCount, e.units.gridCodeCount(), t.size(),
                    log.rows() - log.firstRow()};
            for (int c = 0; c < v.length; c++) {
                ((BigIntVector) root.getVector(c)).setSafe(0, v[c]);
            }
        });
        section(allocator, out, RECENT, e.recentRows.length, (root, from, n) -> {
            for (int k = 0; k < n; k++) {
                ((BigIntVector) root.getVector(0)).setSafe(k, e.recentRows[(int) from + k]);
            }
        });
        section(allocator, out, GRIDS, e.units.gridCodeCount(), (root, from, n) -> {
            for (int k = 0; k < n; k++) {
                ((VarCharVector) root.getVector(0)).setSafe(k, utf8Bytes(e.units.gridCode((int) from + k)));
            }
        });
        section(allocator, out, INCIDENTS, t.size(), (root, from, n) -> {
            List<FieldVector> v = root.getFieldVectors();
            for (int k = 0; k < n; k++) {
                int i = (int) from + k;
                ((VarCharVector) v.get(0)).setSafe(k, e.incidentIds.key(i));
                int[] bytes = {t.status(i), t.category(i), t.source(i), t.severity(i), t.department(i),
                        t.satisfaction(i), t.stateFlags(i)};
                for (int c = 0; c < bytes.length; c++) {
                    ((TinyIntVector) v.get(1 + c)).setSafe(k, bytes[c]);
                }
                long[] longs = {t.reportedAt(i), t.firstDispatchAt(i), t.resolvedAt(i), t.explicitDeadline(i),
                        t.lastTs(i), t.lastSeq(i)};
                for (int c = 0; c < longs.length; c++) {
                    ((BigIntVector) v.get(8 + c)).setSafe(k, longs[c]);
                }
                ((IntVector) v.get(14)).setSafe(k, t.grid(i));
                ((IntVector) v.get(15)).setSafe(k, t.lastRow(i));
                ((IntVector) v.get(16)).setSafe(k, t.eventCount(i));
                ((Float8Vector) v.get(17)).setSafe(k, t.lon(i));
                ((Float8Vector) v.get(18)).setSafe(k, t.lat(i));
            }
        });
        long first = log.firstRow();
        section(allocator, out, LOG, log.rows() - first, (root, from, n) -> {
            List<FieldVector> v = root.getFieldVectors();
            for (int k = 0; k < n; k++) {
                long r = first + from + k;
                ((BigIntVector) v.get(0)).setSafe(k, log.seq(r));
                ((BigIntVector) v.get(1)).setSafe(k, log.ts(r));
                ((BigIntVector) v.get(2)).setSafe(k, log.deadline(r));
                ((Float8Vector) v.get(3)).setSafe(k, log.lon(r));
                ((Float8Vector) v.get(4)).setSafe(k, log.lat(r));
                ((IntVector) v.get(5)).setSafe(k, log.incident(r));
                ((IntVector) v.get(6)).setSafe(k, log.grid(r));
                ((TinyIntVector) v.get(7)).setSafe(k, log.type(r));
                ((TinyIntVector) v.get(8)).setSafe(k, log.category(r));
                ((TinyIntVector) v.get(9)).setSafe(k, log.source(r));
                ((TinyIntVector) v.get(10)).setSafe(k, log.department(r));
                ((TinyIntVector) v.get(11)).setSafe(k, log.severity(r));
                ((TinyIntVector) v.get(12)).setSafe(k, log.satisfaction(r));
                ((VarCharVector) v.get(13)).setSafe(k, log.eventIdBytes(r));
                ((VarCharVector) v.get(14)).setSafe(k, log.summaryBytes(r));
            }
        });
        out.flush();
    }

    /** Reads a checkpoint into a fresh store's parts; the caller has built them empty. */
    static long read(EventStore.Parts p, InputStream in) throws IOException {
        StateEngine e = p.engine();
        long[] meta = new long[13];
        read(p.allocator(), in, META, "META", root -> {
            for (int c = 0; c < meta.length; c++) {
                meta[c] = ((BigIntVector) root.getVector(c)).get(0);
            }
            if (meta[0] != FORMAT) {
                throw new IOException("checkpoint: format " + meta[0] + " is not " + FORMAT);
            }
        });
        e.nowMs = meta[1];
        e.lastSeq = meta[2];
        e.events = meta[3];
        e.unknownGridEvents = meta[5];
        e.outsideEvents = meta[6];
        p.log().startAt(meta[7]);
        int[] recent = {0};
        read(p.allocator(), in, RECENT, "RECENT", root -> {
            for (int k = 0; k < root.getRowCount() && recent[0] < e.recentRows.length; k++) {
                e.recentRows[recent[0]++] = ((BigIntVector) root.getVector(0)).get(k);
            }
        });
        e.recentPos = (int) (meta[8] % e.recentRows.length);
        e.recentCount = recent[0] == e.recentRows.length ? meta[9] : 0;
        UnitTable units = e.units;
        int[] grids = {0};
        read(p.allocator(), in, GRIDS, "GRIDS", root -> {
            VarCharVector v = (VarCharVector) root.getVector(0);
            for (int k = 0; k < root.getRowCount(); k++) {
                int id = units.internGrid(new String(v.get(k), java.nio.charset.StandardCharsets.UTF_8));
                if (id != grids[0]++) {
                    throw new IOException("checkpoint: grid code " + new String(v.get(k),
                            java.nio.charset.StandardCharsets.UTF_8) + " repeats");
                }
            }
        });
        expect("GRIDS", grids[0], meta[10]);
        IncidentTable t = e.inc;
        read(p.allocator(), in, INCIDENTS, "INCIDENTS", root -> {
            List<FieldVector> v = root.getFieldVectors();
            VarCharVector ids = (VarCharVector) v.get(0);
            for (int k = 0; k < root.getRowCount(); k++) {
                int i = p.incidentIds().intern(ids.getDataBuffer(), ids.getStartOffset(k),
                        ids.getEndOffset(k) - ids.getStartOffset(k));
                t.restore(i, b(v, 1, k), b(v, 2, k), b(v, 3, k), b(v, 4, k), b(v, 5, k), b(v, 6, k), b(v, 7, k),
                        l(v, 8, k), l(v, 9, k), l(v, 10, k), l(v, 11, k), l(v, 12, k), l(v, 13, k),
                        ((IntVector) v.get(14)).get(k), ((IntVector) v.get(15)).get(k), ((IntVector) v.get(16)).get(k),
                        ((Float8Vector) v.get(17)).get(k), ((Float8Vector) v.get(18)).get(k));
            }
        });
        expect("INCIDENTS", t.size(), meta[11]);
        read(p.allocator(), in, LOG, "LOG", root -> {
            List<FieldVector> v = root.getFieldVectors();
            VarCharVector ids = (VarCharVector) v.get(13);
            VarCharVector sums = (VarCharVector) v.get(14);
            ArrowBuf idData = ids.getDataBuffer();
            ArrowBuf sumData = sums.getDataBuffer();
            for (int k = 0; k < root.getRowCount(); k++) {
                int idStart = ids.getStartOffset(k);
                int idLen = ids.getEndOffset(k) - idStart;
                int sumStart = sums.getStartOffset(k);
                long row = p.log().append(l(v, 0, k), l(v, 1, k), b(v, 7, k), b(v, 8, k), b(v, 9, k), b(v, 10, k),
                        b(v, 11, k), ((Float8Vector) v.get(3)).get(k), ((Float8Vector) v.get(4)).get(k),
                        ((IntVector) v.get(5)).get(k), ((IntVector) v.get(6)).get(k), l(v, 2, k), b(v, 12, k),
                        idData, idStart, idLen, sumData, sumStart, sums.getEndOffset(k) - sumStart);
                if (p.eventIds() != null) { // null: a trusted-input store keeps no dedup index
                    p.eventIds().add(Utf8.hash(idData, idStart, idLen), row);
                }
            }
        });
        expect("LOG", p.log().heldRows(), meta[12]);
        e.windows.ranges(e.nowMs, e.from, e.to);
        e.nowMinute = com.gridwall.store.agg.Windows.minute(e.nowMs);
        e.rebuildFromIncidents();
        return meta[4];
    }

    /** A stream cut at a batch boundary reads as complete: the counts written first catch it. */
    private static void expect(String section, long got, long expected) throws IOException {
        if (got != expected) {
            throw new IOException("checkpoint: section " + section + " has " + got + " rows, expected " + expected
                    + " (truncated or corrupt)");
        }
    }

    // ------------------------------------------------------------------ plumbing

    private interface Filler {
        void fill(VectorSchemaRoot root, long from, int n) throws IOException;
    }

    private interface Consumer {
        void accept(VectorSchemaRoot root) throws IOException;
    }

    private static void section(BufferAllocator allocator, OutputStream out, Schema schema, long rows, Filler f)
            throws IOException {
        try (VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator);
             ArrowStreamWriter w = new ArrowStreamWriter(root, null, new KeepOpen(out))) {
            w.start();
            for (long from = 0; from < rows; from += BATCH) {
                int n = (int) Math.min(BATCH, rows - from);
                root.allocateNew();
                f.fill(root, from, n);
                root.setRowCount(n);
                w.writeBatch();
            }
            w.end();
        }
    }

    private static void read(BufferAllocator allocator, InputStream in, Schema expected, String name, Consumer c)
            throws IOException {
        try (ArrowStreamReader r = new ArrowStreamReader(new KeepOpenIn(in), allocator)) {
            if (!r.getVectorSchemaRoot().getSchema().equals(expected)) {
                throw new IOException("checkpoint: section " + name + " has schema "
                        + r.getVectorSchemaRoot().getSchema() + ", expected " + expected);
            }
            while (r.loadNextBatch()) {
                c.accept(r.getVectorSchemaRoot());
            }
        }
    }

    private static int b(List<FieldVector> v, int c, int k) {
        return ((TinyIntVector) v.get(c)).get(k);
    }

    private static long l(List<FieldVector> v, int c, int k) {
        return ((BigIntVector) v.get(c)).get(k);
    }

    private static byte[] utf8Bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Schema schema(Field... fields) {
        return new Schema(List.of(fields), Map.of("gridwall.checkpoint_format", Integer.toString(FORMAT)));
    }

    private static Field i64(String n) {
        return new Field(n, FieldType.notNullable(new ArrowType.Int(64, true)), null);
    }

    private static Field i32(String n) {
        return new Field(n, FieldType.notNullable(new ArrowType.Int(32, true)), null);
    }

    private static Field i8(String n) {
        return new Field(n, FieldType.notNullable(new ArrowType.Int(8, true)), null);
    }

    private static Field f64(String n) {
        return new Field(n, FieldType.notNullable(new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE)), null);
    }

    private static Field utf8(String n) {
        return new Field(n, FieldType.notNullable(ArrowType.Utf8.INSTANCE), null);
    }

    /** Lets several IPC streams share one output: closing a writer must not close it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static final class KeepOpenIn extends FilterInputStream {
        KeepOpenIn(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
