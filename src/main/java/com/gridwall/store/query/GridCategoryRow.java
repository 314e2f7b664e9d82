package com.gridwall.store.query;

import com.gridwall.domain.Category;
import java.util.OptionalDouble;

/**
 * One group of a range aggregation: incidents of one category located in one grid.
 * {@code gridCode} is null for incidents outside every grid or with no location.
 *
 * @param resolveMillisSum sum of (resolution − report) over the resolved ones, ms
 */
public record GridCategoryRow(String gridCode, Category category, long received, long resolved,
                              long resolveMillisSum) {
    /** Mean time to resolve in seconds; absent when none resolved. */
    public OptionalDouble meanResolveSeconds() {
        return resolved == 0 ? OptionalDouble.empty() : OptionalDouble.of(resolveMillisSum / 1000.0 / resolved);
    }
}
