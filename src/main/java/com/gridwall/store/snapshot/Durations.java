package com.gridwall.store.snapshot;

import java.util.OptionalDouble;

/**
 * Time to dispatch or to resolve over one cohort, in seconds. Each value is absent when no
 * incident of the cohort has the duration (the UI shows "—"). Median and p90 are nearest-rank
 * quantiles reported at the lower edge of their histogram bin (docs/kpi.md: ≤ 12.5% below).
 *
 * @param count number of incidents measured
 */
public record Durations(long count, OptionalDouble meanSeconds, OptionalDouble medianSeconds,
                        OptionalDouble p90Seconds) {
    public static final Durations NONE = new Durations(0, OptionalDouble.empty(), OptionalDouble.empty(),
            OptionalDouble.empty());
}
