package com.gridwall.feed.sim;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.Event;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Lang;
import com.gridwall.domain.Source;
import java.util.SplittableRandom;

/**
 * Plans the closed loop of one incident (上报→派单→签收→办结→反馈) with the side paths the domain
 * knows: duplicates cancelled (4%), a wrong first dispatch redispatched (3%, so ~97% right first
 * time), escalation of severe cases, resolution against the category deadline (a few percent
 * overdue, more in a flood), satisfaction on close (lower when late), reopening after a poor rating.
 * Stateless.
 */
final class LifecyclePlanner {
    private static final long MIN = 60_000L;
    private static final long HOUR = 60 * MIN;

    static final double CANCEL_SHARE = 0.04;
    static final double WRONG_DISPATCH_SHARE = 0.03;

    private LifecyclePlanner() {
    }

    static Incident.Plan plan(Category category, Source source, int severity, long reportedAt, boolean underStress,
                              SplittableRandom rnd) {
        Incident.Plan p = new Incident.Plan();
        long deadline = reportedAt + category.deadlineHours() * HOUR;
        long t = p.add(EventType.REPORTED, reportedAt, null, deadline, Event.NO_RATING, null);
        if (rnd.nextDouble() < CANCEL_SHARE) {
            p.add(EventType.CANCELLED, t + logNormal(15 * MIN, 0.6, rnd), null, Event.NO_TIME, Event.NO_RATING, "重复件，撤销");
            return p;
        }
        long dispatchDelay = logNormal((long) (dispatchMedian(source) * (severity >= 4 ? 0.3 : 1)), 0.7, rnd);
        Department right = DomainMix.department(category, rnd);
        Department first = rnd.nextDouble() < WRONG_DISPATCH_SHARE ? DomainMix.wrongDepartment(right, rnd) : right;
        t = p.add(EventType.DISPATCHED, t + dispatchDelay, first, deadline, Event.NO_RATING, null);
        if (first != right) {
            t = p.add(EventType.REDISPATCHED, t + logNormal(20 * MIN, 0.6, rnd), right, deadline, Event.NO_RATING,
                    "改派：" + first.label(Lang.ZH) + "→" + right.label(Lang.ZH));
        }
        t = p.add(EventType.ACCEPTED, t + logNormal(10 * MIN, 0.7, rnd), right, Event.NO_TIME, Event.NO_RATING, null);
        long window = deadline - reportedAt;
        if (rnd.nextDouble() < (severity >= 3 ? 0.08 : 0.02)) {
            t = p.add(EventType.ESCALATED, t + logNormal((long) (0.2 * window), 0.5, rnd), right, deadline,
                    Event.NO_RATING, "升级督办");
        }
        double share = underStress ? 0.6 : 0.35;
        long resolved = p.add(EventType.RESOLVED, Math.max(t + MIN, reportedAt + logNormal((long) (share * window), 0.6, rnd)),
                right, Event.NO_TIME, Event.NO_RATING, null);
        int rating = rating(resolved > deadline, rnd);
        long closed = p.add(EventType.CLOSED, resolved + logNormal(3 * HOUR, 0.8, rnd), right, Event.NO_TIME, rating, null);
        if (rating <= 2 && rnd.nextDouble() < 0.5) {
            t = p.add(EventType.REOPENED, closed + logNormal(2 * HOUR, 0.5, rnd), right, Event.NO_TIME, Event.NO_RATING,
                    "群众不满意，重办");
            t = p.add(EventType.RESOLVED, t + logNormal((long) (0.3 * window), 0.5, rnd), right, Event.NO_TIME,
                    Event.NO_RATING, null);
            p.add(EventType.CLOSED, t + logNormal(3 * HOUR, 0.8, rnd), right, Event.NO_TIME, rnd.nextDouble() < 0.7 ? 4 : 3, null);
        }
        return p;
    }

    /** 12345 dispatches in seconds to minutes, sensors and cameras are routed automatically, patrols walk back. */
    private static long dispatchMedian(Source s) {
        return switch (s) {
            case HOTLINE_12345 -> 90_000L;
            case POLICE_110 -> 60_000L;
            case AI_VIDEO, IOT_SENSOR -> 120_000L;
            case GRID_PATROL -> 10 * MIN;
            case RESIDENT_APP -> 20 * MIN;
        };
    }

    private static int rating(boolean late, SplittableRandom rnd) {
        double u = rnd.nextDouble();
        double[] cum = late ? new double[]{0.25, 0.55, 0.75, 0.90} : new double[]{0.55, 0.83, 0.92, 0.97};
        for (int i = 0; i < cum.length; i++) {
            if (u < cum[i]) {
                return 5 - i;
            }
        }
        return 1;
    }

    static long logNormal(long median, double sigma, SplittableRandom rnd) {
        return Math.max(1000, (long) (median * Math.exp(sigma * rnd.nextGaussian())));
    }
}
