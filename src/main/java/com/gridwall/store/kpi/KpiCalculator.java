package com.gridwall.store.kpi;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Source;
import com.gridwall.store.snapshot.Breakdown;
import com.gridwall.store.snapshot.Durations;
import com.gridwall.store.snapshot.Kpis;
import com.gridwall.store.state.IncidentTable;
import com.gridwall.store.state.LifecycleFold;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The one place where KPIs are defined (docs/kpi.md). An incident's contribution to the counters
 * of its cohort ({@link #contribution}) and the KPIs derived from summed counters ({@link #kpis})
 * are both here; the rest of the store only adds and subtracts contributions. Stateless and
 * thread-safe.
 */
public final class KpiCalculator {
    private static final Category[] CATEGORIES = Category.values();
    private static final int DISPUTE = Category.DISPUTE.ordinal();
    private static final int NO_DEPT = Department.values().length;

    private KpiCalculator() {
    }

    /** The deadline in force: the latest explicit one, else report time + the category's hours. */
    public static long deadline(IncidentTable t, int i) {
        long d = t.explicitDeadline(i);
        return d != IncidentTable.NO_TIME ? d : t.reportedAt(i) + CATEGORIES[t.category(i)].deadlineHours() * 3_600_000L;
    }

    public static boolean open(IncidentTable t, int i) {
        return t.exists(i) && LifecycleFold.isOpen(t.status(i));
    }

    /** Open and strictly past its deadline at {@code nowMs}. */
    public static boolean overdue(IncidentTable t, int i, long nowMs) {
        return open(t, i) && nowMs > deadline(t, i);
    }

    public static boolean resolved(IncidentTable t, int i) {
        return t.exists(i) && LifecycleFold.isResolved(t.status(i));
    }

    public static boolean timely(IncidentTable t, int i) {
        return resolved(t, i) && t.resolvedAt(i) <= deadline(t, i);
    }

    public static long dispatchMillis(IncidentTable t, int i) {
        return Math.max(0, t.firstDispatchAt(i) - t.reportedAt(i));
    }

    public static long resolveMillis(IncidentTable t, int i) {
        return Math.max(0, t.resolvedAt(i) - t.reportedAt(i));
    }

    /** The counters incident i adds to every window and unit whose cohort holds it. */
    public static void contribution(IncidentTable t, int i, Contribution c) {
        c.clear();
        if (!t.exists(i)) {
            return;
        }
        int dept = t.department(i) < 0 ? NO_DEPT : t.department(i);
        boolean resolved = resolved(t, i);
        c.add(KpiSlots.RECEIVED, 1);
        c.add(KpiSlots.CATEGORY + t.category(i), 1);
        c.add(KpiSlots.SOURCE + t.source(i), 1);
        c.add(KpiSlots.dept(KpiSlots.DEPARTMENT, dept), 1);
        c.add(KpiSlots.STATUS + t.status(i), 1);
        if (resolved) {
            long ms = resolveMillis(t, i);
            c.add(KpiSlots.RESOLVED, 1);
            c.add(KpiSlots.RESOLVE_SUM_MS, ms);
            c.add(KpiSlots.HIST_RESOLVE + DurationBins.bin(ms / 1000), 1);
            c.add(KpiSlots.dept(KpiSlots.DEPT_RESOLVED, dept), 1);
            if (t.resolvedAt(i) <= deadline(t, i)) {
                c.add(KpiSlots.TIMELY, 1);
                c.add(KpiSlots.dept(KpiSlots.DEPT_TIMELY, dept), 1);
            }
        }
        if (t.category(i) == DISPUTE) {
            c.add(KpiSlots.DISPUTE_RECEIVED, 1);
            if (resolved) {
                c.add(KpiSlots.DISPUTE_RESOLVED, 1);
            }
        }
        int sat = t.satisfaction(i);
        if (sat >= 1) {
            c.add(KpiSlots.RATED, 1);
            if (sat >= 4) {
                c.add(KpiSlots.SATISFIED, 1);
            }
        }
        if (t.dispatched(i)) {
            long ms = dispatchMillis(t, i);
            c.add(KpiSlots.DISPATCHED, 1);
            c.add(KpiSlots.DISPATCH_SUM_MS, ms);
            c.add(KpiSlots.HIST_DISPATCH + DurationBins.bin(ms / 1000), 1);
            if (!t.redispatched(i)) {
                c.add(KpiSlots.RIGHT_FIRST, 1);
            }
        }
    }

    /** KPIs from summed counters ({@link KpiSlots} layout starting at {@code base}). */
    public static Kpis kpis(long[] s, int base) {
        long received = s[base + KpiSlots.RECEIVED];
        long resolved = s[base + KpiSlots.RESOLVED];
        long timely = s[base + KpiSlots.TIMELY];
        long dRec = s[base + KpiSlots.DISPUTE_RECEIVED];
        long dRes = s[base + KpiSlots.DISPUTE_RESOLVED];
        long rated = s[base + KpiSlots.RATED];
        long satisfied = s[base + KpiSlots.SATISFIED];
        long dispatched = s[base + KpiSlots.DISPATCHED];
        long rightFirst = s[base + KpiSlots.RIGHT_FIRST];
        return new Kpis(received, resolved, timely, dRec, dRes, rated, satisfied, dispatched, rightFirst,
                ratio(resolved, received), ratio(timely, resolved), ratio(dRes, dRec), ratio(satisfied, rated),
                ratio(rightFirst, dispatched),
                durations(s, base + KpiSlots.HIST_DISPATCH, dispatched, s[base + KpiSlots.DISPATCH_SUM_MS]),
                durations(s, base + KpiSlots.HIST_RESOLVE, resolved, s[base + KpiSlots.RESOLVE_SUM_MS]),
                slice(s, base + KpiSlots.CATEGORY, Category.values().length),
                slice(s, base + KpiSlots.SOURCE, Source.values().length),
                departments(s, base + KpiSlots.DEPARTMENT),
                slice(s, base + KpiSlots.STATUS, EventType.values().length),
                departments(s, base + KpiSlots.DEPT_RESOLVED),
                departments(s, base + KpiSlots.DEPT_TIMELY));
    }

    /** part ÷ whole, absent when whole is zero (never NaN). */
    public static OptionalDouble ratio(long part, long whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }

    /** Mean (exact, from the sum) and nearest-rank median and p90 at bin resolution. */
    static Durations durations(long[] s, int histBase, long n, long sumMs) {
        if (n == 0) {
            return Durations.NONE;
        }
        return new Durations(n, OptionalDouble.of(sumMs / 1000.0 / n),
                OptionalDouble.of(quantile(s, histBase, n, 0.5)), OptionalDouble.of(quantile(s, histBase, n, 0.9)));
    }

    private static double quantile(long[] s, int histBase, long n, double q) {
        long rank = DurationBins.rank(q, n);
        long seen = 0;
        for (int b = 0; b < DurationBins.COUNT; b++) {
            seen += s[histBase + b];
            if (seen >= rank) {
                return DurationBins.lowerEdge(b);
            }
        }
        return DurationBins.lowerEdge(DurationBins.COUNT - 1);
    }

    private static Breakdown departments(long[] s, int group) {
        long[] v = new long[KpiSlots.DEPARTMENTS];
        for (int d = 0; d < v.length; d++) {
            v[d] = s[KpiSlots.dept(group, d)];
        }
        return new Breakdown(v);
    }

    private static Breakdown slice(long[] s, int from, int len) {
        return new Breakdown(Arrays.copyOfRange(s, from, from + len));
    }
}
