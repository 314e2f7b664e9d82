package com.gridwall.replay.events;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.Event;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Level;
import com.gridwall.domain.Source;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.domain.UnitInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A deterministic stream of whole incident lifecycles in event-time order (seq 1, 2, ...): the
 * same seed gives the same events. Used to build journals for tests and the replay benchmark
 * without a feed. Not thread-safe.
 */
public final class SyntheticHistory {
    private static final Category[] CATEGORIES = Category.values();
    private static final Source[] SOURCES = Source.values();
    private static final Department[] DEPARTMENTS = Department.values();
    private static final long MINUTE = 60_000L;

    private final SplittableRandom random;
    private final double meanGapMs;
    private final List<String> grids;
    private final PriorityQueue<Pending> queue = new PriorityQueue<>();
    private long nextArrival;
    private long incidents;
    private long seq;

    private static final class Pending implements Comparable<Pending> {
        final long incident;
        final Category category;
        final Source source;
        final int severity;
        final String grid;
        final double lon;
        final double lat;
        final long deadline;
        Department department;
        long ts;
        EventType next;

        Pending(long incident, Category category, Source source, int severity, String grid, double lon, double lat,
                long deadline) {
            this.incident = incident;
            this.category = category;
            this.source = source;
            this.severity = severity;
            this.grid = grid;
            this.lon = lon;
            this.lat = lat;
            this.deadline = deadline;
        }

        @Override
        public int compareTo(Pending o) {
            int c = Long.compare(ts, o.ts);
            return c != 0 ? c : Long.compare(incident, o.incident);
        }
    }

    /**
     * @param startMs         event time of the first report (epoch ms)
     * @param reportsPerHour  mean arrival rate of new incidents
     * @param gridCount       incidents are spread over grid codes G00001..
     */
    public SyntheticHistory(long seed, long startMs, double reportsPerHour, int gridCount) {
        this.random = new SplittableRandom(seed);
        this.meanGapMs = 3_600_000.0 / reportsPerHour;
        this.nextArrival = startMs;
        List<String> g = new ArrayList<>(gridCount);
        for (int i = 1; i <= gridCount; i++) {
            g.add(String.format("G%05d", i));
        }
        this.grids = List.copyOf(g);
    }

    public List<String> grids() {
        return grids;
    }

    /**
     * A hierarchy over the grids: district D0 → streets S00.. (5 communities each) → communities
     * C000.. (10 grids each) → the grids, so roll-ups can be checked.
     */
    public UnitDirectory units() {
        List<UnitInfo> u = new ArrayList<>();
        u.add(new UnitInfo("D0", "区", Level.DISTRICT, null, 113.9, 35.25, 100, true));
        for (int i = 0; i < grids.size(); i++) {
            int community = i / 10;
            int street = community / 5;
            String s = String.format("S%02d", street);
            String c = String.format("C%03d", community);
            if (i % 50 == 0) {
                u.add(new UnitInfo(s, "街道" + street, Level.STREET, "D0", 113.9, 35.25, 10, true));
            }
            if (i % 10 == 0) {
                u.add(new UnitInfo(c, "社区" + community, Level.COMMUNITY, s, 113.9, 35.25, 2, true));
            }
            u.add(new UnitInfo(grids.get(i), "网格" + (i + 1), Level.GRID, c, 113.9, 35.25, 0.2, true));
        }
        return new UnitDirectory(u);
    }

    /** The next event in time order. */
    public Event next() {
        while (queue.isEmpty() || nextArrival <= queue.peek().ts) {
            arrive();
        }
        Pending p = queue.poll();
        return emit(p);
    }

    /** The next {@code n} events. */
    public List<Event> next(int n) {
        List<Event> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(next());
        }
        return l;
    }

    private void arrive() {
        long id = ++incidents;
        Category c = CATEGORIES[random.nextInt(CATEGORIES.length)];
        int g = random.nextInt(grids.size());
        double lon = 113.8 + (g % 50) * 0.004 + random.nextDouble() * 0.004;
        double lat = 35.2 + (g / 50) * 0.004 + random.nextDouble() * 0.004;
        Pending p = new Pending(id, c, SOURCES[random.nextInt(SOURCES.length)], 1 + random.nextInt(4), grids.get(g),
                lon, lat, nextArrival + c.deadlineHours() * 3_600_000L);
        p.ts = nextArrival;
        p.next = EventType.REPORTED;
        queue.add(p);
        nextArrival += 1 + (long) (-Math.log(1 - random.nextDouble()) * meanGapMs);
    }

    private Event emit(Pending p) {
        EventType type = p.next;
        long ts = p.ts;
        int rating = Event.NO_RATING;
        EventType then;
        long delay;
        switch (type) {
            case REPORTED -> {
                then = random.nextInt(100) < 4 ? EventType.CANCELLED : EventType.DISPATCHED;
                delay = (2 + random.nextInt(40)) * MINUTE;
            }
            case DISPATCHED, REDISPATCHED -> {
                p.department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
                then = type == EventType.DISPATCHED && random.nextInt(100) < 5 ? EventType.REDISPATCHED : EventType.ACCEPTED;
                delay = (5 + random.nextInt(90)) * MINUTE;
            }
            case ACCEPTED, REOPENED -> {
                then = EventType.RESOLVED;
                delay = (long) (random.nextDouble() * 1.3 * p.category.deadlineHours() * 60) * MINUTE + MINUTE;
            }
            case RESOLVED -> {
                then = EventType.CLOSED;
                delay = (30 + random.nextInt(600)) * MINUTE;
            }
            case CLOSED -> {
                rating = 1 + random.nextInt(5);
                then = rating <= 1 && random.nextInt(3) == 0 ? EventType.REOPENED : null;
                delay = (10 + random.nextInt(120)) * MINUTE;
            }
            default -> {
                then = null;
                delay = 0;
            }
        }
        seq++;
        Event e = new Event(seq, "E" + seq, "I" + p.incident, type, ts, p.category, p.source,
                type == EventType.REPORTED || type == EventType.CANCELLED ? null : p.department, p.severity,
                type == EventType.REPORTED ? p.lon : Double.NaN, type == EventType.REPORTED ? p.lat : Double.NaN,
                p.grid, type == EventType.REPORTED ? p.deadline : Event.NO_TIME, rating,
                type == EventType.REPORTED ? p.category.name().toLowerCase() + " #" + p.incident : null);
        if (then != null) {
            p.next = then;
            p.ts = ts + delay;
            queue.add(p);
        }
        return e;
    }
}
