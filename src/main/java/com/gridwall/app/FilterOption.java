package com.gridwall.app;

import com.gridwall.ui.timeline.AnalystPort;
import java.util.Locale;

/**
 * Parses {@code --filter category=DISPUTE,area=CODE,source=S,department=D,period=day|week|all}
 * (any subset, codes as in docs/event-schema.md and the map) into the analyst bar's selection; the
 * period defaults to day. Codes are checked when the selection is applied to the wall. Stateless.
 */
final class FilterOption {
    private FilterOption() {
    }

    /** The selection, or null for no option. */
    static AnalystPort.Selection parse(String option) {
        if (option == null) {
            return null;
        }
        AnalystPort.Period period = AnalystPort.Period.DAY;
        String category = null;
        String source = null;
        String department = null;
        String area = null;
        for (String part : option.split(",")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            if (eq <= 0 || eq == p.length() - 1) {
                throw new IllegalArgumentException("--filter: '" + p + "' is not key=value (keys: category, source, department, area, period)");
            }
            String key = p.substring(0, eq).trim();
            String value = p.substring(eq + 1).trim();
            switch (key) {
                case "category" -> category = value.toUpperCase(Locale.ROOT);
                case "source" -> source = value.toUpperCase(Locale.ROOT);
                case "department" -> department = value.toUpperCase(Locale.ROOT);
                case "area" -> area = value;
                case "period" -> {
                    try {
                        period = AnalystPort.Period.valueOf(value.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("--filter: period '" + value + "' is not day, week or all");
                    }
                }
                default -> throw new IllegalArgumentException("--filter: unknown key '" + key
                        + "' (keys: category, source, department, area, period)");
            }
        }
        return new AnalystPort.Selection(period, category, source, department, area);
    }
}
