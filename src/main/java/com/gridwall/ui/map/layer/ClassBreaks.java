package com.gridwall.ui.map.layer;

import java.util.Arrays;

/**
 * Up to {@link #MAX_CLASSES} classes of a metric's values over the units of one level, by quantiles so
 * that each colour covers about as many units (counts are skewed: a few hot units, many quiet ones).
 * Class i holds values in ({@code upper[i-1]}, {@code upper[i]}]; the first class starts at {@link #min}.
 * Immutable.
 */
public final class ClassBreaks {
    public static final int MAX_CLASSES = 5;
    public static final ClassBreaks NONE = new ClassBreaks(new double[0], 0, new int[0]);

    private final double[] upper;
    private final double min;
    private final int[] counts;

    private ClassBreaks(double[] upper, double min, int[] counts) {
        this.upper = upper;
        this.min = min;
        this.counts = counts;
    }

    /** Breaks for {@code values} (NaN entries ignored); NONE if no unit has a value. */
    public static ClassBreaks of(double[] values) {
        double[] v = Arrays.stream(values).filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (v.length == 0) {
            return NONE;
        }
        double[] cuts = new double[MAX_CLASSES];
        int n = 0;
        for (int i = 1; i <= MAX_CLASSES; i++) {
            double q = v[Math.min(v.length - 1, (int) Math.ceil(i * v.length / (double) MAX_CLASSES) - 1)];
            if (n == 0 || q > cuts[n - 1]) {
                cuts[n++] = q;
            }
        }
        double[] upper = Arrays.copyOf(cuts, n);
        upper[n - 1] = v[v.length - 1];
        ClassBreaks b = new ClassBreaks(upper, v[0], new int[n]);
        for (double d : v) {
            b.counts[b.classOf(d)]++;
        }
        return b;
    }

    public int size() {
        return upper.length;
    }

    /** The class of {@code value}, -1 for NaN. */
    public int classOf(double value) {
        if (Double.isNaN(value) || upper.length == 0) {
            return -1;
        }
        for (int i = 0; i < upper.length; i++) {
            if (value <= upper[i]) {
                return i;
            }
        }
        return upper.length - 1;
    }

    /** Which of the {@code ramp} colours (0 = lowest) class {@code k} uses: spread over the ramp when there are fewer classes. */
    public int colourIndex(int k, int ramp) {
        return upper.length <= 1 ? ramp - 1 : (int) Math.round(k * (ramp - 1) / (double) (upper.length - 1));
    }

    public double lower(int k) {
        return k == 0 ? min : upper[k - 1];
    }

    public double upper(int k) {
        return upper[k];
    }

    /** Units in class k. */
    public int count(int k) {
        return counts[k];
    }
}
