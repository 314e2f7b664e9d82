package com.gridwall.ui.alert;

import com.gridwall.domain.Category;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An operator acknowledged an alert group: who, when (wall-clock time, not replay time), what
 * (kind, category and every incident in the group). The audit log writes one line per record.
 * Immutable.
 */
public record Acknowledgement(String who, Instant when, AlertKind kind, Category category, List<String> incidentIds) {
    public Acknowledgement {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(category, "category");
        incidentIds = List.copyOf(incidentIds);
    }
}
