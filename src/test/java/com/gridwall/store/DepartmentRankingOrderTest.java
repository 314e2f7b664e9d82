package com.gridwall.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.gridwall.domain.Department;
import com.gridwall.store.kpi.KpiCalculator;
import com.gridwall.store.kpi.KpiSlots;
import com.gridwall.store.snapshot.DepartmentScore;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Departments rank by timely rate, equal rates by how much they resolved, no rate last. */
class DepartmentRankingOrderTest {
    @Test
    void equalRatesRankTheDepartmentThatResolvedMoreFirst() {
        long[] block = new long[KpiSlots.SIZE];
        set(block, Department.POLICE, 10, 10, 10);
        set(block, Department.WATER, 20, 20, 20);
        set(block, Department.HOUSING, 10, 10, 9);
        set(block, Department.JUSTICE, 5, 0, 0);
        List<DepartmentScore> ranked = KpiCalculator.kpis(block, 0).departmentsByTimelyRate();
        assertEquals(List.of(Department.WATER, Department.POLICE, Department.HOUSING, Department.JUSTICE),
                ranked.stream().map(DepartmentScore::department).toList());
        assertEquals(0.9, ranked.get(2).timelyRate().getAsDouble(), 1e-12);
        assertEquals(true, ranked.get(3).timelyRate().isEmpty());
    }

    private static void set(long[] block, Department d, long received, long resolved, long timely) {
        int k = KpiSlots.DEPT_STRIDE * d.ordinal();
        block[KpiSlots.DEPARTMENT + k] = received;
        block[KpiSlots.DEPT_RESOLVED + k] = resolved;
        block[KpiSlots.DEPT_TIMELY + k] = timely;
    }
}
