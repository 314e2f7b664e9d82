package com.gridwall.feed.sim;

import com.gridwall.domain.Source;

/**
 * How busy each source is by hour of the day (Beijing time), mean 1 over a day. The 12345
 * hotline peaks in office hours, patrols walk by day, AI video follows street life (vendors at
 * dusk), sensors report around the clock, residents use the app in the evening, 110 calls rise
 * at night. Stateless.
 */
final class DailyCurve {
    private static final long HOUR = 3_600_000L;
    private static final long BEIJING_OFFSET = 8 * HOUR;

    // relative activity for hours 0..23
    private static final double[] HOTLINE = {.15, .1, .08, .08, .1, .15, .3, .7, 1.5, 2.3, 2.4, 2.0, 1.2, 1.4, 2.1, 2.2, 2.0, 1.6, 1.0, .9, .8, .6, .4, .25};
    private static final double[] PATROL = {0, 0, 0, 0, 0, .05, .3, 1.2, 2.5, 2.8, 2.6, 2.0, 1.0, 1.5, 2.5, 2.6, 2.4, 1.8, .6, .1, 0, 0, 0, 0};
    private static final double[] AI_VIDEO = {.3, .2, .15, .15, .2, .4, .7, 1.1, 1.3, 1.2, 1.1, 1.2, 1.3, 1.1, 1.0, 1.1, 1.3, 1.7, 2.0, 2.0, 1.7, 1.2, .8, .5};
    private static final double[] IOT = {.8, .8, .8, .8, .8, .9, 1.0, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.0, 1.0, .9, .9};
    private static final double[] APP = {.3, .15, .1, .1, .1, .2, .5, .9, 1.1, 1.1, 1.0, 1.1, 1.3, 1.1, 1.0, 1.0, 1.1, 1.3, 1.7, 2.1, 2.2, 1.8, 1.1, .6};
    private static final double[] POLICE = {1.3, 1.1, .8, .6, .4, .4, .5, .7, .8, .9, .9, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.2, 1.3, 1.5, 1.6, 1.7, 1.6, 1.5};

    private static final double[][] BY_SOURCE = normalise(new double[][]{HOTLINE, PATROL, AI_VIDEO, IOT, APP, POLICE});

    private DailyCurve() {
    }

    /** Relative activity of {@code source} at simulated time {@code simMs}, linear between hours. */
    static double at(Source source, long simMs) {
        double[] c = BY_SOURCE[source.ordinal()];
        double h = Math.floorMod(simMs + BEIJING_OFFSET, 24 * HOUR) / (double) HOUR;
        int i = (int) h;
        double f = h - i;
        return c[i] * (1 - f) + c[(i + 1) % 24] * f;
    }

    /** The highest value of any curve: the bound for thinning. */
    static double max() {
        double m = 0;
        for (double[] c : BY_SOURCE) {
            for (double v : c) {
                m = Math.max(m, v);
            }
        }
        return m;
    }

    private static double[][] normalise(double[][] curves) {
        double[][] out = new double[curves.length][];
        for (int s = 0; s < curves.length; s++) {
            double sum = 0;
            for (double v : curves[s]) {
                sum += v;
            }
            out[s] = new double[24];
            for (int h = 0; h < 24; h++) {
                out[s][h] = curves[s][h] * 24 / sum;
            }
        }
        return out;
    }
}
