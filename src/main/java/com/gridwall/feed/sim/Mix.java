package com.gridwall.feed.sim;

import java.util.SplittableRandom;

/** A fixed discrete distribution over enum constants. Immutable. */
final class Mix<E> {
    private final E[] values;
    private final double[] cumulative;

    Mix(Object... pairs) {
        @SuppressWarnings("unchecked")
        E[] v = (E[]) new Object[pairs.length / 2];
        double[] c = new double[pairs.length / 2];
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            @SuppressWarnings("unchecked")
            E e = (E) pairs[2 * i];
            v[i] = e;
            sum += ((Number) pairs[2 * i + 1]).doubleValue();
            c[i] = sum;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= sum;
        }
        this.values = v;
        this.cumulative = c;
    }

    E pick(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
