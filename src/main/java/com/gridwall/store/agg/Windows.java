package com.gridwall.store.agg;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The rolling windows, in whole minutes (epoch minute = floor(ms / 60,000)), both ends inclusive,
 * as functions of the current minute and the local date in the configured zone:
 * <ul>
 * <li>TODAY: local midnight .. now</li>
 * <li>YESTERDAY: yesterday's local midnight .. now − 1440 (the same time yesterday, for deltas)</li>
 * <li>LAST_24H: now − 1439 .. now</li>
 * <li>LAST_7D: now − 10079 .. now</li>
 * </ul>
 * An incident is in a window's cohort when the minute of its report time is in the range.
 */
public final class Windows {
    public static final int TODAY = 0;
    public static final int YESTERDAY = 1;
    public static final int LAST_24H = 2;
    public static final int LAST_7D = 3;
    public static final int COUNT = 4;
    public static final long MINUTE_MS = 60_000L;
    /** Minutes older than this before now can never enter a window again. */
    public static final long SPAN_MINUTES = 7 * 1440 + 1440;

    private final ZoneId zone;

    public Windows(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public static long minute(long ms) {
        return Math.floorDiv(ms, MINUTE_MS);
    }

    /** Fills from[w], to[w] (inclusive epoch minutes) for the instant {@code nowMs}. */
    public void ranges(long nowMs, long[] from, long[] to) {
        long now = minute(nowMs);
        LocalDate today = Instant.ofEpochMilli(nowMs).atZone(zone).toLocalDate();
        long midnight = today.atStartOfDay(zone).toEpochSecond() / 60;
        long yMidnight = today.minusDays(1).atStartOfDay(zone).toEpochSecond() / 60;
        from[TODAY] = midnight;
        to[TODAY] = now;
        from[YESTERDAY] = yMidnight;
        to[YESTERDAY] = now - 1440;
        from[LAST_24H] = now - 1439;
        to[LAST_24H] = now;
        from[LAST_7D] = now - 10079;
        to[LAST_7D] = now;
    }
}
