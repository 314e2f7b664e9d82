package com.gridwall.ui.alert;

import com.gridwall.domain.Category;
import java.time.Instant;
import java.util.Objects;

/**
 * One on-wall alert about one incident. {@code place} is a display name ("西街街道 · 曙光社区");
 * {@code gridCode}, {@code lon}, {@code lat} tell the map where to fly (gridCode may be null,
 * lon/lat NaN when unknown). {@code at} is when it happened (event time). Immutable.
 */
public record WallAlert(String incidentId, AlertKind kind, Category category, String place, Instant at,
                        String gridCode, double lon, double lat) {
    public WallAlert {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(kind, () -> "alert " + incidentId + ": kind");
        Objects.requireNonNull(category, () -> "alert " + incidentId + ": category");
        Objects.requireNonNull(at, () -> "alert " + incidentId + ": at");
        place = place == null ? "" : place;
    }

    public boolean hasPosition() {
        return !Double.isNaN(lon) && !Double.isNaN(lat);
    }
}
