package com.gridwall.replay.bookmark;

import java.time.Instant;

/**
 * A named instant on the timeline with the analyst's note. Immutable.
 *
 * @param at    the instant it marks
 * @param title short label shown on the timeline
 * @param note  free text, may be empty
 */
public record Bookmark(Instant at, String title, String note) {
    public Bookmark {
        if (at == null || title == null || title.isBlank()) {
            throw new IllegalArgumentException("a bookmark needs an instant and a title");
        }
        note = note == null ? "" : note;
    }
}
