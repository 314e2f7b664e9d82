package com.gridwall.store;

import com.gridwall.store.kpi.KpiCalculator;
import com.gridwall.store.state.IncidentTable;

/**
 * A 64-bit fingerprint of a store's state: each incident's folded state keyed by the hash of its
 * id (summed, so arrival order and interning order do not matter), then every aggregate counter
 * and open/overdue count by unit. Two stores fed the same events in any order hash equal.
 */
final class StateHash {
    private StateHash() {
    }

    static long of(StateEngine e) {
        IncidentTable t = e.inc;
        long sum = 0;
        for (int i = 0; i < t.size(); i++) {
            if (!t.exists(i)) {
                continue;
            }
            long h = e.incidentIds.hashOf(i);
            h = mix(h, t.status(i));
            h = mix(h, t.category(i));
            h = mix(h, t.source(i));
            h = mix(h, t.severity(i));
            h = mix(h, t.department(i));
            h = mix(h, t.satisfaction(i));
            h = mix(h, t.stateFlags(i));
            h = mix(h, t.reportedAt(i));
            h = mix(h, t.firstDispatchAt(i));
            h = mix(h, t.resolvedAt(i));
            h = mix(h, KpiCalculator.deadline(t, i));
            h = mix(h, t.overdueFlag(i) ? 1 : 0);
            String grid = e.units.gridCode(t.grid(i));
            h = mix(h, grid == null ? t.grid(i) : grid.hashCode());
            h = mix(h, Double.doubleToLongBits(t.lon(i)));
            h = mix(h, Double.doubleToLongBits(t.lat(i)));
            sum += fmix(h);
        }
        long h = sum;
        for (long[][] window : e.blocks) {
            for (long[] c : window) {
                for (long v : c) {
                    h = mix(h, v);
                }
            }
        }
        for (int u = 0; u < e.open.length; u++) {
            h = mix(h, e.open[u]);
            h = mix(h, e.overdue[u]);
        }
        h = mix(h, e.events);
        h = mix(h, e.unknownGridIncidents);
        h = mix(h, e.outsideIncidents);
        return fmix(h);
    }

    private static long mix(long h, long v) {
        return (h ^ fmix(v + 0x9E3779B97F4A7C15L)) * 0x100000001B3L + 0x632BE59BD9B4E019L;
    }

    private static long fmix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }
}
