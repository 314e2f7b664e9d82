package com.gridwall.store.query;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.Source;
import java.util.Set;

/**
 * An ad-hoc aggregation over incidents reported in [fromMs, toMs), evaluated on the incidents'
 * current state (or their state as of an instant, see EventStore#aggregate(RangeQuery, Instant)).
 * Empty sets mean "any"; {@code areaCode} is a unit code at any level, or null for the whole area.
 * Department filters on the incident's current department.
 */
public record RangeQuery(long fromMs, long toMs, Set<Category> categories, Set<Source> sources,
                         Set<Department> departments, String areaCode) {
    public RangeQuery {
        if (toMs < fromMs) {
            throw new IllegalArgumentException("range query: to (" + toMs + ") is before from (" + fromMs + ")");
        }
        categories = Set.copyOf(categories);
        sources = Set.copyOf(sources);
        departments = Set.copyOf(departments);
    }

    public static RangeQuery between(long fromMs, long toMs) {
        return new RangeQuery(fromMs, toMs, Set.of(), Set.of(), Set.of(), null);
    }

    public RangeQuery inArea(String code) {
        return new RangeQuery(fromMs, toMs, categories, sources, departments, code);
    }

    public RangeQuery withCategories(Set<Category> c) {
        return new RangeQuery(fromMs, toMs, c, sources, departments, areaCode);
    }

    public RangeQuery withSources(Set<Source> s) {
        return new RangeQuery(fromMs, toMs, categories, s, departments, areaCode);
    }

    public RangeQuery withDepartments(Set<Department> d) {
        return new RangeQuery(fromMs, toMs, categories, sources, d, areaCode);
    }
}
