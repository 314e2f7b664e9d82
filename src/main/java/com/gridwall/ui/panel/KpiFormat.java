package com.gridwall.ui.panel;

import com.gridwall.domain.Lang;
import java.util.OptionalDouble;

/**
 * Turns a {@link KpiTileModel} into the texts of a tile: value, unit and the change since the same
 * time yesterday ("▲ 12", "▼ 0.8", "持平"). Never prints NaN: missing data is "—". Thread-safe.
 */
public final class KpiFormat {
    private KpiFormat() {
    }

    public static String value(KpiTileModel m, Lang lang) {
        return m.value().isPresent() ? number(m.kind(), m.value().getAsDouble(), lang) : PanelText.NO_DATA;
    }

    public static String unit(KpiKind kind, Lang lang) {
        return PanelText.text(lang, "unit." + kind.unit().name());
    }

    /** Arrow and size of the change, in the tile's display unit; "—" when either side is missing. */
    public static String delta(KpiTileModel m, Lang lang) {
        OptionalDouble d = m.delta();
        if (d.isEmpty()) {
            return PanelText.format(lang, "kpi.delta.none");
        }
        double v = d.getAsDouble();
        String size = number(m.kind(), Math.abs(v), lang);
        return switch (m.direction()) {
            case UP -> PanelText.format(lang, "kpi.delta.up", size, deltaUnit(m.kind(), lang));
            case DOWN -> PanelText.format(lang, "kpi.delta.down", size, deltaUnit(m.kind(), lang));
            default -> PanelText.text(lang, "kpi.delta.flat");
        };
    }

    private static String deltaUnit(KpiKind kind, Lang lang) {
        return PanelText.text(lang, "unit.delta." + kind.unit().name());
    }

    /** A value in display units: counts (compact above 9,999), rates as percent, durations in min or h. */
    static String number(KpiKind kind, double v, Lang lang) {
        return switch (kind.unit()) {
            case COUNT -> count(Math.round(v), lang);
            case RATE -> percent(v * 100, lang);
            case MINUTES -> duration(v / 60.0, lang);
            case HOURS -> duration(v / 3600.0, lang);
        };
    }

    /** One decimal below 100, whole numbers from 100 ("168小时", not "168.4小时": the tile stays within its column). */
    private static String duration(double v, Lang lang) {
        return PanelText.decimal(lang, v, Math.abs(v) >= 99.95 ? 0 : 1);
    }

    /**
     * Exact up to 9,999; above that compact with one decimal ("3.3万", "33.3K"), so a city-wide
     * count and its change still fit a tile in a 460 px column.
     */
    private static String count(long n, Lang lang) {
        if (Math.abs(n) < 10_000) {
            return PanelText.count(lang, n);
        }
        double divisor = lang == Lang.ZH ? 10_000.0 : 1_000.0; // 万 in Chinese, K in English
        return PanelText.format(lang, "unit.compact", PanelText.decimal(lang, n / divisor, 1));
    }

    /**
     * One decimal; exactly 100 shows as "100". Just under 100 never rounds up: 4454 of 4455
     * disputes resolved is 99.9, since "100" would claim none is left.
     */
    private static String percent(double pct, Lang lang) {
        double rounded = Math.round(pct * 10) / 10.0;
        if (pct < 100 && rounded >= 100) {
            rounded = 99.9;
        }
        return rounded == Math.rint(rounded) && Math.abs(rounded) >= 100 ? PanelText.count(lang, (long) rounded)
                : PanelText.decimal(lang, rounded, 1);
    }
}
