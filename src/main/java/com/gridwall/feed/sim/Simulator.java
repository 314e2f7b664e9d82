package com.gridwall.feed.sim;

import com.gridwall.domain.Category;
import com.gridwall.domain.Event;
import com.gridwall.domain.Source;
import com.gridwall.domain.UnitDirectory;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Deterministic event generator: new incidents arrive as a Poisson process shaped by the daily
 * curve of each source (plus the scenario's burst), each incident plays its planned lifecycle,
 * and all events come out in time order with consecutive seqs starting at 1. Output depends only
 * on the {@link SimConfig} and the unit directory, never on how fast or in what steps it is pulled.
 * Not thread-safe: one thread drives it.
 */
public final class Simulator {
    private static final long HOUR = 3_600_000L;

    private final SimConfig config;
    private final Places places;
    private final SplittableRandom arrivals;
    private final PriorityQueue<Incident> open = new PriorityQueue<>((a, b) -> {
        int c = Long.compare(a.nextTime(), b.nextTime());
        return c != 0 ? c : Long.compare(a.number, b.number);
    });
    private final String idPrefix;
    private final double basePerMs;
    private final double extraPerMs;
    private final long burstFrom;
    private final long burstTo;
    private final double boundPerMs;
    private long nextArrival;
    private long incidents;
    private long seq;

    public Simulator(SimConfig config, UnitDirectory directory) {
        this.config = config;
        this.places = new Places(directory, config.seed());
        this.arrivals = new SplittableRandom(config.seed());
        this.idPrefix = "S" + Long.toString(config.seed() & 0xFFFFFFFL, 36).toUpperCase(java.util.Locale.ROOT) + "-";
        this.basePerMs = config.incidentsPerSimSecond() / 1000.0;
        this.extraPerMs = switch (config.scenario()) {
            case NORMAL -> 0;
            case FLOOD -> 3 * basePerMs;
            case EVENT -> 2 * basePerMs;
        };
        long start = config.simStartMs();
        this.burstFrom = start + (config.scenario() == Scenario.EVENT ? 2 : 1) * HOUR;
        this.burstTo = start + 7 * HOUR;
        this.boundPerMs = basePerMs * DailyCurve.max() + extraPerMs;
        this.nextArrival = drawArrival(start);
    }

    public SimConfig config() {
        return config;
    }

    /** The seq of the last event handed out (0 before the first). */
    public long lastSeq() {
        return seq;
    }

    /** Simulated time of the next event. */
    public long nextEventTime() {
        Incident head = open.peek();
        return head == null ? nextArrival : Math.min(head.nextTime(), nextArrival);
    }

    /** Appends events with time ≤ {@code simMs} to {@code out}, at most {@code max}; returns how many. */
    public int generateUntil(long simMs, int max, List<Event> out) {
        int n = 0;
        while (n < max) {
            Incident head = open.peek();
            if (head != null && head.nextTime() < nextArrival) {
                if (head.nextTime() > simMs) {
                    break;
                }
                open.poll();
                out.add(head.emit(++seq));
                if (!head.done()) {
                    open.add(head);
                }
            } else {
                if (nextArrival > simMs) {
                    break;
                }
                Incident born = birth(nextArrival);
                out.add(born.emit(++seq));
                if (!born.done()) {
                    open.add(born);
                }
                nextArrival = drawArrival(nextArrival);
            }
            n++;
        }
        return n;
    }

    /** Thinning: candidates at the peak intensity, kept with probability intensity(t) / peak. */
    private long drawArrival(long after) {
        double acc = 0;
        while (true) {
            acc += -Math.log(1 - arrivals.nextDouble()) / boundPerMs;
            long candidate = after + (long) acc;
            if (arrivals.nextDouble() * boundPerMs <= intensity(candidate)) {
                return candidate;
            }
        }
    }

    private double intensity(long t) {
        return basePerMs * ordinaryShape(t) + burst(t);
    }

    private double burst(long t) {
        return t >= burstFrom && t < burstTo ? extraPerMs : 0;
    }

    private static double ordinaryShape(long t) {
        double sum = 0;
        for (Source s : Source.values()) {
            sum += share(s) * DailyCurve.at(s, t);
        }
        return sum;
    }

    private static double share(Source s) {
        return switch (s) {
            case HOTLINE_12345 -> 0.35;
            case GRID_PATROL -> 0.25;
            case AI_VIDEO -> 0.12;
            case IOT_SENSOR, RESIDENT_APP -> 0.10;
            case POLICE_110 -> 0.08;
        };
    }

    private Incident birth(long t) {
        long number = ++incidents;
        SplittableRandom rnd = new SplittableRandom(config.seed() * 0x9E3779B97F4A7C15L + number);
        boolean fromBurst = rnd.nextDouble() * intensity(t) < burst(t);
        Source source;
        Category category;
        int grid;
        if (fromBurst && config.scenario() == Scenario.FLOOD) {
            source = DomainMix.FLOOD_SOURCES.pick(rnd);
            category = DomainMix.FLOOD_CATEGORIES.pick(rnd);
            grid = places.pickLowLying(rnd);
        } else if (fromBurst) {
            source = DomainMix.CROWD_SOURCES.pick(rnd);
            category = DomainMix.CROWD_CATEGORIES.pick(rnd);
            grid = places.pickVenue(rnd);
        } else {
            source = pickSource(t, rnd);
            grid = places.pickGrid(rnd);
            // a third of reports in a grid are its habitual problem: the repeat complaints
            category = rnd.nextDouble() < 0.33 ? places.habitual[grid] : DomainMix.category(source, rnd);
        }
        int place = Places.pickPlace(rnd);
        int severity = DomainMix.severity(category, rnd) + (fromBurst && rnd.nextDouble() < 0.3 ? 1 : 0);
        severity = Math.min(4, severity);
        String summary = DomainMix.phrase(category, rnd) + " · " + places.grids[grid].name();
        Incident.Plan plan = LifecyclePlanner.plan(category, source, severity, t, fromBurst, rnd);
        return new Incident(number, idPrefix + number, category, source, severity, places.grids[grid].code(),
                places.placeLon[grid][place], places.placeLat[grid][place], summary, plan);
    }

    private static Source pickSource(long t, SplittableRandom rnd) {
        Source[] all = Source.values();
        double[] w = new double[all.length];
        double sum = 0;
        for (int i = 0; i < all.length; i++) {
            w[i] = share(all[i]) * DailyCurve.at(all[i], t);
            sum += w[i];
        }
        double u = rnd.nextDouble() * sum;
        for (int i = 0; i < all.length; i++) {
            u -= w[i];
            if (u < 0) {
                return all[i];
            }
        }
        return all[all.length - 1];
    }

    /** Incidents whose lifecycle is still running. */
    public int openIncidents() {
        return open.size();
    }
}
