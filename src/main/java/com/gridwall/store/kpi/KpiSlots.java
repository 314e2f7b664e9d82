package com.gridwall.store.kpi;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Source;

/**
 * Layout of the counters kept per unit and window: one long[] of {@link #SIZE} slots. The order
 * keeps together what one event changes (a block is 2 KiB and an event changes 7 or so blocks):
 * the status counts next to the scalar counts that DISPATCHED, RESOLVED and CLOSED change, and
 * the three per-department counts of one department side by side ({@link #DEPT_STRIDE} apart in
 * each breakdown). Categories and sources, changed only when an incident is first seen or
 * re-classified, and the two histograms come after.
 */
public final class KpiSlots {
    public static final int STATUS = 0;
    public static final int RECEIVED = STATUS + EventType.values().length;
    public static final int DISPATCHED = RECEIVED + 1;
    public static final int DISPATCH_SUM_MS = RECEIVED + 2;
    public static final int RIGHT_FIRST = RECEIVED + 3;
    public static final int RESOLVED = RECEIVED + 4;
    public static final int RESOLVE_SUM_MS = RECEIVED + 5;
    public static final int TIMELY = RECEIVED + 6;
    public static final int RATED = RECEIVED + 7;
    public static final int SATISFIED = RECEIVED + 8;
    public static final int DISPUTE_RECEIVED = RECEIVED + 9;
    public static final int DISPUTE_RESOLVED = RECEIVED + 10;
    /** By department ordinal, plus one slot for "not dispatched"; interleaved with the next two. */
    public static final int DEPARTMENT = RECEIVED + 11;
    public static final int DEPARTMENTS = Department.values().length + 1;
    public static final int DEPT_RESOLVED = DEPARTMENT + 1;
    public static final int DEPT_TIMELY = DEPARTMENT + 2;
    /** Distance between the slots of two departments in DEPARTMENT, DEPT_RESOLVED and DEPT_TIMELY. */
    public static final int DEPT_STRIDE = 3;
    public static final int CATEGORY = DEPARTMENT + DEPT_STRIDE * DEPARTMENTS;
    public static final int SOURCE = CATEGORY + Category.values().length;
    public static final int HIST_DISPATCH = SOURCE + Source.values().length;
    public static final int HIST_RESOLVE = HIST_DISPATCH + DurationBins.COUNT;
    public static final int SIZE = HIST_RESOLVE + DurationBins.COUNT;

    private KpiSlots() {
    }

    /** The slot of department d (ordinal, or DEPARTMENTS - 1 for none) in a per-department group. */
    public static int dept(int group, int d) {
        return group + DEPT_STRIDE * d;
    }
}
