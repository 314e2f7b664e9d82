package com.gridwall.ui.panel;

import java.util.Objects;

/** One bar of a breakdown: what (e.g. {@code LocalText.of(Category.FIRE)}) and how many. Immutable. */
public record BreakdownItem(LocalText label, long count) {
    public BreakdownItem {
        Objects.requireNonNull(label, "label");
        if (count < 0) {
            throw new IllegalArgumentException("breakdown count for '" + label.zh() + "' must be >= 0, got " + count);
        }
    }
}
