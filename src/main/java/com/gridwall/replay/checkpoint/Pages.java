package com.gridwall.replay.checkpoint;

import java.util.Arrays;

/** Compare or zero one page of a primitive array of any type (vectorized {@link Arrays} methods). Stateless. */
final class Pages {
    private static final int ZEROS = FrozenStore.PAGE_BYTES;
    private static final long[] LONGS = new long[ZEROS];
    private static final int[] INTS = new int[ZEROS];
    private static final double[] DOUBLES = new double[ZEROS];
    private static final byte[] BYTES = new byte[ZEROS];
    private static final short[] SHORTS = new short[ZEROS];
    private static final char[] CHARS = new char[ZEROS];
    private static final float[] FLOATS = new float[ZEROS];
    private static final boolean[] BOOLEANS = new boolean[ZEROS];

    private Pages() {
    }

    /** Whether a[from, to) equals the first {@code to - from} elements of {@code page} (null: all zero); bitwise for floating point. */
    static boolean same(Object a, int from, int to, Object page) {
        int n = to - from;
        if (a instanceof long[] x) {
            return Arrays.equals(x, from, to, page == null ? LONGS : (long[]) page, 0, n);
        } else if (a instanceof int[] x) {
            return Arrays.equals(x, from, to, page == null ? INTS : (int[]) page, 0, n);
        } else if (a instanceof byte[] x) {
            return Arrays.equals(x, from, to, page == null ? BYTES : (byte[]) page, 0, n);
        } else if (a instanceof double[] x) {
            // Arrays.equals on doubles compares bits via doubleToLongBits (NaN == NaN), but +0.0 != -0.0: exact enough for state
            return Arrays.equals(x, from, to, page == null ? DOUBLES : (double[]) page, 0, n);
        } else if (a instanceof boolean[] x) {
            return Arrays.equals(x, from, to, page == null ? BOOLEANS : (boolean[]) page, 0, n);
        } else if (a instanceof short[] x) {
            return Arrays.equals(x, from, to, page == null ? SHORTS : (short[]) page, 0, n);
        } else if (a instanceof char[] x) {
            return Arrays.equals(x, from, to, page == null ? CHARS : (char[]) page, 0, n);
        } else {
            return Arrays.equals((float[]) a, from, to, page == null ? FLOATS : (float[]) page, 0, n);
        }
    }

    /** Sets a[from, to) to zero. */
    static void zero(Object a, int from, int to) {
        Object zeros = a instanceof long[] ? LONGS : a instanceof int[] ? INTS : a instanceof byte[] ? BYTES
                : a instanceof double[] ? DOUBLES : a instanceof boolean[] ? BOOLEANS : a instanceof short[] ? SHORTS
                : a instanceof char[] ? CHARS : FLOATS;
        System.arraycopy(zeros, 0, a, from, to - from);
    }
}
