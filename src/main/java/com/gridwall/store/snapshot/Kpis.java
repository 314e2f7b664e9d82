package com.gridwall.store.snapshot;

import com.gridwall.domain.Department;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The KPIs of one cohort (incidents reported in one window, in one unit), as defined in
 * docs/kpi.md. Rates are fractions in [0, 1] and absent when their denominator is zero: never NaN.
 * Immutable.
 *
 * @param received          incidents reported in the window (事件总量)
 * @param resolved          of them, now RESOLVED or CLOSED
 * @param timely            of the resolved, resolved at or before their deadline
 * @param disputesReceived  received with category DISPUTE
 * @param disputesResolved  of those, resolved
 * @param rated             closed with a satisfaction rating 1..5
 * @param satisfied         of those, rated 4 or 5
 * @param dispatched        with at least one DISPATCHED or REDISPATCHED event
 * @param rightFirstTime    of those, never REDISPATCHED
 * @param completionRate    resolved ÷ received (办结率)
 * @param timelyRate        timely ÷ resolved (及时办结率)
 * @param disputeResolutionRate disputesResolved ÷ disputesReceived (化解率)
 * @param satisfactionRate  satisfied ÷ rated (满意度)
 * @param dispatchAccuracy  rightFirstTime ÷ dispatched (派单准确率)
 * @param timeToDispatch    first dispatch − report, seconds
 * @param timeToResolve     resolution − report, seconds
 * @param byCategory        received by category ordinal
 * @param bySource          received by source ordinal
 * @param byDepartment      received by current department ordinal; last slot = not dispatched
 * @param byStatus          received by current status (EventType ordinal)
 * @param departmentResolved resolved by current department (same indexing as byDepartment)
 * @param departmentTimely   timely by current department
 */
public record Kpis(long received, long resolved, long timely, long disputesReceived, long disputesResolved,
                   long rated, long satisfied, long dispatched, long rightFirstTime,
                   OptionalDouble completionRate, OptionalDouble timelyRate,
                   OptionalDouble disputeResolutionRate, OptionalDouble satisfactionRate,
                   OptionalDouble dispatchAccuracy, Durations timeToDispatch, Durations timeToResolve,
                   Breakdown byCategory, Breakdown bySource, Breakdown byDepartment, Breakdown byStatus,
                   Breakdown departmentResolved, Breakdown departmentTimely) {

    /**
     * Departments with at least one received incident, best timely rate first (absent rates last),
     * then most resolved first.
     */
    public List<DepartmentScore> departmentsByTimelyRate() {
        List<DepartmentScore> out = new ArrayList<>();
        for (Department d : Department.values()) {
            long rec = byDepartment.count(d);
            long res = departmentResolved.count(d);
            long tim = departmentTimely.count(d);
            if (rec == 0 && res == 0) {
                continue;
            }
            out.add(new DepartmentScore(d, rec, res, tim,
                    res == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) tim / res)));
        }
        // equal rates (often all 100%) rank the department that resolved more first
        out.sort(Comparator.<DepartmentScore>comparingDouble(s -> s.timelyRate().orElse(-1))
                .thenComparingLong(DepartmentScore::resolved)
                .reversed().thenComparing(s -> s.department().ordinal()));
        return List.copyOf(out);
    }
}
