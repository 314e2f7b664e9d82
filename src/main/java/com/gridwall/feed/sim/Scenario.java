package com.gridwall.feed.sim;

import java.util.Locale;

/** The day the simulator plays. */
public enum Scenario {
    /** An ordinary day: hotline peaks in office hours, patrols by day, sensors around the clock. */
    NORMAL,
    /** A rainstorm: from the 1st to the 7th simulated hour a burst of 汛情 and 安全隐患 in low-lying grids. */
    FLOOD,
    /** A large public event: from the 2nd to the 7th simulated hour crowds around one community. */
    EVENT;

    public static Scenario parse(String s) {
        if (s == null || s.isBlank()) {
            return NORMAL;
        }
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown scenario '" + s + "' (expected normal, flood or event)");
        }
    }
}
