package com.gridwall.ui.panel;

import com.gridwall.domain.Category;
import com.gridwall.domain.EventType;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the live incident ticker: the newest event of an incident. Place parts are names
 * as the map shows them (null or blank parts are skipped); {@code at} is the event time, from
 * which the ticker shows the age. Severity 1 (low) .. 4 (critical). Immutable.
 */
public record TickerItem(String eventId, String incidentId, int severity, Category category,
                         String street, String community, String grid, Instant at, EventType status) {
    public TickerItem {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(category, () -> "ticker item " + eventId + ": category");
        Objects.requireNonNull(at, () -> "ticker item " + eventId + ": at");
        Objects.requireNonNull(status, () -> "ticker item " + eventId + ": status");
        if (severity < 1 || severity > 4) {
            throw new IllegalArgumentException("ticker item " + eventId + ": severity must be 1..4, got " + severity);
        }
    }

    /** "西街街道 · 曙光社区 · 网格07" (long committee suffixes dropped). */
    public String place() {
        return PlaceText.join(street, community, grid);
    }
}
