package com.gridwall.store.snapshot;

import java.util.Arrays;

/**
 * Immutable counts indexed by an enum's ordinal (category, source, department, status).
 * Departments use one extra trailing slot for "not dispatched yet" ({@link #noneCount()}).
 */
public final class Breakdown {
    private final long[] counts;

    public Breakdown(long[] counts) {
        this.counts = counts.clone();
    }

    public long count(Enum<?> key) {
        return counts[key.ordinal()];
    }

    /** The count at {@code ordinal}; for departments, {@code Department.values().length} is "none". */
    public long count(int ordinal) {
        return counts[ordinal];
    }

    public int size() {
        return counts.length;
    }

    /** Count for the trailing "none" slot (departments only; 0 elsewhere). */
    public long noneCount() {
        return counts.length > 0 ? counts[counts.length - 1] : 0;
    }

    public long total() {
        long t = 0;
        for (long c : counts) {
            t += c;
        }
        return t;
    }

    public long[] toArray() {
        return counts.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Breakdown b && Arrays.equals(counts, b.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return Arrays.toString(counts);
    }
}
