package com.gridwall.app;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Source;
import com.gridwall.domain.UnitInfo;
import com.gridwall.store.EventSchema;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMilliTZVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Deterministic synthetic events for the store benchmark, written straight into Arrow batches:
 * incidents reported evenly over a time span in the map's grids, each with a lifecycle
 * (REPORTED, then usually DISPATCHED, ACCEPTED, RESOLVED, CLOSED with a rating), about 1 in 20
 * incidents arriving with two events swapped, and about 1 in 200 events re-sent (duplicates).
 * The same seed always gives the same rows. REPORTED rows carry lon/lat (a point near the grid's
 * inner point) and, when {@code withGridCodes}, the grid code too. Not thread-safe.
 */
final class StoreBenchData {
    static final double EVENTS_PER_INCIDENT = 3.7;
    private static final byte[][] TYPES = names(EventType.values());
    private static final byte[][] CATS = names(Category.values());
    private static final byte[][] SRCS = names(Source.values());
    private static final byte[][] DEPTS = names(Department.values());

    private final List<UnitInfo> grids;
    private final byte[][] gridCodes;
    private final SplittableRandom rnd;
    private final long start;
    private final long span;
    private final long total;
    private final boolean withGridCodes;
    private final long expectedIncidents;
    private long produced;
    private long seq;
    private long incident;
    // the current incident's pending events
    private final int[] pType = new int[8];
    private final long[] pTs = new long[8];
    private int pCount;
    private int pNext;
    private int cat;
    private int src;
    private int dept;
    private int sev;
    private int grid;
    private double lon;
    private double lat;
    private int sat;
    private final byte[] buf = new byte[24];
    private byte eventPrefix = 'e';
    private byte incidentPrefix = 'i';

    StoreBenchData(List<UnitInfo> grids, long seed, long startMs, long spanMs, long events, boolean withGridCodes) {
        this.grids = grids;
        this.gridCodes = new byte[grids.size()][];
        for (int i = 0; i < grids.size(); i++) {
            gridCodes[i] = grids.get(i).code().getBytes(StandardCharsets.UTF_8);
        }
        this.rnd = new SplittableRandom(seed);
        this.start = startMs;
        this.span = spanMs;
        this.total = events;
        this.withGridCodes = withGridCodes;
        this.expectedIncidents = Math.max(1, (long) (events / EVENTS_PER_INCIDENT));
    }

    /** Other id prefixes, so that a second generator's ids never collide with this one's. */
    StoreBenchData withPrefixes(char event, char incident) {
        eventPrefix = (byte) event;
        incidentPrefix = (byte) incident;
        return this;
    }

    long produced() {
        return produced;
    }

    /** Writes up to {@code max} rows into root; returns the number written, 0 when all events are out. */
    int next(VectorSchemaRoot root, int max) {
        root.allocateNew();
        BigIntVector vSeq = (BigIntVector) root.getVector(EventSchema.SEQ);
        VarCharVector vId = (VarCharVector) root.getVector(EventSchema.EVENT_ID);
        VarCharVector vInc = (VarCharVector) root.getVector(EventSchema.INCIDENT_ID);
        VarCharVector vType = (VarCharVector) root.getVector(EventSchema.TYPE);
        TimeStampMilliTZVector vTs = (TimeStampMilliTZVector) root.getVector(EventSchema.TS);
        VarCharVector vCat = (VarCharVector) root.getVector(EventSchema.CATEGORY);
        VarCharVector vSrc = (VarCharVector) root.getVector(EventSchema.SOURCE);
        VarCharVector vDept = (VarCharVector) root.getVector(EventSchema.DEPARTMENT);
        TinyIntVector vSev = (TinyIntVector) root.getVector(EventSchema.SEVERITY);
        Float8Vector vLon = (Float8Vector) root.getVector(EventSchema.LON);
        Float8Vector vLat = (Float8Vector) root.getVector(EventSchema.LAT);
        VarCharVector vGrid = (VarCharVector) root.getVector(EventSchema.GRID_CODE);
        TimeStampMilliTZVector vDeadline = (TimeStampMilliTZVector) root.getVector(EventSchema.DEADLINE);
        TinyIntVector vSat = (TinyIntVector) root.getVector(EventSchema.SATISFACTION);
        VarCharVector vSum = (VarCharVector) root.getVector(EventSchema.SUMMARY);
        int n = 0;
        int incLen = 0;
        byte[] incBytes = new byte[24];
        boolean resend = false;
        long lastSeq = 0;
        int lastType = 0;
        long lastTs = 0;
        while (n < max && produced < total) {
            int type;
            long ts;
            long s;
            if (resend) {
                s = lastSeq;
                type = lastType;
                ts = lastTs;
                resend = false;
            } else {
                if (pNext == pCount) {
                    newIncident();
                }
                type = pType[pNext];
                ts = pTs[pNext];
                pNext++;
                s = ++seq;
                resend = rnd.nextInt(200) == 0;
            }
            incLen = digits(incBytes, incidentPrefix, incident);
            vSeq.setSafe(n, s);
            int idLen = digits(buf, eventPrefix, s);
            vId.setSafe(n, buf, 0, idLen);
            vInc.setSafe(n, incBytes, 0, incLen);
            vType.setSafe(n, TYPES[type]);
            vTs.setSafe(n, ts);
            vCat.setSafe(n, CATS[cat]);
            vSrc.setSafe(n, SRCS[src]);
            boolean dispatch = type == EventType.DISPATCHED.ordinal();
            if (dispatch) {
                vDept.setSafe(n, DEPTS[dept]);
            } else {
                vDept.setNull(n);
            }
            vSev.setSafe(n, sev);
            if (type == EventType.REPORTED.ordinal()) {
                vLon.setSafe(n, lon);
                vLat.setSafe(n, lat);
                if (withGridCodes) {
                    vGrid.setSafe(n, gridCodes[grid]);
                } else {
                    vGrid.setNull(n);
                }
            } else {
                vLon.setNull(n);
                vLat.setNull(n);
                vGrid.setNull(n);
            }
            vDeadline.setNull(n);
            if (type == EventType.CLOSED.ordinal()) {
                vSat.setSafe(n, sat);
            } else {
                vSat.setNull(n);
            }
            vSum.setNull(n);
            lastSeq = s;
            lastType = type;
            lastTs = ts;
            n++;
            produced++;
        }
        root.setRowCount(n);
        return n;
    }

    private void newIncident() {
        incident++;
        cat = rnd.nextInt(CATS.length);
        src = rnd.nextInt(SRCS.length);
        dept = rnd.nextInt(DEPTS.length);
        sev = 1 + rnd.nextInt(4);
        grid = rnd.nextInt(grids.size());
        UnitInfo g = grids.get(grid);
        lon = g.lon() + (rnd.nextDouble() - 0.5) * 0.0004;
        lat = g.lat() + (rnd.nextDouble() - 0.5) * 0.0004;
        sat = 1 + rnd.nextInt(5);
        long t = start + (long) ((double) span * (incident - 1) / expectedIncidents) + rnd.nextLong(600_000);
        pCount = 0;
        pNext = 0;
        add(EventType.REPORTED, t);
        if (rnd.nextInt(10) < 9) {
            t += 60_000L * (1 + rnd.nextInt(120));
            add(EventType.DISPATCHED, t);
            if (rnd.nextInt(10) < 7) {
                t += 60_000L * (5 + rnd.nextInt(55));
                add(EventType.ACCEPTED, t);
            }
            if (rnd.nextInt(100) < 83) {
                t += 60_000L * (30 + rnd.nextInt(48 * 60));
                add(EventType.RESOLVED, t);
                if (rnd.nextInt(10) < 6) {
                    t += 60_000L * (60 + rnd.nextInt(23 * 60));
                    add(EventType.CLOSED, t);
                }
            }
        }
        if (pCount > 2 && rnd.nextInt(20) == 0) {
            int k = 1 + rnd.nextInt(pCount - 1);
            int tt = pType[k];
            long ts = pTs[k];
            pType[k] = pType[k - 1];
            pTs[k] = pTs[k - 1];
            pType[k - 1] = tt;
            pTs[k - 1] = ts;
        }
    }

    private void add(EventType type, long ts) {
        pType[pCount] = type.ordinal();
        pTs[pCount] = ts;
        pCount++;
    }

    private static int digits(byte[] out, byte prefix, long v) {
        int len = 1;
        for (long x = v; x >= 10; x /= 10) {
            len++;
        }
        out[0] = prefix;
        for (int i = len; i >= 1; i--) {
            out[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return len + 1;
    }

    private static byte[][] names(Enum<?>[] values) {
        byte[][] out = new byte[values.length][];
        for (Enum<?> e : values) {
            out[e.ordinal()] = e.name().getBytes(StandardCharsets.US_ASCII);
        }
        return out;
    }
}
