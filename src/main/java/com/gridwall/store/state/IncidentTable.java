package com.gridwall.store.state;

import com.gridwall.domain.Event;
import java.util.Arrays;

/**
 * Every incident's current state as parallel primitive arrays indexed by the incident's interned
 * id (struct of arrays: about 100 bytes per incident, no object per incident). Field meanings
 * are those of docs/kpi.md. Single writer; not thread-safe.
 */
public final class IncidentTable {
    public static final long NO_TIME = Event.NO_TIME;
    public static final int NO_STATUS = -1;
    static final int F_REPORTED = 1;
    static final int F_DISPATCHED = 2;
    static final int F_REDISPATCHED = 4;
    static final int F_OVERDUE = 8;
    /** Engine bookkeeping: counted in the trend as received / as resolved. Kept across refolds. */
    public static final int F_TREND_RECEIVED = 16;
    public static final int F_TREND_RESOLVED = 32;
    private static final int ENGINE_FLAGS = F_OVERDUE | F_TREND_RECEIVED | F_TREND_RESOLVED;

    int size;
    // the columns: every write to incident i goes through a method that calls markWritten(i) first
    // (LifecycleFold.apply too), or a replay seek's copy may leave a stale page (ThawOriginsTest)
    byte[] status = new byte[0];
    byte[] category = new byte[0];
    byte[] source = new byte[0];
    byte[] severity = new byte[0];
    byte[] department = new byte[0];
    byte[] satisfaction = new byte[0];
    byte[] flags = new byte[0];
    long[] reportedAt = new long[0];
    long[] firstDispatchAt = new long[0];
    long[] resolvedAt = new long[0];
    long[] explicitDeadline = new long[0];
    long[] lastTs = new long[0];
    long[] lastSeq = new long[0];
    long[] heapDeadline = new long[0];
    long[] overdueHeapDeadline = new long[0];
    int[] grid = new int[0];
    int[] lastRow = new int[0];
    int[] events = new int[0];
    double[] lon = new double[0];
    double[] lat = new double[0];
    /**
     * One bit per block of {@value #BLOCK} incidents written since {@link #markClean}. A copy of a
     * stored state into these arrays skips the pages that no write touched and that the stored
     * state holds unchanged (replay seeks). Not state: transient, so images leave it out.
     */
    private transient long[] written;
    public static final int BLOCK = 64;

    /** Makes room for incident ids below {@code n}; new incidents start with no status. */
    public void ensure(int n) {
        if (n <= size) {
            return;
        }
        makeRoom(n);
        for (int i = size; i < n; i++) {
            reset(i);
            lastRow[i] = -1;
            events[i] = 0;
            heapDeadline[i] = NO_TIME;
            overdueHeapDeadline[i] = NO_TIME;
        }
        size = n;
    }

    /**
     * Allocates room for n incidents without adding any (a fresh as-of fold knows how many there
     * can be, and growing step by step would copy every array several times).
     */
    public void reserve(int n) {
        if (n > status.length) {
            grow(n);
        }
    }

    /**
     * Room for n incidents without adding any, the arrays grown as appends grow them (by half):
     * copies of the table share pages only between arrays of one length, so reserving ahead must
     * not make lengths of its own.
     */
    public void makeRoom(int n) {
        if (n > status.length) {
            grow(Math.max(n, status.length + (status.length >> 1) + 1024));
        }
    }

    private void grow(int cap) {
        status = Arrays.copyOf(status, cap);
        category = Arrays.copyOf(category, cap);
        source = Arrays.copyOf(source, cap);
        severity = Arrays.copyOf(severity, cap);
        department = Arrays.copyOf(department, cap);
        satisfaction = Arrays.copyOf(satisfaction, cap);
        flags = Arrays.copyOf(flags, cap);
        reportedAt = Arrays.copyOf(reportedAt, cap);
        firstDispatchAt = Arrays.copyOf(firstDispatchAt, cap);
        resolvedAt = Arrays.copyOf(resolvedAt, cap);
        explicitDeadline = Arrays.copyOf(explicitDeadline, cap);
        lastTs = Arrays.copyOf(lastTs, cap);
        lastSeq = Arrays.copyOf(lastSeq, cap);
        heapDeadline = Arrays.copyOf(heapDeadline, cap);
        overdueHeapDeadline = Arrays.copyOf(overdueHeapDeadline, cap);
        grid = Arrays.copyOf(grid, cap);
        lastRow = Arrays.copyOf(lastRow, cap);
        events = Arrays.copyOf(events, cap);
        lon = Arrays.copyOf(lon, cap);
        lat = Arrays.copyOf(lat, cap);
    }

    /** Clears the folded state of one incident (before a refold); keeps its row chain and heap markers. */
    void reset(int i) {
        markWritten(i);
        status[i] = NO_STATUS;
        category[i] = 0;
        source[i] = 0;
        severity[i] = 0;
        department[i] = -1;
        satisfaction[i] = -1;
        flags[i] = (byte) (flags[i] & ENGINE_FLAGS);
        reportedAt[i] = NO_TIME;
        firstDispatchAt[i] = NO_TIME;
        resolvedAt[i] = NO_TIME;
        explicitDeadline[i] = NO_TIME;
        lastTs[i] = Long.MIN_VALUE;
        lastSeq[i] = Long.MIN_VALUE;
        grid[i] = -2;
        lon[i] = Double.NaN;
        lat[i] = Double.NaN;
    }

    public int size() {
        return size;
    }

    /** Sets every folded field of incident i at once (checkpoint import); engine bookkeeping starts clear. */
    public void restore(int i, int status, int category, int source, int severity, int department, int satisfaction,
                        int stateFlags, long reportedAt, long firstDispatchAt, long resolvedAt, long explicitDeadline,
                        long lastTs, long lastSeq, int grid, int lastRow, int events, double lon, double lat) {
        ensure(i + 1);
        markWritten(i);
        this.status[i] = (byte) status;
        this.category[i] = (byte) category;
        this.source[i] = (byte) source;
        this.severity[i] = (byte) severity;
        this.department[i] = (byte) department;
        this.satisfaction[i] = (byte) satisfaction;
        this.flags[i] = (byte) (stateFlags & ~ENGINE_FLAGS);
        this.reportedAt[i] = reportedAt;
        this.firstDispatchAt[i] = firstDispatchAt;
        this.resolvedAt[i] = resolvedAt;
        this.explicitDeadline[i] = explicitDeadline;
        this.lastTs[i] = lastTs;
        this.lastSeq[i] = lastSeq;
        this.grid[i] = grid;
        this.lastRow[i] = lastRow;
        this.events[i] = events;
        this.lon[i] = lon;
        this.lat[i] = lat;
    }

    /** Clears incident i's folded state before it is refolded from its events. */
    public void resetState(int i) {
        reset(i);
    }

    public boolean exists(int i) {
        return status[i] != NO_STATUS;
    }

    public int status(int i) {
        return status[i];
    }

    public int category(int i) {
        return category[i];
    }

    public int source(int i) {
        return source[i];
    }

    public int severity(int i) {
        return severity[i];
    }

    /** Current department ordinal, or -1 before any dispatch. */
    public int department(int i) {
        return department[i];
    }

    /** Latest rating 1..5, or -1. */
    public int satisfaction(int i) {
        return satisfaction[i];
    }

    public boolean hasReported(int i) {
        return (flags[i] & F_REPORTED) != 0;
    }

    public boolean dispatched(int i) {
        return (flags[i] & F_DISPATCHED) != 0;
    }

    public boolean redispatched(int i) {
        return (flags[i] & F_REDISPATCHED) != 0;
    }

    public boolean overdueFlag(int i) {
        return (flags[i] & F_OVERDUE) != 0;
    }

    public void setOverdueFlag(int i, boolean on) {
        markWritten(i);
        flags[i] = (byte) (on ? flags[i] | F_OVERDUE : flags[i] & ~F_OVERDUE);
    }

    public boolean flag(int i, int f) {
        return (flags[i] & f) != 0;
    }

    public void setFlag(int i, int f, boolean on) {
        markWritten(i);
        flags[i] = (byte) (on ? flags[i] | f : flags[i] & ~f);
    }

    /** Folded flags only (reported, dispatched, redispatched), for hashing. */
    public int stateFlags(int i) {
        return flags[i] & ~ENGINE_FLAGS;
    }

    public long reportedAt(int i) {
        return reportedAt[i];
    }

    public long firstDispatchAt(int i) {
        return firstDispatchAt[i];
    }

    /** When the current resolution happened, or NO_TIME when not resolved now. */
    public long resolvedAt(int i) {
        return resolvedAt[i];
    }

    public long explicitDeadline(int i) {
        return explicitDeadline[i];
    }

    public int grid(int i) {
        return grid[i];
    }

    public double lon(int i) {
        return lon[i];
    }

    public double lat(int i) {
        return lat[i];
    }

    public long lastTs(int i) {
        return lastTs[i];
    }

    public long lastSeq(int i) {
        return lastSeq[i];
    }

    public int lastRow(int i) {
        return lastRow[i];
    }

    public void setLastRow(int i, int row) {
        markWritten(i);
        lastRow[i] = row;
    }

    public int eventCount(int i) {
        return events[i];
    }

    public void countEvent(int i) {
        markWritten(i);
        events[i]++;
    }

    public long heapDeadline(int i) {
        return heapDeadline[i];
    }

    public void setHeapDeadline(int i, long d) {
        markWritten(i);
        heapDeadline[i] = d;
    }

    public long overdueHeapDeadline(int i) {
        return overdueHeapDeadline[i];
    }

    public void setOverdueHeapDeadline(int i, long d) {
        markWritten(i);
        overdueHeapDeadline[i] = d;
    }

    /** Records that incident i's fields are about to change (every writer calls this first). */
    void markWritten(int i) {
        int b = i / BLOCK;
        long[] w = written;
        if (w == null || (b >>> 6) >= w.length) {
            w = written = Arrays.copyOf(w == null ? new long[0] : w, Math.max((b >>> 6) + 1, status.length / BLOCK / 64 + 1));
        }
        w[b >>> 6] |= 1L << b;
    }

    /** Forgets every write so far: the arrays now hold exactly a stored state. */
    public void markClean() {
        if (written != null) {
            Arrays.fill(written, 0);
        }
    }

    /** A copy of the written-block bits (null: none written since {@link #markClean} or ever). */
    public long[] writtenBlocks() {
        return written == null ? null : written.clone();
    }

    /** Whether {@code bits} (from {@link #writtenBlocks}) mark any incident in [from, to). */
    public static boolean anyWritten(long[] bits, int from, int to) {
        if (bits == null || to <= from) {
            return false;
        }
        for (int b = from / BLOCK, last = (to - 1) / BLOCK; b <= last; b++) {
            if ((b >>> 6) < bits.length && (bits[b >>> 6] & (1L << b)) != 0) {
                return true;
            }
        }
        return false;
    }
}
