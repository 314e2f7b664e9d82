package com.gridwall.ui.panel;

/**
 * The KPIs of DOMAIN.md the tiles show, with the unit their model value is in and which way is
 * good. Model values: counts as counts, rates as fractions 0..1, durations in seconds (shown in
 * minutes for time to dispatch, hours for time to resolve).
 */
public enum KpiKind {
    RECEIVED_TODAY(Unit.COUNT, Polarity.NEUTRAL),
    OPEN(Unit.COUNT, Polarity.LOWER_IS_GOOD),
    OVERDUE(Unit.COUNT, Polarity.LOWER_IS_GOOD),
    COMPLETION_RATE(Unit.RATE, Polarity.HIGHER_IS_GOOD),
    TIMELY_RATE(Unit.RATE, Polarity.HIGHER_IS_GOOD),
    DISPUTE_RESOLUTION(Unit.RATE, Polarity.HIGHER_IS_GOOD),
    SATISFACTION(Unit.RATE, Polarity.HIGHER_IS_GOOD),
    DISPATCH_ACCURACY(Unit.RATE, Polarity.HIGHER_IS_GOOD),
    TIME_TO_DISPATCH(Unit.MINUTES, Polarity.LOWER_IS_GOOD),
    TIME_TO_RESOLVE(Unit.HOURS, Polarity.LOWER_IS_GOOD);

    /** How a value is shown; the model always carries counts, fractions or seconds. */
    public enum Unit {
        COUNT(1), RATE(0.001), MINUTES(6), HOURS(360);

        private final double step;

        Unit(double step) {
            this.step = step;
        }

        /** The smallest change the tile can show (one count, 0.1 percentage point, 0.1 min, 0.1 h) in model units. */
        public double step() {
            return step;
        }
    }

    /** Whether a rise is good news (rates), bad news (overdue, durations) or neither (received). */
    public enum Polarity { HIGHER_IS_GOOD, LOWER_IS_GOOD, NEUTRAL }

    private final Unit unit;
    private final Polarity polarity;

    KpiKind(Unit unit, Polarity polarity) {
        this.unit = unit;
        this.polarity = polarity;
    }

    public Unit unit() {
        return unit;
    }

    public Polarity polarity() {
        return polarity;
    }

    /** Bundle key of the tile label, e.g. {@code kpi.OVERDUE}. */
    public String labelKey() {
        return "kpi." + name();
    }
}
