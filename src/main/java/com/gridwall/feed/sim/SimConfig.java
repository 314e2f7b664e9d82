package com.gridwall.feed.sim;

/**
 * Everything that decides the simulator's output. Two simulators with equal configs and the same
 * unit directory produce the same events with the same seqs, whenever and however fast they run.
 *
 * @param seed         random seed
 * @param scenario     which day to play
 * @param ratePerSec   mean events per real second (1 .. 1e6+)
 * @param compression  simulated seconds per real second (1 = real time; 1440/M = a day in M minutes);
 *                     raised to {@link #effectiveCompression()} so open incidents fit in memory
 * @param simStartMs   simulated time (epoch ms UTC) at which the simulation starts
 */
public record SimConfig(long seed, Scenario scenario, double ratePerSec, double compression, long simStartMs) {
    /** Mean events per incident over a full lifecycle (report, dispatch, accept, resolve, close, side paths). */
    static final double EVENTS_PER_INCIDENT = 5.0;
    /** Mean simulated lifetime of an incident, report to close, in seconds (about 40 h). */
    static final double MEAN_LIFETIME_SEC = 40 * 3600;
    /** Open incidents the simulator keeps at most (on average): bounds its memory at any rate. */
    static final double MAX_OPEN_INCIDENTS = 400_000;

    public SimConfig {
        if (!(ratePerSec > 0)) {
            throw new IllegalArgumentException("rate must be > 0 events/s, got " + ratePerSec);
        }
        if (!(compression >= 1)) {
            throw new IllegalArgumentException("compression must be >= 1, got " + compression);
        }
        if (scenario == null) {
            scenario = Scenario.NORMAL;
        }
    }

    public static SimConfig of(long seed, Scenario scenario, double ratePerSec, double compression, long simStartMs) {
        return new SimConfig(seed, scenario, ratePerSec, compression, simStartMs);
    }

    /**
     * The compression actually used: at high rates real-time lifecycles would keep millions of
     * incidents open, so time runs at least fast enough that about {@link #MAX_OPEN_INCIDENTS} are open.
     */
    public double effectiveCompression() {
        double needed = ratePerSec / EVENTS_PER_INCIDENT * MEAN_LIFETIME_SEC / MAX_OPEN_INCIDENTS;
        return Math.max(compression, needed);
    }

    /** Mean new incidents per simulated second. */
    double incidentsPerSimSecond() {
        return ratePerSec / effectiveCompression() / EVENTS_PER_INCIDENT;
    }
}
