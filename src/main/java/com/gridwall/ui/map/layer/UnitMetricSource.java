package com.gridwall.ui.map.layer;

/**
 * The raw value of a {@link ChoroplethMetric} for one unit (by code). {@link ChoroplethMetric#DENSITY}
 * is asked as the count of events received today; the layer divides by the unit's area. NaN means "no
 * value" (e.g. a completion rate with nothing received). Implementations are immutable and safe to call
 * from the map's render thread.
 */
@FunctionalInterface
public interface UnitMetricSource {
    UnitMetricSource NONE = (code, metric) -> Double.NaN;

    double value(String unitCode, ChoroplethMetric metric);
}
