package com.gridwall.store.state;

import com.gridwall.domain.EventType;

/**
 * The incident state machine (docs/kpi.md, "incident state"): applies one event to an incident
 * whose earlier events, in (ts, seq) order, are already applied. Folding the same set of events in
 * (ts, seq) order always gives the same state, whatever order they arrived in.
 */
public final class LifecycleFold {
    private static final int REPORTED = EventType.REPORTED.ordinal();
    private static final int DISPATCHED = EventType.DISPATCHED.ordinal();
    private static final int ACCEPTED = EventType.ACCEPTED.ordinal();
    private static final int RESOLVED = EventType.RESOLVED.ordinal();
    private static final int CLOSED = EventType.CLOSED.ordinal();
    private static final int REDISPATCHED = EventType.REDISPATCHED.ordinal();
    private static final int ESCALATED = EventType.ESCALATED.ordinal();
    private static final int REOPENED = EventType.REOPENED.ordinal();
    private static final int CANCELLED = EventType.CANCELLED.ordinal();

    private LifecycleFold() {
    }

    /** True for a status that counts as open: anything but RESOLVED, CLOSED, CANCELLED (and none). */
    public static boolean isOpen(int status) {
        return status != RESOLVED && status != CLOSED && status != CANCELLED;
    }

    /**
     * When incident i left the open states: its resolution time (RESOLVED, CLOSED), its last event
     * (CANCELLED), {@code Long.MAX_VALUE} while it is open, {@code Long.MIN_VALUE} when it does not exist.
     */
    public static long leftOpenAt(IncidentTable t, int i) {
        int status = t.status[i];
        if (status == IncidentTable.NO_STATUS) {
            return Long.MIN_VALUE;
        }
        if (isOpen(status)) {
            return Long.MAX_VALUE;
        }
        return status == CANCELLED ? t.lastTs[i] : t.resolvedAt[i];
    }

    public static boolean isResolved(int status) {
        return status == RESOLVED || status == CLOSED;
    }

    /** True if e comes after the incident's last applied event in (ts, seq) order. */
    public static boolean inOrder(IncidentTable t, int i, EventView e) {
        return e.ts > t.lastTs[i] || (e.ts == t.lastTs[i] && e.seq > t.lastSeq[i]);
    }

    public static void apply(IncidentTable t, int i, EventView e) {
        int type = e.type;
        t.markWritten(i);
        boolean first = t.status[i] == IncidentTable.NO_STATUS;
        if (first || (type == REPORTED && (t.flags[i] & IncidentTable.F_REPORTED) == 0)) {
            // The anchor event: the REPORTED one, or the first event when none is REPORTED.
            t.category[i] = (byte) e.category;
            t.source[i] = (byte) e.source;
            t.severity[i] = (byte) e.severity;
            t.grid[i] = e.grid;
            t.lon[i] = e.lon;
            t.lat[i] = e.lat;
            t.reportedAt[i] = e.ts;
            if (type == REPORTED) {
                t.flags[i] |= IncidentTable.F_REPORTED;
            }
        }
        if (first) {
            t.status[i] = (byte) REPORTED;
        }
        int status = t.status[i];
        boolean open = isOpen(status);
        if (e.deadline != IncidentTable.NO_TIME) {
            t.explicitDeadline[i] = e.deadline;
        }
        if (type == DISPATCHED || type == REDISPATCHED) {
            t.flags[i] |= IncidentTable.F_DISPATCHED;
            if (type == REDISPATCHED) {
                t.flags[i] |= IncidentTable.F_REDISPATCHED;
            }
            if (t.firstDispatchAt[i] == IncidentTable.NO_TIME) {
                t.firstDispatchAt[i] = e.ts;
            }
            if (e.department >= 0) {
                t.department[i] = (byte) e.department;
            }
            if (open) {
                t.status[i] = (byte) type;
            }
        } else if (type == ACCEPTED || type == ESCALATED) {
            if (e.department >= 0) {
                t.department[i] = (byte) e.department;
            }
            if (open) {
                t.status[i] = (byte) type;
            }
        } else if (type == RESOLVED) {
            if (open) {
                t.status[i] = (byte) RESOLVED;
                t.resolvedAt[i] = e.ts;
            }
        } else if (type == CLOSED) {
            if (open) {
                t.status[i] = (byte) CLOSED;
                t.resolvedAt[i] = e.ts;
            } else if (status == RESOLVED) {
                t.status[i] = (byte) CLOSED;
            }
            if (e.satisfaction >= 1) {
                t.satisfaction[i] = (byte) e.satisfaction;
            }
        } else if (type == REOPENED) {
            t.status[i] = (byte) REOPENED;
            t.resolvedAt[i] = IncidentTable.NO_TIME;
        } else if (type == CANCELLED) {
            if (open || status == RESOLVED) {
                t.status[i] = (byte) CANCELLED;
                t.resolvedAt[i] = IncidentTable.NO_TIME;
            }
        }
        // REPORTED after the first event changes no status.
        t.lastTs[i] = e.ts;
        t.lastSeq[i] = e.seq;
    }
}
