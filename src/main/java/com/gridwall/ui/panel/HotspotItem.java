package com.gridwall.ui.panel;

import com.gridwall.domain.Category;
import java.util.Objects;

/**
 * A repeat-complaint hotspot (高频问题): the same category near the same place, {@code count7d}
 * times in the last 7 days. {@code place} is a display name. Immutable.
 */
public record HotspotItem(String place, Category category, int count7d) {
    public HotspotItem {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(category, () -> "hotspot " + place + ": category");
        if (count7d < 0) {
            throw new IllegalArgumentException("hotspot " + place + ": count7d must be >= 0, got " + count7d);
        }
    }
}
