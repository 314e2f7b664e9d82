package com.gridwall.store;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.Event;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Random incident lifecycles with every awkward case: no REPORTED, RESOLVED before DISPATCHED,
 * REOPENED after CLOSED, redispatches, cancellations, explicit deadlines, equal timestamps,
 * unknown grid codes, points inside and outside the map, no location; then arrival out of order
 * with duplicates re-sent.
 */
final class EventGenerator {
    private final Random rnd;
    private long seq;

    EventGenerator(long seed) {
        rnd = new Random(seed);
    }

    /** Events in arrival order for incidents reported between {@code from} and {@code to}. */
    List<Event> generate(int incidents, long from, long to) {
        List<Event> all = new ArrayList<>();
        List<String> grids = TestMap.grids();
        for (int n = 0; n < incidents; n++) {
            String inc = "inc-" + n;
            long t = from + (long) (rnd.nextDouble() * (to - from));
            Category cat = Category.values()[rnd.nextInt(Category.values().length)];
            Source src = Source.values()[rnd.nextInt(Source.values().length)];
            int sev = 1 + rnd.nextInt(4);
            String grid = null;
            double lon = Double.NaN;
            double lat = Double.NaN;
            int where = rnd.nextInt(20);
            if (where < 13) {
                grid = grids.get(rnd.nextInt(grids.size()));
            } else if (where < 15) {
                grid = "X" + rnd.nextInt(2);
            } else if (where < 18) {
                lon = TestMap.LON0 + rnd.nextDouble() * 4 * TestMap.CELL;
                lat = TestMap.LAT0 + rnd.nextDouble() * 2 * TestMap.CELL;
            } else if (where < 19) {
                lon = 121.5;
                lat = 31.5;
            }
            List<Event> life = new ArrayList<>();
            if (rnd.nextInt(10) != 0) {
                life.add(event(inc, EventType.REPORTED, t, cat, src, sev, null, lon, lat, grid, Event.NO_TIME, -1));
            }
            long step = 60_000L * (1 + rnd.nextInt(600));
            boolean resolveFirst = rnd.nextInt(12) == 0;
            if (resolveFirst) {
                t += step;
                life.add(event(inc, EventType.RESOLVED, t, cat, src, sev, null, Double.NaN, Double.NaN, null,
                        Event.NO_TIME, -1));
            }
            if (rnd.nextInt(5) != 0) {
                t += rnd.nextInt(4) == 0 ? 0 : step;
                long deadline = rnd.nextInt(6) == 0 ? t + 3_600_000L * (1 + rnd.nextInt(48)) : Event.NO_TIME;
                life.add(event(inc, EventType.DISPATCHED, t, cat, src, sev, dept(), Double.NaN, Double.NaN, null,
                        deadline, -1));
                if (rnd.nextInt(6) == 0) {
                    t += step / 3;
                    life.add(event(inc, EventType.REDISPATCHED, t, cat, src, sev, dept(), Double.NaN, Double.NaN,
                            null, Event.NO_TIME, -1));
                }
                if (rnd.nextInt(3) != 0) {
                    t += step / 2;
                    life.add(event(inc, EventType.ACCEPTED, t, cat, src, sev, null, Double.NaN, Double.NaN, null,
                            Event.NO_TIME, -1));
                }
                if (rnd.nextInt(15) == 0) {
                    t += step / 2;
                    life.add(event(inc, EventType.ESCALATED, t, cat, src, sev, dept(), Double.NaN, Double.NaN, null,
                            Event.NO_TIME, -1));
                }
            }
            int end = rnd.nextInt(20);
            if (end < 13 && !resolveFirst) {
                t += step * (1 + rnd.nextInt(8));
                life.add(event(inc, EventType.RESOLVED, t, cat, src, sev, null, Double.NaN, Double.NaN, null,
                        Event.NO_TIME, -1));
            }
            if (end < 10) {
                t += step;
                int sat = rnd.nextInt(3) == 0 ? -1 : 1 + rnd.nextInt(5);
                life.add(event(inc, EventType.CLOSED, t, cat, src, sev, null, Double.NaN, Double.NaN, null,
                        Event.NO_TIME, sat));
                if (rnd.nextInt(6) == 0) {
                    t += step;
                    life.add(event(inc, EventType.REOPENED, t, cat, src, sev, null, Double.NaN, Double.NaN, null,
                            Event.NO_TIME, -1));
                    if (rnd.nextBoolean()) {
                        t += step;
                        life.add(event(inc, EventType.RESOLVED, t, cat, src, sev, null, Double.NaN, Double.NaN,
                                null, Event.NO_TIME, -1));
                    }
                }
            } else if (end == 19) {
                t += step;
                life.add(event(inc, EventType.CANCELLED, t, cat, src, sev, null, Double.NaN, Double.NaN, null,
                        Event.NO_TIME, -1));
            }
            all.addAll(life);
        }
        // Arrival: mostly by time, with local swaps, some far moves and re-sent duplicates.
        all.sort((a, b) -> Long.compare(a.ts(), b.ts()));
        for (int k = 0; k < all.size() - 1; k++) {
            if (rnd.nextInt(4) == 0) {
                Collections.swap(all, k, k + 1);
            }
        }
        for (int k = 0; k < all.size() / 20; k++) {
            int a = rnd.nextInt(all.size());
            int b = rnd.nextInt(all.size());
            Collections.swap(all, a, b);
        }
        int dups = all.size() / 15;
        for (int k = 0; k < dups; k++) {
            Event e = all.get(rnd.nextInt(all.size()));
            all.add(Math.min(all.size(), rnd.nextInt(all.size()) + 1), e);
        }
        return all;
    }

    private Department dept() {
        return Department.values()[rnd.nextInt(Department.values().length)];
    }

    private Event event(String inc, EventType type, long ts, Category cat, Source src, int sev, Department dept,
                        double lon, double lat, String grid, long deadline, int sat) {
        long s = ++seq;
        return new Event(s, "ev-" + s, inc, type, ts, cat, src, dept, sev, lon, lat, grid, deadline, sat,
                rnd.nextInt(10) == 0 ? "摘要 " + s : null);
    }
}
