package com.gridwall.store;

import com.gridwall.store.kpi.Contribution;
import java.util.Arrays;

/**
 * The counter changes of a bulk fold ({@link EventStore#foldInBulk}), kept per incident and applied
 * once when it ends: for each incident touched, what it contributed before its first event of the
 * fold (contribution, report minute, grid). A counter is a sum of contributions, so moving each
 * incident once from its first to its last contribution gives exactly the counters that moving it
 * event by event gives. Why: counter upkeep is about two thirds of the fold, and a replay seek's
 * tail folds 1.3-1.6 events per incident. Not state: images and copies of a store leave it out; it
 * is empty between folds. Single writer; not thread-safe.
 */
final class DeferredCounters {
    /** One bit per incident id: remembered in this fold. */
    private long[] member = new long[0];
    private int count;
    private int[] incident = new int[256];
    private boolean[] existed = new boolean[256];
    private long[] minute = new long[256];
    private int[] grid = new int[256];
    /** Incident k's contribution is pairs [start[k], start[k + 1]) of slots/values. */
    private int[] start = new int[257];
    private int[] slots = new int[4096];
    private long[] values = new long[4096];
    private int[] order = new int[0];
    private long[] keys = new long[0];

    boolean remembers(int i) {
        int w = i >>> 6;
        return w < member.length && (member[w] & (1L << i)) != 0;
    }

    /** Remembers incident i's state before its first event of the fold. */
    void remember(int i, boolean existedBefore, long minuteBefore, int gridBefore, Contribution before) {
        int w = i >>> 6;
        if (w >= member.length) {
            member = Arrays.copyOf(member, Math.max(w + 1, member.length + (member.length >> 1) + 64));
        }
        member[w] |= 1L << i;
        if (count == incident.length) {
            int n = count + (count >> 1);
            incident = Arrays.copyOf(incident, n);
            existed = Arrays.copyOf(existed, n);
            minute = Arrays.copyOf(minute, n);
            grid = Arrays.copyOf(grid, n);
            start = Arrays.copyOf(start, n + 1);
        }
        int at = start[count];
        int pairs = before.size();
        if (at + pairs > slots.length) {
            int n = Math.max(at + pairs, slots.length + (slots.length >> 1));
            slots = Arrays.copyOf(slots, n);
            values = Arrays.copyOf(values, n);
        }
        for (int k = 0; k < pairs; k++) {
            slots[at + k] = before.slot(k);
            values[at + k] = before.value(k);
        }
        incident[count] = i;
        existed[count] = existedBefore;
        minute[count] = minuteBefore;
        grid[count] = gridBefore;
        start[++count] = at + pairs;
    }

    int size() {
        return count;
    }

    /**
     * The remembered entries in incident order: k of the j-th lowest incident id. Settling in
     * this order reads each incident column front to back instead of at random.
     */
    int[] inIncidentOrder() {
        if (order.length < count) {
            order = new int[Math.max(count, order.length + (order.length >> 1))];
            keys = new long[order.length];
        }
        for (int k = 0; k < count; k++) {
            keys[k] = ((long) incident[k] << 32) | k;
        }
        Arrays.sort(keys, 0, count);
        for (int k = 0; k < count; k++) {
            order[k] = (int) keys[k];
        }
        return order;
    }

    int incident(int k) {
        return incident[k];
    }

    boolean existed(int k) {
        return existed[k];
    }

    long minute(int k) {
        return minute[k];
    }

    int grid(int k) {
        return grid[k];
    }

    /** Sets {@code into} to the k-th remembered incident's contribution before the fold. */
    void contribution(int k, Contribution into) {
        into.load(slots, values, start[k], start[k + 1] - start[k]);
    }

    /** Forgets every incident (after their changes were applied). */
    void clear() {
        for (int k = 0; k < count; k++) {
            member[incident[k] >>> 6] = 0;
        }
        count = 0;
    }
}
