package com.gridwall.store.kpi;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Source;

/** Layout of the counters kept per unit and window: one long[] of {@link #SIZE} slots. */
public final class KpiSlots {
    public static final int RECEIVED = 0;
    public static final int RESOLVED = 1;
    public static final int TIMELY = 2;
    public static final int DISPUTE_RECEIVED = 3;
    public static final int DISPUTE_RESOLVED = 4;
    public static final int RATED = 5;
    public static final int SATISFIED = 6;
    public static final int DISPATCHED = 7;
    public static final int RIGHT_FIRST = 8;
    public static final int DISPATCH_SUM_MS = 9;
    public static final int RESOLVE_SUM_MS = 10;
    public static final int CATEGORY = 11;
    public static final int SOURCE = CATEGORY + Category.values().length;
    /** By department ordinal, plus one slot for "not dispatched". */
    public static final int DEPARTMENT = SOURCE + Source.values().length;
    public static final int DEPARTMENTS = Department.values().length + 1;
    public static final int DEPT_RESOLVED = DEPARTMENT + DEPARTMENTS;
    public static final int DEPT_TIMELY = DEPT_RESOLVED + DEPARTMENTS;
    public static final int STATUS = DEPT_TIMELY + DEPARTMENTS;
    public static final int HIST_DISPATCH = STATUS + EventType.values().length;
    public static final int HIST_RESOLVE = HIST_DISPATCH + DurationBins.COUNT;
    public static final int SIZE = HIST_RESOLVE + DurationBins.COUNT;

    private KpiSlots() {
    }
}
