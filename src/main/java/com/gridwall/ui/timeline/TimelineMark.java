package com.gridwall.ui.timeline;

import java.time.Instant;

/**
 * A bookmark as the timeline shows it: an instant, a short title, the analyst's note. Immutable.
 */
public record TimelineMark(Instant at, String title, String note) {
    public TimelineMark {
        if (at == null || title == null || title.isBlank()) {
            throw new IllegalArgumentException("a bookmark needs an instant and a title");
        }
        note = note == null ? "" : note;
    }
}
