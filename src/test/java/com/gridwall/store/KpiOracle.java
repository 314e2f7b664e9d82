package com.gridwall.store;

import com.gridwall.domain.Category;
import com.gridwall.domain.Event;
import com.gridwall.domain.EventType;
import com.gridwall.domain.GridResolver;
import com.gridwall.domain.Level;
import com.gridwall.domain.UnitDirectory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brute force, written from docs/kpi.md without the store's code: folds each incident's events
 * from the raw list and recomputes every KPI from scratch.
 */
final class KpiOracle {
    /** One incident's state, folded from its events in (ts, seq) order. */
    static final class Inc {
        String id;
        EventType status;
        Category category;
        int source;
        long reportedAt;
        boolean hasReported;
        String grid; // code, or null
        boolean located;
        boolean hasPoint;
        long firstDispatch = Long.MIN_VALUE;
        boolean redispatched;
        int dept = -1;
        long resolvedAt = Long.MIN_VALUE;
        long explicitDeadline = Long.MIN_VALUE;
        int satisfaction = -1;

        boolean open() {
            return status != EventType.RESOLVED && status != EventType.CLOSED && status != EventType.CANCELLED;
        }

        boolean resolved() {
            return status == EventType.RESOLVED || status == EventType.CLOSED;
        }

        long deadline() {
            return explicitDeadline != Long.MIN_VALUE ? explicitDeadline
                    : reportedAt + category.deadlineHours() * 3_600_000L;
        }
    }

    static List<Event> dedup(List<Event> arrival) {
        Set<String> seen = new HashSet<>();
        List<Event> out = new ArrayList<>();
        for (Event e : arrival) {
            if (seen.add(e.eventId())) {
                out.add(e);
            }
        }
        return out;
    }

    static Map<String, Inc> fold(List<Event> accepted, long maxTs, GridResolver resolver) {
        Map<String, List<Event>> by = new LinkedHashMap<>();
        for (Event e : accepted) {
            if (e.ts() <= maxTs) {
                by.computeIfAbsent(e.incidentId(), k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, Inc> out = new LinkedHashMap<>();
        for (var en : by.entrySet()) {
            List<Event> evs = new ArrayList<>(en.getValue());
            evs.sort(Comparator.comparingLong(Event::ts).thenComparingLong(Event::seq));
            Inc s = new Inc();
            s.id = en.getKey();
            Event anchor = evs.stream().filter(e -> e.type() == EventType.REPORTED).findFirst().orElse(evs.get(0));
            s.hasReported = anchor.type() == EventType.REPORTED;
            s.reportedAt = anchor.ts();
            s.category = anchor.category();
            s.source = anchor.source().ordinal();
            s.hasPoint = anchor.hasPosition();
            if (anchor.gridCode() != null) {
                s.grid = anchor.gridCode();
                s.located = true;
            } else if (anchor.hasPosition()) {
                s.grid = resolver.gridAt(anchor.lon(), anchor.lat());
                s.located = true;
            }
            for (Event e : evs) {
                step(s, e);
            }
            out.put(s.id, s);
        }
        return out;
    }

    private static void step(Inc s, Event e) {
        boolean first = s.status == null;
        if (first) {
            s.status = EventType.REPORTED;
        }
        boolean open = s.open();
        if (e.deadline() != Event.NO_TIME) {
            s.explicitDeadline = e.deadline();
        }
        switch (e.type()) {
            case REPORTED -> { }
            case DISPATCHED, REDISPATCHED -> {
                if (s.firstDispatch == Long.MIN_VALUE) {
                    s.firstDispatch = e.ts();
                }
                if (e.type() == EventType.REDISPATCHED) {
                    s.redispatched = true;
                }
                if (e.department() != null) {
                    s.dept = e.department().ordinal();
                }
                if (open) {
                    s.status = e.type();
                }
            }
            case ACCEPTED, ESCALATED -> {
                if (e.department() != null) {
                    s.dept = e.department().ordinal();
                }
                if (open) {
                    s.status = e.type();
                }
            }
            case RESOLVED -> {
                if (open) {
                    s.status = EventType.RESOLVED;
                    s.resolvedAt = e.ts();
                }
            }
            case CLOSED -> {
                if (open) {
                    s.status = EventType.CLOSED;
                    s.resolvedAt = e.ts();
                } else if (s.status == EventType.RESOLVED) {
                    s.status = EventType.CLOSED;
                }
                if (e.satisfaction() >= 1) {
                    s.satisfaction = e.satisfaction();
                }
            }
            case REOPENED -> {
                s.status = EventType.REOPENED;
                s.resolvedAt = Long.MIN_VALUE;
            }
            case CANCELLED -> {
                if (open || s.status == EventType.RESOLVED) {
                    s.status = EventType.CANCELLED;
                    s.resolvedAt = Long.MIN_VALUE;
                }
            }
        }
    }

    /** Unit codes an incident counts in: root plus the grid's ancestry when the grid is on the map. */
    static List<String> chain(Inc s, UnitDirectory dir) {
        List<String> out = new ArrayList<>();
        out.add("*");
        if (s.grid != null && dir.unit(s.grid) != null) {
            for (Level l : Level.values()) {
                String a = dir.ancestorAt(s.grid, l);
                if (a != null) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /** [from, to] minutes of the four windows at now. */
    static long[][] windows(long nowMs, ZoneId zone) {
        long now = Math.floorDiv(nowMs, 60_000L);
        LocalDate d = Instant.ofEpochMilli(nowMs).atZone(zone).toLocalDate();
        long mid = d.atStartOfDay(zone).toEpochSecond() / 60;
        long ymid = d.minusDays(1).atStartOfDay(zone).toEpochSecond() / 60;
        return new long[][] {{mid, now}, {ymid, now - 1440}, {now - 1439, now}, {now - 10079, now}};
    }

    /** Plain counters of one cohort. */
    record Cohort(long received, long resolved, long timely, long disputes, long disputesResolved, long rated,
                  long satisfied, long dispatched, long rightFirst, long dispatchSumMs, long resolveSumMs,
                  List<Long> dispatchSeconds, List<Long> resolveSeconds, long[] byCategory, long[] byStatus) {
    }

    static Cohort cohort(Iterable<Inc> incs, UnitDirectory dir, String unit, long fromMin, long toMin) {
        long rec = 0, res = 0, tim = 0, dis = 0, disRes = 0, rated = 0, sat = 0, disp = 0, right = 0, dSum = 0, rSum = 0;
        List<Long> dSec = new ArrayList<>();
        List<Long> rSec = new ArrayList<>();
        long[] cat = new long[Category.values().length];
        long[] st = new long[EventType.values().length];
        for (Inc s : incs) {
            long m = Math.floorDiv(s.reportedAt, 60_000L);
            if (m < fromMin || m > toMin || !chain(s, dir).contains(unit)) {
                continue;
            }
            rec++;
            cat[s.category.ordinal()]++;
            st[s.status.ordinal()]++;
            if (s.resolved()) {
                res++;
                long ms = Math.max(0, s.resolvedAt - s.reportedAt);
                rSum += ms;
                rSec.add(ms / 1000);
                if (s.resolvedAt <= s.deadline()) {
                    tim++;
                }
            }
            if (s.category == Category.DISPUTE) {
                dis++;
                if (s.resolved()) {
                    disRes++;
                }
            }
            if (s.satisfaction >= 1) {
                rated++;
                if (s.satisfaction >= 4) {
                    sat++;
                }
            }
            if (s.firstDispatch != Long.MIN_VALUE) {
                disp++;
                long ms = Math.max(0, s.firstDispatch - s.reportedAt);
                dSum += ms;
                dSec.add(ms / 1000);
                if (!s.redispatched) {
                    right++;
                }
            }
        }
        return new Cohort(rec, res, tim, dis, disRes, rated, sat, disp, right, dSum, rSum, dSec, rSec, cat, st);
    }

    /** Exact nearest-rank quantile of whole seconds; null when empty. */
    static Long nearestRank(List<Long> secs, double q) {
        if (secs.isEmpty()) {
            return null;
        }
        List<Long> s = new ArrayList<>(secs);
        s.sort(null);
        int rank = (int) Math.max(1, Math.ceil(q * s.size() - 1e-9));
        return s.get(rank - 1);
    }
}
