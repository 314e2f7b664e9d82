package com.gridwall.replay.analysis;

import com.gridwall.domain.Level;
import com.gridwall.domain.UnitDirectory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Two periods side by side per unit (e.g. this week against last week): the same filter applied
 * to both ranges, incidents grouped by unit. Stateless.
 */
public final class PeriodComparison {
    /** The cohort figures of one unit in one period. */
    public record Figures(long received, long resolved, long timely, long open) {
        static final Figures NONE = new Figures(0, 0, 0, 0);

        Figures plus(IncidentRecord r) {
            return new Figures(received + 1, resolved + (r.resolved() ? 1 : 0), timely + (r.timely() ? 1 : 0),
                    open + (r.open() ? 1 : 0));
        }

        /** resolved ÷ received, or NaN-free -1 when nothing was received. */
        public double completionRate() {
            return received == 0 ? -1 : (double) resolved / received;
        }
    }

    /** One unit: the current period, the earlier one, and the change in received. */
    public record Row(String unitCode, Figures current, Figures previous) {
        public long receivedDelta() {
            return current.received() - previous.received();
        }
    }

    private PeriodComparison() {
    }

    /** The week ending at {@code end} against the week before it. */
    public static IncidentFilter[] weekOverWeek(IncidentFilter base, Instant end) {
        Duration week = Duration.ofDays(7);
        return new IncidentFilter[] {base.withRange(end.minus(week), end), base.withRange(end.minus(week.multipliedBy(2)), end.minus(week))};
    }

    /**
     * Rows per unit, sorted by unit code. {@code unitOf} maps an incident to its unit (e.g. its
     * grid, or the grid's ancestor at a level: {@link #atLevel}); incidents mapped to null are
     * grouped under "?".
     */
    public static List<Row> compare(List<IncidentRecord> current, List<IncidentRecord> previous,
                                    Function<IncidentRecord, String> unitOf) {
        Map<String, Figures[]> by = new TreeMap<>();
        add(current, 0, unitOf, by);
        add(previous, 1, unitOf, by);
        List<Row> rows = new ArrayList<>();
        by.forEach((unit, f) -> rows.add(new Row(unit, f[0], f[1])));
        return rows;
    }

    /** Groups incidents by the ancestor of their grid at {@code level}. */
    public static Function<IncidentRecord, String> atLevel(UnitDirectory units, Level level) {
        return r -> r.gridCode() == null ? null : units.ancestorAt(r.gridCode(), level);
    }

    private static void add(List<IncidentRecord> list, int slot, Function<IncidentRecord, String> unitOf,
                            Map<String, Figures[]> by) {
        for (IncidentRecord r : list) {
            String u = unitOf.apply(r);
            Figures[] f = by.computeIfAbsent(u == null ? "?" : u, k -> new Figures[] {Figures.NONE, Figures.NONE});
            f[slot] = f[slot].plus(r);
        }
    }
}
