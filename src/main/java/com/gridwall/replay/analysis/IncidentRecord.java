package com.gridwall.replay.analysis;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.Event;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Source;

/**
 * One incident folded from its lifecycle events up to some instant. Absent times are
 * {@link Event#NO_TIME}; absent rating {@link Event#NO_RATING}. Immutable.
 *
 * @param status       type of its latest event (the current status)
 * @param department   current department (latest dispatch), or null if never dispatched
 * @param dispatchedTs first DISPATCHED
 * @param resolvedTs   latest RESOLVED (NO_TIME when reopened since)
 * @param redispatched true when it was ever REDISPATCHED
 */
public record IncidentRecord(String incidentId, Category category, Source source, Department department,
                             int severity, String gridCode, double lon, double lat, long reportedTs,
                             long deadline, EventType status, long dispatchedTs, long resolvedTs,
                             long closedTs, int satisfaction, boolean redispatched, String summary) {
    /** Not RESOLVED, CLOSED or CANCELLED. */
    public boolean open() {
        return status != EventType.RESOLVED && status != EventType.CLOSED && status != EventType.CANCELLED;
    }

    public boolean resolved() {
        return status == EventType.RESOLVED || status == EventType.CLOSED;
    }

    /** Resolved at or before its deadline (no deadline: the category's). */
    public boolean timely() {
        return resolved() && resolvedTs != Event.NO_TIME && resolvedTs <= effectiveDeadline();
    }

    public long effectiveDeadline() {
        return deadline != Event.NO_TIME ? deadline : reportedTs + category.deadlineHours() * 3_600_000L;
    }
}
