package com.gridwall.store;

import com.gridwall.domain.Category;
import com.gridwall.store.kpi.Contribution;
import com.gridwall.store.kpi.KpiCalculator;
import com.gridwall.store.kpi.KpiSlots;
import com.gridwall.store.query.GridCategoryRow;
import com.gridwall.store.query.RangeQuery;
import com.gridwall.store.query.RangeResult;
import com.gridwall.store.state.IncidentTable;
import com.gridwall.store.state.UnitTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs a {@link RangeQuery} as one pass over the incident table's primitive arrays (never over the
 * event log): filter, then sum per grid x category and, when asked, the full KPI counters.
 * Runs under the store's lock.
 */
final class RangeAggregator {
    private static final Category[] CATEGORIES = Category.values();
    private static final int NCAT = CATEGORIES.length;

    private RangeAggregator() {
    }

    static RangeResult run(StateEngine e, RangeQuery q, boolean totals) {
        IncidentTable t = e.inc;
        UnitTable units = e.units;
        int area = q.areaCode() == null ? UnitTable.ROOT : units.unit(q.areaCode());
        if (area < 0) {
            throw new IllegalArgumentException("range query: unknown area code '" + q.areaCode() + "'");
        }
        int catMask = mask(q.categories());
        int srcMask = mask(q.sources());
        int deptMask = mask(q.departments());
        int groupsPerCat = units.gridCodeCount() + 2;
        long[] received = new long[groupsPerCat * NCAT];
        long[] resolved = new long[groupsPerCat * NCAT];
        long[] sumMs = new long[groupsPerCat * NCAT];
        long[] counters = totals ? new long[KpiSlots.SIZE] : null;
        Contribution c = new Contribution();
        long from = q.fromMs();
        long to = q.toMs();
        int n = t.size();
        for (int i = 0; i < n; i++) {
            if (!t.exists(i)) {
                continue;
            }
            long rep = t.reportedAt(i);
            if (rep < from || rep >= to) {
                continue;
            }
            int cat = t.category(i);
            if ((catMask & (1 << cat)) == 0 || (srcMask & (1 << t.source(i))) == 0) {
                continue;
            }
            int dept = t.department(i);
            if (deptMask != -1 && (dept < 0 || (deptMask & (1 << dept)) == 0)) {
                continue;
            }
            int grid = t.grid(i);
            if (area != UnitTable.ROOT && !contains(units.chain(grid), area)) {
                continue;
            }
            int g = (grid + 2) * NCAT + cat;
            received[g]++;
            if (KpiCalculator.resolved(t, i)) {
                resolved[g]++;
                sumMs[g] += KpiCalculator.resolveMillis(t, i);
            }
            if (totals) {
                KpiCalculator.contribution(t, i, c);
                c.applyTo(counters, 0, 1);
            }
        }
        List<GridCategoryRow> rows = new ArrayList<>();
        for (int g = 0; g < received.length; g++) {
            if (received[g] > 0) {
                int grid = g / NCAT - 2;
                rows.add(new GridCategoryRow(units.gridCode(grid), CATEGORIES[g % NCAT], received[g], resolved[g],
                        sumMs[g]));
            }
        }
        rows.sort(Comparator.comparing(GridCategoryRow::gridCode, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.category().ordinal()));
        return new RangeResult(q, totals ? KpiCalculator.kpis(counters, 0) : null, List.copyOf(rows));
    }

    private static boolean contains(int[] chain, int unit) {
        for (int u : chain) {
            if (u == unit) {
                return true;
            }
        }
        return false;
    }

    private static int mask(java.util.Set<? extends Enum<?>> set) {
        if (set.isEmpty()) {
            return -1;
        }
        int m = 0;
        for (Enum<?> e : set) {
            m |= 1 << e.ordinal();
        }
        return m;
    }
}
