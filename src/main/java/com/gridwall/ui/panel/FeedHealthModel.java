package com.gridwall.ui.panel;

import java.time.Instant;
import java.util.Objects;

/**
 * Feed health for the bottom bar. {@code reason} explains a refusal or the last error (null when
 * none); {@code lagMillis} is how far the newest applied event is behind now (negative = unknown);
 * {@code eventsPerSecond} over the last few seconds (NaN = unknown); {@code lastSeq} the last applied
 * sequence number (negative = none yet). Immutable.
 */
public record FeedHealthModel(FeedState state, String reason, long lagMillis, double eventsPerSecond,
                              long rejected, long lastSeq) {
    public FeedHealthModel {
        Objects.requireNonNull(state, "state");
        if (rejected < 0) {
            throw new IllegalArgumentException("feed health rejected must be >= 0, got " + rejected);
        }
    }

    public static FeedHealthModel offline() {
        return new FeedHealthModel(FeedState.OFFLINE, null, -1, Double.NaN, 0, -1);
    }
}
