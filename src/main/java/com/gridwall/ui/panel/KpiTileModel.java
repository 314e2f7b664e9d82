package com.gridwall.ui.panel;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One KPI tile: the value now and the value at the same time yesterday, both optional (no data
 * is shown as "—"; NaN or infinite inputs count as no data). Units per {@link KpiKind}: counts,
 * fractions 0..1 for rates, seconds for durations. Immutable.
 */
public record KpiTileModel(KpiKind kind, OptionalDouble value, OptionalDouble sameTimeYesterday) {
    /** Which way the value moved since yesterday. */
    public enum Direction { UP, DOWN, FLAT, UNKNOWN }

    /** Whether that move is good news for this KPI. */
    public enum Meaning { GOOD, BAD, NEUTRAL }

    public KpiTileModel {
        Objects.requireNonNull(kind, "kind");
        value = finite(value);
        sameTimeYesterday = finite(sameTimeYesterday);
    }

    public static KpiTileModel of(KpiKind kind, double value, double sameTimeYesterday) {
        return new KpiTileModel(kind, OptionalDouble.of(value), OptionalDouble.of(sameTimeYesterday));
    }

    public static KpiTileModel of(KpiKind kind, double value) {
        return new KpiTileModel(kind, OptionalDouble.of(value), OptionalDouble.empty());
    }

    public static KpiTileModel absent(KpiKind kind) {
        return new KpiTileModel(kind, OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** value − sameTimeYesterday, when both are known. */
    public OptionalDouble delta() {
        return value.isPresent() && sameTimeYesterday.isPresent()
                ? OptionalDouble.of(value.getAsDouble() - sameTimeYesterday.getAsDouble())
                : OptionalDouble.empty();
    }

    /** Up or down only when the change is visible at the tile's precision, so a tile never shows "▲0.0". */
    public Direction direction() {
        OptionalDouble d = delta();
        if (d.isEmpty()) {
            return Direction.UNKNOWN;
        }
        double v = d.getAsDouble();
        double half = kind.unit().step() / 2;
        return v >= half ? Direction.UP : v <= -half ? Direction.DOWN : Direction.FLAT;
    }

    public Meaning meaning() {
        Direction d = direction();
        if (d == Direction.UNKNOWN || d == Direction.FLAT || kind.polarity() == KpiKind.Polarity.NEUTRAL) {
            return Meaning.NEUTRAL;
        }
        boolean up = d == Direction.UP;
        boolean higherGood = kind.polarity() == KpiKind.Polarity.HIGHER_IS_GOOD;
        return up == higherGood ? Meaning.GOOD : Meaning.BAD;
    }

    private static OptionalDouble finite(OptionalDouble v) {
        return v == null || v.isEmpty() || !Double.isFinite(v.getAsDouble()) ? OptionalDouble.empty() : v;
    }
}
