package com.gridwall.store.agg;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Incidents by the minute of their report time, so that windows can roll as the clock passes:
 * the incidents of a minute leaving a window are subtracted, those of a minute entering are added.
 * Minutes older than {@link Windows#SPAN_MINUTES} are pruned. Single writer; not thread-safe.
 * <p>Held in a handful of primitive arrays, not an object per minute: a replay seek copies the
 * whole store from an in-memory state, and ten days of minutes as objects (a map entry, a boxed
 * key, a list and its array each) made up most of the objects such a copy had to rebuild. A
 * minute's list lives in one shared pool of ints; a list that outgrows its room moves to the end
 * of the pool, and the pool is compacted when it fills.
 * <p>Lists keep the order of {@link #add}; {@link #remove} moves a list's last incident into the
 * hole.
 */
public final class MinuteIndex {
    private static final long EMPTY = Long.MIN_VALUE;
    private static final int NONE = -1;
    /** A prune that passes at most this many minutes looks each one up instead of scanning the table. */
    private static final long POINT_PRUNE = 4096;

    // minute -> list: open addressing, linear probing, deletion by backward shift (no tombstones)
    private long[] keys = emptyKeys(64);
    private int[] listOf = new int[64];
    private int minutes;
    /** No held minute is below this (a lower bound, exact after a full scan). */
    private long lowest = Long.MAX_VALUE;

    // list id -> where its incidents are in the pool
    private int[] start = new int[64];
    private int[] size = new int[64];
    private int[] room = new int[64];
    private int lists;
    private int[] freeLists = new int[16];
    private int freeCount;

    private int[] pool = new int[128];
    private int poolEnd;
    /** Pool slots left behind by moved or freed lists. */
    private int garbage;

    /** Every minute below this may have been pruned (the highest bound ever pruned to). */
    private long prunedBelow = Long.MIN_VALUE;

    public void add(long minute, int incident) {
        int id = find(minute);
        if (id == NONE) {
            id = newList();
            insert(minute, id);
        }
        if (size[id] == room[id]) {
            grow(id);
        }
        pool[start[id] + size[id]++] = incident;
    }

    /** Removes one occurrence of the incident from the minute's list (its last incident takes the place). */
    public void remove(long minute, int incident) {
        int id = find(minute);
        if (id == NONE) {
            return;
        }
        int s = start[id];
        int n = size[id];
        for (int k = 0; k < n; k++) {
            if (pool[s + k] == incident) {
                pool[s + k] = pool[s + n - 1];
                size[id] = n - 1;
                return;
            }
        }
    }

    /** The list of that minute (for {@link #size} and {@link #get}), or -1 when the minute holds none. */
    public int list(long minute) {
        return find(minute);
    }

    /** How many incidents list {@code id} holds. */
    public int size(int id) {
        return size[id];
    }

    /** Incident {@code k} of list {@code id}. */
    public int get(int id, int k) {
        return pool[start[id] + k];
    }

    /** Calls {@code visit} with each incident of each held minute at or after {@code minute} (minutes in any order). */
    public void forEachFrom(long minute, IntConsumer visit) {
        for (int slot = 0; slot < keys.length; slot++) {
            long m = keys[slot];
            if (m != EMPTY && m >= minute) {
                int id = listOf[slot];
                for (int k = 0, s = start[id], n = size[id]; k < n; k++) {
                    visit.accept(pool[s + k]);
                }
            }
        }
    }

    public void pruneBefore(long minute) {
        prunedBelow = Math.max(prunedBelow, minute);
        if (minute <= lowest) {
            return;
        }
        if (minute - lowest <= POINT_PRUNE) {
            for (long m = lowest; m < minute; m++) {
                drop(m);
            }
            lowest = minute;
            return;
        }
        long min = Long.MAX_VALUE;
        for (int slot = 0; slot < keys.length; ) {
            long m = keys[slot];
            if (m != EMPTY && m < minute) {
                freeList(listOf[slot]);
                deleteAt(slot); // shifts a later entry into this slot: look at it again
            } else {
                if (m != EMPTY) {
                    min = Math.min(min, m);
                }
                slot++;
            }
        }
        lowest = min;
    }

    /**
     * Whether every minute from {@code minute} on is still complete: no pruning ever reached it
     * (a clock moved back after pruning makes older minutes incomplete).
     */
    public boolean completeFrom(long minute) {
        return minute >= prunedBelow;
    }

    /** Minutes held (a minute whose incidents were all removed still counts until pruned). */
    public int minutes() {
        return minutes;
    }

    private static long[] emptyKeys(int n) {
        long[] k = new long[n];
        Arrays.fill(k, EMPTY);
        return k;
    }

    private static int slotOf(long minute, int mask) {
        long h = minute * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private int find(long minute) {
        int mask = keys.length - 1;
        for (int slot = slotOf(minute, mask); ; slot = (slot + 1) & mask) {
            long m = keys[slot];
            if (m == minute) {
                return listOf[slot];
            }
            if (m == EMPTY) {
                return NONE;
            }
        }
    }

    private void insert(long minute, int id) {
        if ((minutes + 1) * 2 > keys.length) {
            rehash(keys.length * 2);
        }
        place(minute, id);
        minutes++;
        lowest = Math.min(lowest, minute);
    }

    private void rehash(int capacity) {
        long[] oldKeys = keys;
        int[] oldLists = listOf;
        keys = emptyKeys(capacity);
        listOf = new int[capacity];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                place(oldKeys[i], oldLists[i]);
            }
        }
    }

    /** Puts the minute in the first empty slot of its probe run (the table has room). */
    private void place(long minute, int id) {
        int mask = keys.length - 1;
        int slot = slotOf(minute, mask);
        while (keys[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = minute;
        listOf[slot] = id;
    }

    /** Removes the minute and frees its list, if held. */
    private void drop(long minute) {
        int mask = keys.length - 1;
        for (int slot = slotOf(minute, mask); keys[slot] != EMPTY; slot = (slot + 1) & mask) {
            if (keys[slot] == minute) {
                freeList(listOf[slot]);
                deleteAt(slot);
                return;
            }
        }
    }

    /** Empties a slot, moving later entries of its probe run back so every lookup still finds them. */
    private void deleteAt(int slot) {
        int mask = keys.length - 1;
        int hole = slot;
        for (int next = (hole + 1) & mask; keys[next] != EMPTY; next = (next + 1) & mask) {
            int home = slotOf(keys[next], mask);
            // the entry may fill the hole when its home is not within (hole, next]
            if (((next - home) & mask) >= ((next - hole) & mask)) {
                keys[hole] = keys[next];
                listOf[hole] = listOf[next];
                hole = next;
            }
        }
        keys[hole] = EMPTY;
        minutes--;
    }

    private int newList() {
        int id;
        if (freeCount > 0) {
            id = freeLists[--freeCount];
        } else {
            id = lists++;
            if (id == start.length) {
                int n = id * 2;
                start = Arrays.copyOf(start, n);
                size = Arrays.copyOf(size, n);
                room = Arrays.copyOf(room, n);
            }
        }
        start[id] = poolEnd;
        size[id] = 0;
        room[id] = 0;
        return id;
    }

    private void freeList(int id) {
        garbage += room[id];
        room[id] = 0;
        size[id] = 0;
        if (freeCount == freeLists.length) {
            freeLists = Arrays.copyOf(freeLists, freeCount * 2);
        }
        freeLists[freeCount++] = id;
    }

    /** Gives list {@code id} twice its room (at least 4): in place when it is last in the pool, else at the end. */
    private void grow(int id) {
        int want = Math.max(4, room[id] * 2);
        ensurePool(want); // may compact the pool: starts are read after it
        if (room[id] > 0 && start[id] + room[id] == poolEnd) {
            poolEnd += want - room[id];
        } else {
            System.arraycopy(pool, start[id], pool, poolEnd, size[id]);
            garbage += room[id];
            start[id] = poolEnd;
            poolEnd += want;
        }
        room[id] = want;
    }

    /**
     * Makes room for {@code more} slots at the end of the pool: when it is full, every list is
     * compacted to the front, into the pool itself when it holds twice what the lists then need,
     * else into a new pool of that size.
     */
    private void ensurePool(int more) {
        if (poolEnd + more <= pool.length) {
            return;
        }
        int need = 2 * (poolEnd - garbage + more);
        compactInto(pool.length >= need ? pool : new int[Math.max(128, need)]);
    }

    /** Moves every list, in the order of their starts, to the front of {@code to} (which may be the pool itself). */
    private void compactInto(int[] to) {
        long[] byStart = new long[lists];
        int n = 0;
        for (int id = 0; id < lists; id++) {
            if (room[id] > 0) {
                byStart[n++] = (long) start[id] << 32 | id;
            }
        }
        // ascending starts: moving a list towards the front never overwrites one not yet moved
        Arrays.sort(byStart, 0, n);
        int end = 0;
        for (int k = 0; k < n; k++) {
            int id = (int) byStart[k];
            System.arraycopy(pool, start[id], to, end, size[id]);
            start[id] = end;
            end += room[id];
        }
        for (int id = 0; id < lists; id++) {
            if (room[id] == 0) {
                start[id] = end; // empty lists (new or freed) own no slot
            }
        }
        pool = to;
        poolEnd = end;
        garbage = 0;
    }
}
