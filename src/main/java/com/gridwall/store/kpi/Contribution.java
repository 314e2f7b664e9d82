package com.gridwall.store.kpi;

/** The counters one incident adds to its cohort: (slot, value) pairs. Mutable scratch, reused. */
public final class Contribution {
    int n;
    final int[] slot = new int[32];
    final long[] value = new long[32];

    void clear() {
        n = 0;
    }

    void add(int s, long v) {
        slot[n] = s;
        value[n] = v;
        n++;
    }

    /** Sets this contribution to the {@code count} pairs of {@code slots}/{@code values} from {@code from} (kept elsewhere). */
    public void load(int[] slots, long[] values, int from, int count) {
        System.arraycopy(slots, from, slot, 0, count);
        System.arraycopy(values, from, value, 0, count);
        n = count;
    }

    public int size() {
        return n;
    }

    public int slot(int k) {
        return slot[k];
    }

    public long value(int k) {
        return value[k];
    }

    /** Adds sign × this contribution to {@code counters} at {@code base}. */
    public void applyTo(long[] counters, int base, int sign) {
        for (int k = 0; k < n; k++) {
            counters[base + slot[k]] += sign * value[k];
        }
    }
}
