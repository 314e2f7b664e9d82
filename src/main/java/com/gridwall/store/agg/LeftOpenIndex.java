package com.gridwall.store.agg;

import java.util.Arrays;

/**
 * When each incident left the open states, kept so that a question about the recent past (the
 * trend's open/overdue samples of the 24 h before now, derived after a replay seek) visits only
 * the incidents that were open at some moment of it instead of every incident: the incidents
 * open now (one bit each) and those that left at a recent minute (listed by that minute).
 * Minutes older than {@link #SPAN_MINUTES} before the clock are pruned (an incident that left
 * earlier can be in no such sample); {@link #completeFrom} tells whether a minute is still whole.
 * <p>Exactness rests on the owner calling {@link #move} on every change of an incident's leaving
 * time. Single writer.
 */
public final class LeftOpenIndex {
    /** Leaving time of an incident that is open. */
    public static final long OPEN = Long.MAX_VALUE;
    /** Leaving time of an incident that does not exist (yet). */
    public static final long NONE = Long.MIN_VALUE;
    /** Two days: more than the 25 h the derived trend samples reach back. */
    public static final long SPAN_MINUTES = 2 * 1440;

    private long[] open = new long[0];
    private final MinuteIndex left = new MinuteIndex();

    /** Incident {@code i}'s leaving time changed from {@code was} to {@code now} (epoch ms, or OPEN / NONE). */
    public void move(int i, long was, long now) {
        if (was == now) {
            return;
        }
        if (was == OPEN) {
            open[i >>> 6] &= ~(1L << i);
        } else if (was != NONE) {
            left.remove(Math.floorDiv(was, Windows.MINUTE_MS), i);
        }
        if (now == OPEN) {
            int w = i >>> 6;
            if (w >= open.length) {
                open = Arrays.copyOf(open, Math.max(w + 1, open.length + (open.length >> 1) + 64));
            }
            open[w] |= 1L << i;
        } else if (now != NONE) {
            left.add(Math.floorDiv(now, Windows.MINUTE_MS), i);
        }
    }

    public void pruneBefore(long minute) {
        left.pruneBefore(minute);
    }

    /** Whether every incident that left at or after {@code minute} is still listed. */
    public boolean completeFrom(long minute) {
        return left.completeFrom(minute);
    }

    /** Calls {@code visit} with every incident open now, in increasing order. */
    public void forEachOpen(java.util.function.IntConsumer visit) {
        long[] bits = open;
        for (int w = 0; w < bits.length; w++) {
            long b = bits[w];
            while (b != 0) {
                visit.accept((w << 6) + Long.numberOfTrailingZeros(b));
                b &= b - 1;
            }
        }
    }

    /** Calls {@code visit} with each incident listed as having left at a minute at or after {@code minute}. */
    public void forEachLeftFrom(long minute, java.util.function.IntConsumer visit) {
        left.forEachFrom(minute, visit);
    }
}
