package com.gridwall.store.query;

import com.gridwall.store.snapshot.Kpis;
import java.util.List;

/**
 * The answer to a {@link RangeQuery}: KPIs of the whole filtered cohort and its breakdown by grid
 * and category (rows sorted by grid code, nulls last, then category).
 */
public record RangeResult(RangeQuery query, Kpis totals, List<GridCategoryRow> rows) {
}
