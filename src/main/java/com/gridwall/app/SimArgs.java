package com.gridwall.app;

import com.gridwall.feed.sim.Scenario;
import com.gridwall.feed.sim.SimConfig;

/** The simulator options shared by the wall (embedded feed), feed-server and bench feed. */
final class SimArgs {
    private SimArgs() {
    }

    /**
     * --seed S (default 1), --scenario normal|flood|event, --rate R events/s (default 200),
     * --day-minutes M (a simulated day in M real minutes) or --compression C (default 96: a day in 15 min),
     * --sim-start epoch-ms (default: now).
     */
    static SimConfig parse(Args args, long nowMs) {
        double compression;
        if (args.flag("day-minutes")) {
            long minutes = args.getLong("day-minutes", 15);
            if (minutes <= 0) {
                throw new IllegalArgumentException("--day-minutes must be > 0");
            }
            compression = 1440.0 / minutes;
        } else {
            compression = args.getLong("compression", 96);
        }
        return SimConfig.of(args.getLong("seed", 1), Scenario.parse(args.get("scenario", "normal")),
                args.getLong("rate", 200), Math.max(1, compression), args.getLong("sim-start", nowMs));
    }
}
