package com.gridwall.store.agg;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Incidents by the minute of their report time, so that windows can roll as the clock passes:
 * the incidents of a minute leaving a window are subtracted, those of a minute entering are added.
 * Minutes older than {@link Windows#SPAN_MINUTES} are pruned. Single writer.
 */
public final class MinuteIndex {
    private final Map<Long, IntList> byMinute = new HashMap<>();
    /** Every minute below this may have been pruned (the highest bound ever pruned to). */
    private long prunedBelow = Long.MIN_VALUE;

    public void add(long minute, int incident) {
        byMinute.computeIfAbsent(minute, k -> new IntList()).add(incident);
    }

    public void remove(long minute, int incident) {
        IntList l = byMinute.get(minute);
        if (l != null) {
            l.remove(incident);
        }
    }

    /** The incidents reported in that minute, or null. */
    public IntList at(long minute) {
        return byMinute.get(minute);
    }

    public void pruneBefore(long minute) {
        prunedBelow = Math.max(prunedBelow, minute);
        for (Iterator<Map.Entry<Long, IntList>> it = byMinute.entrySet().iterator(); it.hasNext(); ) {
            if (it.next().getKey() < minute) {
                it.remove();
            }
        }
    }

    /**
     * Whether every minute from {@code minute} on is still complete: no pruning ever reached it
     * (a clock moved back after pruning makes older minutes incomplete).
     */
    public boolean completeFrom(long minute) {
        return minute >= prunedBelow;
    }

    /** Calls {@code visit} with each held minute at or after {@code minute} and its incidents (any order). */
    public void forEachFrom(long minute, java.util.function.BiConsumer<Long, IntList> visit) {
        for (Map.Entry<Long, IntList> en : byMinute.entrySet()) {
            if (en.getKey() >= minute) {
                visit.accept(en.getKey(), en.getValue());
            }
        }
    }

    public int minutes() {
        return byMinute.size();
    }
}
