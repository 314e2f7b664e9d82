package com.gridwall.domain;

/**
 * One lifecycle event of one incident, as it travels on the feed (schema v1, docs/event-schema.md).
 * Absent optional values: {@code department}, {@code gridCode}, {@code summary} null;
 * {@code lon}/{@code lat} NaN; {@code deadline} {@link #NO_TIME}; {@code satisfaction} {@link #NO_RATING}.
 *
 * @param seq          strictly increasing per feed
 * @param ts           event time, epoch milliseconds UTC
 * @param severity     1 (low) .. 4 (critical)
 * @param satisfaction 1..5 on CLOSED (4 and 5 count as satisfied), else {@link #NO_RATING}
 */
public record Event(long seq, String eventId, String incidentId, EventType type, long ts,
                    Category category, Source source, Department department, int severity,
                    double lon, double lat, String gridCode, long deadline, int satisfaction,
                    String summary) {
    public static final long NO_TIME = Long.MIN_VALUE;
    public static final int NO_RATING = -1;

    public boolean hasPosition() {
        return !Double.isNaN(lon) && !Double.isNaN(lat);
    }
}
