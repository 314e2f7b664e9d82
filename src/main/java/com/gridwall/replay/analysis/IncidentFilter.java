package com.gridwall.replay.analysis;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.Source;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.domain.UnitInfo;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analyst's selection: incidents reported in [from, to) matching every given criterion (an
 * empty set means "any"). Department is the incident's current department (as of {@code to});
 * area is a set of grid codes, usually every grid under one unit ({@link #gridsUnder}). Immutable.
 */
public record IncidentFilter(Instant from, Instant to, Set<Category> categories, Set<Source> sources,
                             Set<Department> departments, Set<String> grids) {
    public IncidentFilter {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("time range ends " + to + " before it starts " + from);
        }
        categories = Set.copyOf(categories);
        sources = Set.copyOf(sources);
        departments = Set.copyOf(departments);
        grids = Set.copyOf(grids);
    }

    /** Everything reported in [from, to). */
    public static IncidentFilter range(Instant from, Instant to) {
        return new IncidentFilter(from, to, Set.of(), Set.of(), Set.of(), Set.of());
    }

    public IncidentFilter withCategories(Category... c) {
        return new IncidentFilter(from, to, c.length == 0 ? Set.of() : EnumSet.of(c[0], c), sources, departments, grids);
    }

    public IncidentFilter withSources(Source... s) {
        return new IncidentFilter(from, to, categories, s.length == 0 ? Set.of() : EnumSet.of(s[0], s), departments, grids);
    }

    public IncidentFilter withDepartments(Department... d) {
        return new IncidentFilter(from, to, categories, sources, d.length == 0 ? Set.of() : EnumSet.of(d[0], d), grids);
    }

    public IncidentFilter withGrids(Set<String> g) {
        return new IncidentFilter(from, to, categories, sources, departments, g);
    }

    public IncidentFilter withRange(Instant f, Instant t) {
        return new IncidentFilter(f, t, categories, sources, departments, grids);
    }

    /** True when {@code r} (folded as of {@link #to}) is selected. */
    public boolean test(IncidentRecord r) {
        return test(r.reportedTs(), r.category(), r.source(), r.department(), r.gridCode());
    }

    /**
     * True when an incident reported at {@code reportedTs} with these attributes (department and
     * grid as of {@link #to}; null when none) is selected.
     */
    public boolean test(long reportedTs, Category category, Source source, Department department, String gridCode) {
        return reportedTs >= from.toEpochMilli() && reportedTs < to.toEpochMilli()
                && (categories.isEmpty() || categories.contains(category))
                && (sources.isEmpty() || sources.contains(source))
                && (departments.isEmpty() || (department != null && departments.contains(department)))
                && (grids.isEmpty() || (gridCode != null && grids.contains(gridCode)));
    }

    /** True when only the time range selects (no category, source, department or area). */
    public boolean rangeOnly() {
        return categories.isEmpty() && sources.isEmpty() && departments.isEmpty() && grids.isEmpty();
    }

    /** Every unit code under {@code unitCode} (itself included): grids are the leaves among them. */
    public static Set<String> gridsUnder(UnitDirectory units, String unitCode) {
        if (units.unit(unitCode) == null) {
            throw new IllegalArgumentException("unknown unit code '" + unitCode + "'");
        }
        Map<String, List<String>> children = new HashMap<>();
        for (UnitInfo u : units.all()) {
            if (u.parentCode() != null) {
                children.computeIfAbsent(u.parentCode(), k -> new java.util.ArrayList<>()).add(u.code());
            }
        }
        Set<String> out = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(unitCode));
        while (!todo.isEmpty()) {
            String c = todo.pop();
            if (out.add(c)) {
                todo.addAll(children.getOrDefault(c, List.of()));
            }
        }
        return out;
    }
}
