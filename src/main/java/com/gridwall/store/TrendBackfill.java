package com.gridwall.store;

import com.gridwall.store.agg.IntList;
import com.gridwall.store.agg.LeftOpenIndex;
import com.gridwall.store.agg.TrendRing;
import com.gridwall.store.kpi.KpiCalculator;
import com.gridwall.store.state.IncidentTable;
import com.gridwall.store.state.LifecycleFold;
import com.gridwall.store.state.UnitTable;
import java.util.function.IntConsumer;

/**
 * Fills the open/overdue samples of the trend rings for the 24 hours before the store's clock,
 * derived from the incidents as they stand now: a store rebuilt for an instant (a replay seek)
 * never ran through those minutes, so it has no samples of its own. Received and resolved per
 * minute are exact counts already (by report and resolution time); this adds the two samples.
 * <p>Definition (documented in docs/replay.md): the sample of minute m (hour h) is the state at
 * its last millisecond x. An incident counts as open at x when it was reported at or before x and
 * has not left the open states by x, where it left them at its resolution time (RESOLVED,
 * CLOSED), at its last event (CANCELLED), or never (open now). It counts as overdue at x when it
 * is open at x and x is past its deadline as it stands now. This equals what a live store
 * samples at the end of each minute for every incident that left the open states at most once
 * and whose deadline did not change; an incident reopened later is counted as open from its
 * report on. The current minute and hour keep the store's own sample (taken at the clock);
 * minutes and hours before the earliest report stay unsampled (-1), as for a store not yet running.
 * Single writer: runs under the store's lock.
 */
final class TrendBackfill {
    private static final long MINUTE = 60_000L;
    private static final long HOUR = 3_600_000L;
    private static final int SPAN_MINUTES = 1440;
    private static final int SPAN_HOURS = 24;

    private TrendBackfill() {
    }

    static void fill(StateEngine e, BackfillScratch scratch) {
        fill(e, true, scratch);
    }

    /**
     * @param useIndex visit only the incidents the engine's {@link LeftOpenIndex} lists as open or
     *                 as having left the open states during the window (falls back to every incident
     *                 when the index may have been pruned past the window start); false: every
     *                 incident (the reference the tests compare against)
     */
    static void fill(StateEngine e, boolean useIndex) {
        fill(e, useIndex, new BackfillScratch());
    }

    private static void fill(StateEngine e, boolean useIndex, BackfillScratch scratch) {
        Sums s = new Sums(e, scratch);
        // the listed incidents are visited in index order, not in the index's order: their columns
        // are then read front to back (in a recent band) instead of at random (5-10 ms of a seek)
        long[] listed = scratch.marks(e.inc.size());
        if (useIndex && forEachIndexed(e, s.windowStart, i -> listed[i >>> 6] |= 1L << i)) {
            for (int w = 0; w < listed.length; w++) {
                for (long bits = listed[w]; bits != 0; bits &= bits - 1) {
                    s.add((w << 6) + Long.numberOfTrailingZeros(bits));
                }
                listed[w] = 0;
            }
        } else {
            for (int i = 0; i < e.inc.size(); i++) {
                s.add(i);
            }
        }
        s.sample();
    }

    /**
     * Hands every incident the index lists as open or as having left the open states at a minute
     * from {@code windowStart}'s on (an incident may be handed more than once); false (nothing
     * handed) when the index may have been pruned there.
     */
    private static boolean forEachIndexed(StateEngine e, long windowStart, IntConsumer to) {
        long fromMinute = Math.floorDiv(windowStart, MINUTE);
        if (!e.leaving.completeFrom(fromMinute)) {
            return false;
        }
        // left > windowStart (the only incidents that count) means open now or left at a minute >= fromMinute
        e.leaving.forEachOpen(to);
        e.leaving.forEachLeftFrom(fromMinute, to);
        return true;
    }

    /** The earliest instant a sample of the window depends on: only incidents that left the open states after it count. */
    static long windowStart(StateEngine e) {
        return windowStart(e.nowMs);
    }

    /** The same for a clock at {@code nowMs}: the start of the first sampled minute or hour. */
    private static long windowStart(long nowMs) {
        return Math.min((Math.floorDiv(nowMs, MINUTE) - SPAN_MINUTES) * MINUTE, (Math.floorDiv(nowMs, HOUR) - SPAN_HOURS) * HOUR);
    }

    /** The incidents {@link #fill} visits with the index (for tests): null when it would scan every incident. */
    static int[] indexedCandidates(StateEngine e) {
        IntList out = new IntList();
        return forEachIndexed(e, windowStart(e), out::add) ? out.toArray() : null;
    }

    /** The window's difference arrays and the incidents added so far. Not thread-safe. */
    private static final class Sums {
        final StateEngine e;
        final UnitTable units;
        final IncidentTable inc;
        final int tu;
        final long nowMinute;
        final long nowHour;
        final long m0; // minutes m0 .. nowMinute-1 are filled
        final long h0;
        // difference arrays: +1 where an interval of minutes (hours) starts, -1 after it ends
        final int[] openM;
        final int[] overM;
        final int[] openH;
        final int[] overH;
        final long windowStart;
        final BackfillScratch scratch;
        /** Per trend unit that served as a leaf (deepest trend unit of an incident's chain): that chain. */
        final int[][] leafChain;
        long firstReport = Long.MAX_VALUE;

        Sums(StateEngine e, BackfillScratch scratch) {
            this.e = e;
            this.scratch = scratch;
            units = e.units;
            inc = e.inc;
            tu = units.trendUnits();
            nowMinute = Math.floorDiv(e.nowMs, MINUTE);
            nowHour = Math.floorDiv(e.nowMs, HOUR);
            m0 = nowMinute - SPAN_MINUTES;
            h0 = nowHour - SPAN_HOURS;
            openM = scratch.trendRows(0, tu * (SPAN_MINUTES + 1));
            overM = scratch.trendRows(1, tu * (SPAN_MINUTES + 1));
            openH = scratch.trendRows(2, tu * (SPAN_HOURS + 1));
            overH = scratch.trendRows(3, tu * (SPAN_HOURS + 1));
            windowStart = windowStart(e.nowMs);
            leafChain = new int[tu][];
        }

        /**
         * Adds incident i to the samples it is open (overdue) in, as it stands now (where the index
         * listed it does not matter: each incident is added once).
         */
        void add(int i) {
            if (!inc.exists(i)) {
                return;
            }
            long left = LifecycleFold.leftOpenAt(inc, i);
            if (left <= windowStart) {
                return; // out of the open states before the window: in no sample
            }
            long rep = inc.reportedAt(i);
            firstReport = Math.min(firstReport, rep);
            long deadline = KpiCalculator.deadline(inc, i);
            int[] chain = units.chain(inc.grid(i));
            // minutes m with rep <= end(m) < left: [minute(rep), minute(left) - 1]
            long endM = left == Long.MAX_VALUE ? nowMinute : Math.floorDiv(left, MINUTE);
            long endH = left == Long.MAX_VALUE ? nowHour : Math.floorDiv(left, HOUR);
            long openFromM = Math.floorDiv(rep, MINUTE);
            long openFromH = Math.floorDiv(rep, HOUR);
            // end(m) > deadline from minute floor((deadline + 1) / 60000) on
            long overFromM = Math.max(openFromM, Math.floorDiv(deadline + 1, MINUTE));
            long overFromH = Math.max(openFromH, Math.floorDiv(deadline + 1, HOUR));
            // counted once, in the deepest trend unit of the chain; sample() adds it to the others
            int leaf = -1;
            for (int k = chain.length - 1; k >= 0 && leaf < 0; k--) {
                leaf = units.trendIndex(chain[k]);
            }
            if (leaf < 0) {
                return;
            }
            leafChain[leaf] = chain;
            range(openM, leaf, SPAN_MINUTES, m0, openFromM, endM);
            range(overM, leaf, SPAN_MINUTES, m0, overFromM, endM);
            range(openH, leaf, SPAN_HOURS, h0, openFromH, endH);
            range(overH, leaf, SPAN_HOURS, h0, overFromH, endH);
        }

        /** The difference rows of every trend unit: the sum of the leaf rows of the leaves below it (or itself). */
        private int[][] rolledUp() {
            int[] om = scratch.trendRows(4, tu * (SPAN_MINUTES + 1));
            int[] vm = scratch.trendRows(5, tu * (SPAN_MINUTES + 1));
            int[] oh = scratch.trendRows(6, tu * (SPAN_HOURS + 1));
            int[] vh = scratch.trendRows(7, tu * (SPAN_HOURS + 1));
            for (int leaf = 0; leaf < tu; leaf++) {
                if (leafChain[leaf] == null) {
                    continue;
                }
                for (int u : leafChain[leaf]) {
                    int t = units.trendIndex(u);
                    if (t >= 0) {
                        addRow(openM, om, leaf, t, SPAN_MINUTES + 1);
                        addRow(overM, vm, leaf, t, SPAN_MINUTES + 1);
                        addRow(openH, oh, leaf, t, SPAN_HOURS + 1);
                        addRow(overH, vh, leaf, t, SPAN_HOURS + 1);
                    }
                }
            }
            return new int[][] {om, vm, oh, vh};
        }

        void sample() {
            int[][] rows = rolledUp();
            int[] openM = rows[0];
            int[] overM = rows[1];
            int[] openH = rows[2];
            int[] overH = rows[3];
            long m0 = this.m0;
            long h0 = this.h0;
            int tu = this.tu;
            if (firstReport == Long.MAX_VALUE) {
                return; // nothing reported yet: no sample before now, as a store that never ran
            }
            // like a live store's, samples start with the first event: earlier minutes stay "not running"
            long firstMinute = Math.floorDiv(firstReport, MINUTE);
            long firstHour = Math.floorDiv(firstReport, HOUR);
            TrendRing ring = e.trend;
            for (int t = 0; t < tu; t++) {
                int open = 0;
                int over = 0;
                for (int k = 0; k < SPAN_MINUTES; k++) {
                    open += openM[t * (SPAN_MINUTES + 1) + k];
                    over += overM[t * (SPAN_MINUTES + 1) + k];
                    if (m0 + k >= firstMinute) {
                        ring.sampleMinute(t, m0 + k, open, over);
                    }
                }
                open = 0;
                over = 0;
                for (int k = 0; k < SPAN_HOURS; k++) {
                    open += openH[t * (SPAN_HOURS + 1) + k];
                    over += overH[t * (SPAN_HOURS + 1) + k];
                    if (h0 + k >= firstHour) {
                        ring.sampleHour(t, h0 + k, open, over);
                    }
                }
            }
            java.util.Arrays.fill(e.dirty, true); // the next snapshot rebuilds every trend from the ring
            e.anyDirty = true;
        }
    }

    private static void addRow(int[] from, int[] to, int fromRow, int toRow, int width) {
        int a = fromRow * width;
        int b = toRow * width;
        for (int k = 0; k < width; k++) {
            to[b + k] += from[a + k];
        }
    }

    /** Adds the interval [from, toExclusive) of slots (clipped to base .. base+span-1) to unit t's row. */
    private static void range(int[] diff, int t, int span, long base, long from, long toExclusive) {
        long a = Math.max(from, base);
        long b = Math.min(toExclusive, base + span);
        if (a >= b) {
            return;
        }
        int row = t * (span + 1);
        diff[row + (int) (a - base)]++;
        diff[row + (int) (b - base)]--;
    }
}
