package com.gridwall.store.state;

/**
 * The incidents that most recently went overdue, newest last, in a fixed ring (the oldest entry is
 * overwritten). The wall alerts on incidents going overdue; the snapshot's overdue list holds the
 * <em>most</em> overdue ones, which a newly overdue incident never is while many older ones are open,
 * so the transitions are kept apart. Single writer, not thread-safe (the store's writer).
 */
public final class NewlyOverdueRing {
    private final int[] ring;
    private long written;
    private boolean dirty = true;

    public NewlyOverdueRing(int capacity) {
        ring = new int[Math.max(1, capacity)];
    }

    /** Incident {@code i} has just gone overdue. */
    public void add(int i) {
        ring[(int) (written++ % ring.length)] = i;
        dirty = true;
    }

    /** Entries held (at most the capacity). */
    public int size() {
        return (int) Math.min(written, ring.length);
    }

    /** The k-th newest entry, 0 = the newest. */
    public int newest(int k) {
        return ring[(int) ((written - 1 - k) % ring.length)];
    }

    /** Whether an incident was added since {@link #clean()}. */
    public boolean dirty() {
        return dirty;
    }

    public void clean() {
        dirty = false;
    }
}
