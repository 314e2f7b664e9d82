package com.gridwall.ui.panel;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import java.time.Instant;
import java.util.Objects;

/**
 * An open incident at or near its deadline: the overdue list counts down to {@code deadline}
 * and, once past, counts the time overdue. {@code department} may be null (not yet dispatched);
 * {@code place} is a display name such as "渠东街道 · 四排房社区". Immutable.
 */
public record OverdueItem(String incidentId, Category category, Department department, String place, Instant deadline) {
    public OverdueItem {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(category, () -> "overdue item " + incidentId + ": category");
        Objects.requireNonNull(deadline, () -> "overdue item " + incidentId + ": deadline");
        place = place == null ? "" : place;
    }

    public boolean isOverdueAt(Instant now) {
        return now != null && now.isAfter(deadline);
    }
}
