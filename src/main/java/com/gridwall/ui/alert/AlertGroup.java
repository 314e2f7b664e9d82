package com.gridwall.ui.alert;

import com.gridwall.domain.Category;
import java.util.List;
import java.util.Objects;

/**
 * Alerts of one kind and category, shown as one line ("3 起 消防 新增紧急事件") and acknowledged
 * together. {@code alerts} in arrival order, never empty. Immutable.
 */
public record AlertGroup(AlertKind kind, Category category, List<WallAlert> alerts) {
    public AlertGroup {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(category, "category");
        alerts = List.copyOf(alerts);
        if (alerts.isEmpty()) {
            throw new IllegalArgumentException("alert group " + kind + "/" + category + " has no alerts");
        }
    }

    public int count() {
        return alerts.size();
    }

    /** The most recent alert: the one the map flies to. */
    public WallAlert latest() {
        return alerts.get(alerts.size() - 1);
    }

    public Key key() {
        return new Key(kind, category);
    }

    /** What groups alerts together. */
    public record Key(AlertKind kind, Category category) {
    }
}
