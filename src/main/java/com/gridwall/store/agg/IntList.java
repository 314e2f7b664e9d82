package com.gridwall.store.agg;

import java.util.Arrays;

/** A growable list of ints. */
public final class IntList {
    private int[] a = new int[4];
    private int n;

    public void add(int v) {
        if (n == a.length) {
            a = Arrays.copyOf(a, n * 2);
        }
        a[n++] = v;
    }

    /** Removes one occurrence of v (order not kept); false if absent. */
    public boolean remove(int v) {
        for (int i = 0; i < n; i++) {
            if (a[i] == v) {
                a[i] = a[--n];
                return true;
            }
        }
        return false;
    }

    public int size() {
        return n;
    }

    public int get(int i) {
        return a[i];
    }

    /** The values in order, in a new array. */
    public int[] toArray() {
        return Arrays.copyOf(a, n);
    }
}
