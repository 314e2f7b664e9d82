package com.gridwall.store;

import com.gridwall.domain.Category;
import com.gridwall.domain.EventType;
import com.gridwall.store.agg.IntList;
import com.gridwall.store.agg.TileSamples;
import com.gridwall.store.kpi.KpiCalculator;
import com.gridwall.store.kpi.KpiSlots;
import com.gridwall.store.state.IncidentTable;
import com.gridwall.store.state.UnitTable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Fills the tiles' sample for the minute 24 hours before the store's clock when the store has
 * none: a store rebuilt for an instant (a replay seek) never ran through that minute. The sample
 * is yesterday's cohort (reported from that day's local midnight to the end of that minute) as it
 * stood at the end of that minute, derived from the incidents as they stand now: resolved when its
 * resolution time is at or before it, rated as its latest logged CLOSED event by then, dispatched when its
 * first dispatch was, right first time unless a logged REDISPATCHED event is. As in
 * {@link TrendBackfill}, a later reopening or deadline change is not undone (and an incident whose
 * rows retention dropped falls back to its last event time). Single writer: under the store's lock.
 */
final class TileBackfill {
    private static final int DISPUTE = Category.DISPUTE.ordinal();
    private static final int CLOSED = EventType.CLOSED.ordinal();
    private static final int REDISPATCHED = EventType.REDISPATCHED.ordinal();

    private TileBackfill() {
    }

    /** Fills the sample when the store has none for that minute (playback). @return whether a sample was filled */
    static boolean fill(StateEngine e, BackfillScratch scratch) {
        return fill(e, true, false, scratch);
    }

    /**
     * Derives the sample even when the store holds one (a seek): the same instant must give the
     * same tiles however the store got there. (Copies of a state no longer carry samples, see
     * {@code EventStore.prepareForOverwrite}; a store that ran through the minute holds one taken at
     * its batches' clocks, in the middle of the minute.)
     */
    static void derive(StateEngine e, BackfillScratch scratch) {
        fill(e, true, true, scratch);
    }

    /**
     * @param useIndex visit only the incidents the engine's minute index lists for the cohort's
     *                 report minutes (falls back to every incident when the index may have been
     *                 pruned past them); false: every incident (the reference the tests compare against)
     * @return whether a sample was filled
     */
    static boolean fill(StateEngine e, boolean useIndex) {
        return fill(e, useIndex, false, new BackfillScratch());
    }

    private static boolean fill(StateEngine e, boolean useIndex, boolean replace, BackfillScratch scratch) {
        long minute = Cohort.minuteOf(e);
        TileSamples samples = e.tileSamples;
        UnitTable units = e.units;
        int root = units.trendIndex(UnitTable.ROOT);
        if (root < 0 || (!replace && samples.at(root, minute) != null)) {
            return false;
        }
        Cohort c = Cohort.at(e, minute);
        int tu = units.trendUnits();
        long[][] blocks = scratch.tileBlocks(tu, KpiSlots.SIZE);
        long[] one = new long[KpiSlots.SIZE];
        IncidentTable inc = e.inc;
        boolean indexed = useIndex && forEachListed(e, c, (i, m) -> {
            // an entry that does not match the incident's report minute is skipped: none counts twice
            if (inc.exists(i) && Math.floorDiv(inc.reportedAt(i), 60_000L) == m) {
                add(e, i, c.from, c.x, blocks, one);
            }
        });
        if (!indexed) {
            for (int i = 0; i < inc.size(); i++) {
                if (inc.exists(i)) {
                    add(e, i, c.from, c.x, blocks, one);
                }
            }
        }
        for (int t = 0; t < tu; t++) {
            samples.sample(t, c.minute, blocks[t]);
        }
        e.anyDirty = true;
        java.util.Arrays.fill(e.dirty, true);
        return true;
    }

    /**
     * The cohort of the sample for the minute 24 h before the clock: incidents reported from the
     * start of that minute's day ({@code from}) to the minute's last millisecond ({@code x}).
     */
    private record Cohort(long minute, long x, long from) {
        /** The minute 24 h before the clock's. */
        static long minuteOf(StateEngine e) {
            return Math.floorDiv(e.nowMs, 60_000L) - 1440;
        }

        static Cohort at(StateEngine e, long minute) {
            long x = (minute + 1) * 60_000L - 1;
            LocalDate day = Instant.ofEpochMilli(x).atZone(e.config.zone()).toLocalDate();
            return new Cohort(minute, x, day.atStartOfDay(e.config.zone()).toInstant().toEpochMilli());
        }
    }

    /** Receives an incident the minute index lists and the minute it is listed under. */
    private interface Listed {
        void accept(int incident, long minute);
    }

    /**
     * Hands every entry the minute index holds for the cohort's report minutes; false (nothing
     * handed) when the index may have been pruned past them.
     */
    private static boolean forEachListed(StateEngine e, Cohort c, Listed to) {
        long firstMinute = Math.floorDiv(c.from, 60_000L);
        if (!e.minutes.completeFrom(firstMinute)) {
            return false;
        }
        for (long m = firstMinute; m <= c.minute; m++) {
            int l = e.minutes.list(m);
            for (int k = 0; l >= 0 && k < e.minutes.size(l); k++) {
                to.accept(e.minutes.get(l, k), m);
            }
        }
        return true;
    }

    /** The incidents {@link #fill} visits with the index (for tests): null when it would scan every incident. */
    static int[] indexedCandidates(StateEngine e) {
        IntList out = new IntList();
        return forEachListed(e, Cohort.at(e, Cohort.minuteOf(e)), (i, m) -> out.add(i)) ? out.toArray() : null;
    }

    /**
     * Adds incident i to its units' blocks when it belongs to the cohort reported in [from, x]:
     * its counters are derived once (into {@code one}, a scratch block) and added to every unit of
     * its chain, as walking its log rows is most of the cost.
     */
    private static void add(StateEngine e, int i, long from, long x, long[][] blocks, long[] one) {
        long rep = e.inc.reportedAt(i);
        if (rep < from || rep > x) {
            return;
        }
        for (int k = 0; k < TileSamples.SLOTS; k++) {
            one[TileSamples.slot(k)] = 0;
        }
        addAsOf(e, i, x, one);
        UnitTable units = e.units;
        for (int u : units.chain(e.inc.grid(i))) {
            int t = units.trendIndex(u);
            if (t >= 0) {
                long[] b = blocks[t];
                for (int k = 0; k < TileSamples.SLOTS; k++) {
                    int slot = TileSamples.slot(k);
                    b[slot] += one[slot];
                }
            }
        }
    }

    /**
     * Whether incident i had an event of {@code type} at or before x, from its logged rows; when
     * retention has dropped some of them, {@code unknown}. Walks the incident's row chain reading
     * only the columns it needs (this runs for a day's cohort after every seek).
     */
    private static boolean hadBy(StateEngine e, int i, int type, long x, boolean unknown) {
        int n = e.inc.eventCount(i);
        int k = 0;
        long first = e.log.firstRow();
        for (long r = e.inc.lastRow(i); r >= first && k < n; r = e.links.get(r)) {
            k++;
            if (e.log.type(r) == type && e.log.ts(r) <= x) {
                return true;
            }
        }
        return k < n && unknown;
    }

    /**
     * The rating of incident i's latest logged CLOSED event at or before x (-1: none); when
     * retention has dropped some of its rows, its rating now if its last event was by then.
     */
    private static int ratingBy(StateEngine e, int i, long x) {
        int n = e.inc.eventCount(i);
        int k = 0;
        long first = e.log.firstRow();
        long bestTs = Long.MIN_VALUE;
        long bestSeq = Long.MIN_VALUE;
        int rating = -1;
        for (long r = e.inc.lastRow(i); r >= first && k < n; r = e.links.get(r)) {
            k++;
            if (e.log.type(r) != CLOSED) {
                continue;
            }
            long ts = e.log.ts(r);
            if (ts > x) {
                continue;
            }
            long seq = e.log.seq(r);
            if (ts > bestTs || (ts == bestTs && seq > bestSeq)) {
                bestTs = ts;
                bestSeq = seq;
                rating = e.log.satisfaction(r);
            }
        }
        if (k < n && rating < 0) {
            return e.inc.status(i) == CLOSED && e.inc.lastTs(i) <= x ? e.inc.satisfaction(i) : -1;
        }
        return rating;
    }

    /** Adds incident i's headline counters as they stood at {@code x}. */
    private static void addAsOf(StateEngine e, int i, long x, long[] b) {
        IncidentTable inc = e.inc;
        b[KpiSlots.RECEIVED]++;
        boolean resolved = KpiCalculator.resolved(inc, i) && inc.resolvedAt(i) <= x;
        if (resolved) {
            b[KpiSlots.RESOLVED]++;
            b[KpiSlots.RESOLVE_SUM_MS] += KpiCalculator.resolveMillis(inc, i);
            if (inc.resolvedAt(i) <= KpiCalculator.deadline(inc, i)) {
                b[KpiSlots.TIMELY]++;
            }
        }
        if (inc.category(i) == DISPUTE) {
            b[KpiSlots.DISPUTE_RECEIVED]++;
            if (resolved) {
                b[KpiSlots.DISPUTE_RESOLVED]++;
            }
        }
        int sat = inc.satisfaction(i) >= 1 ? ratingBy(e, i, x) : -1;
        if (sat >= 1) {
            b[KpiSlots.RATED]++;
            if (sat >= 4) {
                b[KpiSlots.SATISFIED]++;
            }
        }
        if (inc.dispatched(i) && inc.firstDispatchAt(i) <= x) {
            b[KpiSlots.DISPATCHED]++;
            b[KpiSlots.DISPATCH_SUM_MS] += KpiCalculator.dispatchMillis(inc, i);
            if (!inc.redispatched(i) || !hadBy(e, i, REDISPATCHED, x, true)) {
                b[KpiSlots.RIGHT_FIRST]++;
            }
        }
    }
}
