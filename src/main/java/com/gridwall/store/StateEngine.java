package com.gridwall.store;

import com.gridwall.store.agg.LeftOpenIndex;
import com.gridwall.store.agg.MinuteIndex;
import com.gridwall.store.agg.OpenMarkers;
import com.gridwall.store.agg.TrendRing;
import com.gridwall.store.agg.Windows;
import com.gridwall.store.kpi.Contribution;
import com.gridwall.store.kpi.KpiCalculator;
import com.gridwall.store.kpi.KpiSlots;
import com.gridwall.store.log.ByteKeyIndex;
import com.gridwall.store.log.EventLog;
import com.gridwall.store.log.LogRow;
import com.gridwall.store.state.DeadlineHeap;
import com.gridwall.store.state.EventView;
import com.gridwall.store.state.IncidentTable;
import com.gridwall.store.state.LifecycleFold;
import com.gridwall.store.state.RowLinks;
import com.gridwall.store.state.UnitTable;
import java.util.Arrays;

/**
 * Incident state plus every incremental aggregate, kept equal at all times to the sum over
 * incidents of {@link KpiCalculator#contribution}: each event first removes its incident's old
 * contribution, changes the incident, then adds the new one; the clock moving on moves incidents
 * in and out of the rolling windows and past their deadlines. Used live by {@link EventStore} and
 * afresh for as-of queries. Single writer; not thread-safe (the store serialises access).
 */
final class StateEngine {
    final StoreConfig config;
    final UnitTable units;
    final EventLog log;
    final ByteKeyIndex incidentIds;
    final IncidentTable inc = new IncidentTable();
    final RowLinks links = new RowLinks();
    final Windows windows;
    /**
     * blocks[w][unit][slot]: the counters of one unit in one window. Copy-on-write: a block handed
     * to a snapshot is marked shared and cloned before the writer changes it again, so a
     * snapshot holds references, never copies, and never sees a later change.
     */
    final long[][][] blocks = new long[Windows.COUNT][][];
    final boolean[][] shared = new boolean[Windows.COUNT][];
    final long[] open;
    final long[] overdue;
    final boolean[] dirty;
    boolean anyDirty = true;
    final MinuteIndex minutes = new MinuteIndex();
    /** Open incidents and those that left the open states recently: what the trend backfill visits. */
    final LeftOpenIndex leaving = new LeftOpenIndex();
    final TrendRing trend;
    final DeadlineHeap pending = new DeadlineHeap();
    final DeadlineHeap overdueHeap = new DeadlineHeap();
    /**
     * The deadline of the last incident in the snapshot's overdue list (MAX when the list was not
     * full): only changes at or before it can change the list, so the list is rebuilt only then.
     */
    long overdueBound = Long.MAX_VALUE;
    boolean overdueDirty = true;
    /** Incidents that went overdue most recently (for the wall's "newly overdue" alerts). */
    final com.gridwall.store.state.NewlyOverdueRing newlyOverdue;
    /** Today's headline counters per trend unit and minute, for the tiles' same-time-yesterday change. */
    final com.gridwall.store.agg.TileSamples tileSamples;
    final long[] from = new long[Windows.COUNT];
    final long[] to = new long[Windows.COUNT];
    long nowMs;
    long nowMinute;
    long events;
    long incidents;
    long unknownGridEvents;
    long outsideEvents;
    long unknownGridIncidents;
    long outsideIncidents;
    long lastSeq = -1;
    /** Open incidents with a position, in the order they became open (live markers). */
    final OpenMarkers markers = new OpenMarkers();
    final long[] recentRows;
    int recentPos;
    long recentCount;

    private final Contribution cOld = new Contribution();
    private final Contribution cNew = new Contribution();
    private final long[] delta = new long[KpiSlots.SIZE];
    private final int[] touched = new int[KpiSlots.SIZE];
    private final long[] changedValues = new long[KpiSlots.SIZE];
    private final boolean[] marked = new boolean[KpiSlots.SIZE];
    private final EventView scratch = new EventView();
    /** Counter changes a bulk fold defers (not state: empty between folds, left out of images). */
    private final DeferredCounters deferred = new DeferredCounters();
    private boolean bulk;
    /** The current minute's tile sample was taken while counter changes were deferred. */
    private boolean staleSample;

    StateEngine(StoreConfig config, UnitTable units, EventLog log, ByteKeyIndex incidentIds, long nowMs) {
        this.config = config;
        this.units = units;
        this.log = log;
        this.incidentIds = incidentIds;
        this.windows = new Windows(config.zone());
        int n = units.units();
        for (int w = 0; w < Windows.COUNT; w++) {
            blocks[w] = new long[n][KpiSlots.SIZE];
            shared[w] = new boolean[n];
        }
        open = new long[n];
        overdue = new long[n];
        dirty = new boolean[n];
        trend = new TrendRing(units.trendUnits());
        newlyOverdue = new com.gridwall.store.state.NewlyOverdueRing(config.overdueLimit());
        tileSamples = new com.gridwall.store.agg.TileSamples(units.trendUnits());
        recentRows = new long[Math.max(1, config.recentLimit())];
        this.nowMs = nowMs;
        this.nowMinute = Windows.minute(nowMs);
        windows.ranges(nowMs, from, to);
    }

    // ---------------------------------------------------------------- events

    /** Applies one accepted event already appended to the log at {@code e.row}. */
    void apply(int i, EventView e) {
        inc.ensure(i + 1);
        links.set(e.row, inc.lastRow(i));
        inc.setLastRow(i, (int) e.row);
        inc.countEvent(i);
        events++;
        lastSeq = Math.max(lastSeq, e.seq);
        if (e.grid >= 0 && !units.known(e.grid)) {
            unknownGridEvents++;
        } else if (e.grid == EventLog.GRID_OUTSIDE) {
            outsideEvents++;
        }
        recentRows[recentPos] = e.row;
        recentPos = (recentPos + 1) % recentRows.length;
        recentCount++;

        boolean existed = inc.exists(i);
        if (!existed) {
            incidents++;
        }
        long oldMinute = existed ? Windows.minute(inc.reportedAt(i)) : Long.MIN_VALUE;
        int oldGrid = inc.grid(i);
        if (!bulk) {
            KpiCalculator.contribution(inc, i, cOld);
        } else if (!deferred.remembers(i)) {
            KpiCalculator.contribution(inc, i, cOld);
            deferred.remember(i, existed, oldMinute, oldGrid, cOld);
        }
        boolean oldOpen = KpiCalculator.open(inc, i);
        long oldDeadline = existed ? KpiCalculator.deadline(inc, i) : Long.MIN_VALUE;
        double oldLon = inc.lon(i);
        double oldLat = inc.lat(i);
        long oldLeft = existed ? LifecycleFold.leftOpenAt(inc, i) : LeftOpenIndex.NONE;

        if (!existed || LifecycleFold.inOrder(inc, i, e)) {
            LifecycleFold.apply(inc, i, e);
        } else {
            refold(i);
        }
        leaving.move(i, oldLeft, LifecycleFold.leftOpenAt(inc, i));

        long newMinute = Windows.minute(inc.reportedAt(i));
        int newGrid = inc.grid(i);
        int[] oldChain = units.chain(oldGrid);
        int[] newChain = units.chain(newGrid);
        if (!bulk) { // in a bulk fold the counters move once per incident, in settle()
            KpiCalculator.contribution(inc, i, cNew);
            moveCounters(i, existed, oldMinute, oldGrid, oldChain, newMinute, newGrid, newChain);
        }
        trendUpdate(i, existed, oldChain, newChain, oldMinute, newMinute);
        nowUpdate(i, oldOpen, oldDeadline, oldChain, newChain);
        boolean moved = Double.compare(oldLon, inc.lon(i)) != 0 || Double.compare(oldLat, inc.lat(i)) != 0;
        boolean newOpen = KpiCalculator.open(inc, i);
        if (oldOpen != newOpen || (newOpen && moved)) {
            if (newOpen && !Double.isNaN(inc.lon(i))) {
                markers.add(i, inc.lon(i), inc.lat(i), inc.severity(i), inc.reportedAt(i));
            } else {
                markers.remove(i);
            }
        }
    }

    /**
     * Moves incident i's counters from cOld (at its old report minute and grid, whose chain is
     * oldChain) to cNew, with the location counts and the minute index; existed: whether it had a
     * state before.
     */
    private void moveCounters(int i, boolean existed, long oldMinute, int oldGrid, int[] oldChain, long newMinute,
                              int newGrid, int[] newChain) {
        if (existed && oldMinute == newMinute && oldGrid == newGrid) {
            applyDelta(newMinute, newChain);
        } else {
            if (existed) {
                applyFull(cOld, oldMinute, oldChain, -1);
                locationCount(oldGrid, -1);
                minutes.remove(oldMinute, i);
            }
            applyFull(cNew, newMinute, newChain, 1);
            locationCount(newGrid, 1);
            minutes.add(newMinute, i);
        }
    }

    // ---------------------------------------------------------------- bulk folds

    /** From now on counter changes wait for {@link #endBulk} (see {@link DeferredCounters}). */
    void beginBulk() {
        settle();
        bulk = true;
    }

    /** Applies the changes the bulk fold deferred. */
    void endBulk() {
        bulk = false;
        settle();
    }

    int deferredIncidents() {
        return deferred.size();
    }

    /**
     * Before a batch folded with the clock at {@code ms}: a bulk fold whose clock moved to another
     * minute applies what it deferred first, so the minute it leaves keeps the sample a fold event
     * by event takes (the counters after the batches folded in that minute).
     */
    void beforeBatch(long ms) {
        if (bulk && Windows.minute(ms) != nowMinute) {
            settle();
        }
    }

    /**
     * Applies the counter changes deferred so far (none outside a bulk fold) and, when the current
     * minute was sampled meanwhile, samples it again with them.
     */
    void settle() {
        DeferredCounters d = deferred;
        if (d.size() == 0) {
            return;
        }
        int[] order = d.inIncidentOrder();
        for (int j = 0; j < d.size(); j++) {
            int k = order[j];
            int i = d.incident(k);
            d.contribution(k, cOld);
            KpiCalculator.contribution(inc, i, cNew);
            int oldGrid = d.grid(k);
            int newGrid = inc.grid(i);
            moveCounters(i, d.existed(k), d.minute(k), oldGrid, units.chain(oldGrid), Windows.minute(inc.reportedAt(i)),
                    newGrid, units.chain(newGrid));
        }
        d.clear();
        if (staleSample) {
            sampleNow();
        }
    }

    /** Refolds incident i from its logged events in (ts, seq) order (an event arrived out of order). */
    private void refold(int i) {
        long[] sorted = loggedRows(i);
        int k = sorted.length;
        Long[] boxed = new Long[k];
        for (int j = 0; j < k; j++) {
            boxed[j] = sorted[j];
        }
        Arrays.sort(boxed, (a, b) -> {
            int c = Long.compare(log.ts(a), log.ts(b));
            return c != 0 ? c : Long.compare(log.seq(a), log.seq(b));
        });
        inc.resetState(i);
        for (Long r : boxed) {
            read(r, scratch);
            LifecycleFold.apply(inc, i, scratch);
        }
    }

    /**
     * The log rows of incident i still retained, newest first; fewer than its event count when
     * retention dropped some.
     */
    long[] loggedRows(int i) {
        int n = inc.eventCount(i);
        long[] rows = new long[n];
        int k = 0;
        long first = log.firstRow();
        for (long r = inc.lastRow(i); r >= first && k < n; r = links.get(r)) {
            rows[k++] = r;
        }
        return k == n ? rows : Arrays.copyOf(rows, k);
    }

    /** Fills v from log row r; returns the row's incident. */
    int read(long r, EventView v) {
        log.read(r, rowScratch);
        LogRow x = rowScratch;
        v.row = r;
        v.seq = x.seq;
        v.ts = x.ts;
        v.type = x.type;
        v.category = x.category;
        v.source = x.source;
        v.department = x.department;
        v.severity = x.severity;
        v.lon = x.lon;
        v.lat = x.lat;
        v.grid = x.grid;
        v.deadline = x.deadline;
        v.satisfaction = x.satisfaction;
        return x.incident;
    }

    private final LogRow rowScratch = new LogRow();

    private void applyDelta(long minute, int[] chain) {
        int nt = 0;
        for (int k = 0; k < cOld.size(); k++) {
            int s = cOld.slot(k);
            if (!marked[s]) {
                marked[s] = true;
                touched[nt++] = s;
            }
            delta[s] -= cOld.value(k);
        }
        for (int k = 0; k < cNew.size(); k++) {
            int s = cNew.slot(k);
            if (!marked[s]) {
                marked[s] = true;
                touched[nt++] = s;
            }
            delta[s] += cNew.value(k);
        }
        int nz = 0;
        long[] values = changedValues;
        for (int t = 0; t < nt; t++) {
            int s = touched[t];
            marked[s] = false;
            long d = delta[s];
            delta[s] = 0;
            if (d != 0) {
                values[nz] = d;
                touched[nz++] = s;
            }
        }
        // touched[0..nz) and values[0..nz) now hold the slots that changed and by how much
        int changed = nz;
        int[] slots = touched;
        for (int w = 0; w < Windows.COUNT && changed > 0; w++) {
            if (minute < from[w] || minute > to[w]) {
                continue;
            }
            for (int u : chain) {
                long[] c = writable(w, u);
                for (int t = 0; t < changed; t++) {
                    c[slots[t]] += values[t];
                }
                dirty[u] = true;
            }
        }
        anyDirty = true;
    }

    private void applyFull(Contribution c, long minute, int[] chain, int sign) {
        for (int w = 0; w < Windows.COUNT; w++) {
            if (minute < from[w] || minute > to[w]) {
                continue;
            }
            for (int u : chain) {
                c.applyTo(writable(w, u), 0, sign);
                dirty[u] = true;
            }
        }
        anyDirty = true;
    }

    /** The block of unit u in window w, cloned first if a snapshot holds it. */
    long[] writable(int w, int u) {
        long[] b = blocks[w][u];
        if (shared[w][u]) {
            b = b.clone();
            blocks[w][u] = b;
            shared[w][u] = false;
        }
        return b;
    }

    /** Gives every block a snapshot holds up to it and puts a fresh zeroed one in its place. */
    void releaseSharedBlocks() {
        for (int w = 0; w < Windows.COUNT; w++) {
            for (int u = 0; u < shared[w].length; u++) {
                if (shared[w][u]) {
                    blocks[w][u] = new long[KpiSlots.SIZE];
                    shared[w][u] = false;
                }
            }
        }
    }

    /** Hands the block to a snapshot: the writer will not change this array again. */
    long[] share(int w, int u) {
        shared[w][u] = true;
        return blocks[w][u];
    }

    private void locationCount(int grid, int sign) {
        if (grid >= 0 && !units.known(grid)) {
            unknownGridIncidents += sign;
        } else if (grid < 0) {
            outsideIncidents += sign;
        }
    }

    private boolean trendable(long minute) {
        return minute <= nowMinute + 59;
    }

    private void trendUpdate(int i, boolean existed, int[] oldChain, int[] newChain, long oldMinute, long newMinute) {
        // received
        if (!existed || oldMinute != newMinute || oldChain != newChain) {
            if (inc.flag(i, IncidentTable.F_TREND_RECEIVED)) {
                trendAdd(oldChain, oldMinute, -1, true);
                inc.setFlag(i, IncidentTable.F_TREND_RECEIVED, false);
            }
            if (trendable(newMinute)) {
                trendAdd(newChain, newMinute, 1, true);
                inc.setFlag(i, IncidentTable.F_TREND_RECEIVED, true);
            }
        }
        // resolved: remembered by its minute in the incident's resolved bookkeeping
        int ri = i0(i);
        long oldRes = resolvedTrendMinute[ri];
        long newRes = KpiCalculator.resolved(inc, i) ? Windows.minute(inc.resolvedAt(i)) : Long.MIN_VALUE;
        if (oldRes != newRes || oldChain != newChain) {
            if (inc.flag(i, IncidentTable.F_TREND_RESOLVED)) {
                trendAdd(oldChain, oldRes, -1, false);
                inc.setFlag(i, IncidentTable.F_TREND_RESOLVED, false);
            }
            if (newRes != Long.MIN_VALUE && trendable(newRes)) {
                trendAdd(newChain, newRes, 1, false);
                inc.setFlag(i, IncidentTable.F_TREND_RESOLVED, true);
            }
            resolvedTrendMinute[ri] = newRes;
        }
    }

    private long[] resolvedTrendMinute = new long[0];

    /**
     * Makes room for {@code more} incidents beyond those held in every table indexed by incident,
     * so that folding that many new incidents grows none of them (each growth copies hundreds of
     * MB at 10M events, in huge arrays the collector handles apart).
     */
    void reserveIncidents(int more) {
        int n = inc.size() + more;
        inc.makeRoom(n);
        i0(n - 1);
        markers.reserveIncidents(n);
        incidentIds.reserveKeys(Math.max(0, n - incidentIds.size()));
    }

    private int i0(int i) {
        if (i >= resolvedTrendMinute.length) {
            int old = resolvedTrendMinute.length;
            resolvedTrendMinute = Arrays.copyOf(resolvedTrendMinute, Math.max(i + 1, old + (old >> 1) + 1024));
            Arrays.fill(resolvedTrendMinute, old, resolvedTrendMinute.length, Long.MIN_VALUE);
        }
        return i;
    }

    private void trendAdd(int[] chain, long minute, int delta, boolean received) {
        for (int u : chain) {
            int t = units.trendIndex(u);
            if (t < 0) {
                continue;
            }
            if (received) {
                trend.addReceived(t, minute, delta);
            } else {
                trend.addResolved(t, minute, delta);
            }
        }
    }

    private void nowUpdate(int i, boolean oldOpen, long oldDeadline, int[] oldChain, int[] newChain) {
        boolean newOpen = KpiCalculator.open(inc, i);
        long newDeadline = KpiCalculator.deadline(inc, i);
        boolean wasOverdue = inc.overdueFlag(i);
        boolean isOverdue = newOpen && nowMs > newDeadline;
        if ((wasOverdue && oldDeadline <= overdueBound) || (isOverdue && newDeadline <= overdueBound)) {
            overdueDirty = true;
        }
        if (oldOpen == newOpen && wasOverdue == isOverdue && oldChain == newChain && oldDeadline == newDeadline) {
            return;
        }
        if (oldOpen) {
            for (int u : oldChain) {
                open[u]--;
                dirty[u] = true;
            }
        }
        if (wasOverdue) {
            for (int u : oldChain) {
                overdue[u]--;
            }
            inc.setOverdueFlag(i, false);
        }
        if (newOpen) {
            for (int u : newChain) {
                open[u]++;
                dirty[u] = true;
            }
            if (isOverdue) {
                markOverdue(i, newChain, newDeadline);
            } else if (inc.heapDeadline(i) != newDeadline) {
                pending.push(newDeadline, i);
                inc.setHeapDeadline(i, newDeadline);
            }
        }
        anyDirty = true;
    }

    private void markOverdue(int i, int[] chain, long deadline) {
        inc.setOverdueFlag(i, true);
        newlyOverdue.add(i);
        if (deadline <= overdueBound) {
            overdueDirty = true;
        }
        for (int u : chain) {
            overdue[u]++;
            dirty[u] = true;
        }
        if (inc.overdueHeapDeadline(i) != deadline) {
            overdueHeap.push(deadline, i);
            inc.setOverdueHeapDeadline(i, deadline);
        }
        anyDirty = true;
    }

    /**
     * Drops the overdue queue's entries that a snapshot would skip ({@link #liveOverdueEntry}). The
     * valid entries and so every later snapshot stay the same.
     */
    void dropStaleOverdue() {
        overdueHeap.retain(this::liveOverdueEntry);
    }

    /**
     * Whether the overdue queue's entry (deadline d, incident i) still stands. Not when a newer entry
     * of the same incident replaced it, nor when the incident is no longer overdue or its deadline
     * moved: then its queued deadline is cleared too, so it is queued again when it goes overdue
     * again. Both the snapshot's overdue list and {@link #dropStaleOverdue} skip entries by this.
     */
    boolean liveOverdueEntry(long d, int i) {
        if (inc.overdueHeapDeadline(i) != d) {
            return false; // superseded by a newer entry of the same incident
        }
        if (!inc.overdueFlag(i) || KpiCalculator.deadline(inc, i) != d) {
            inc.setOverdueHeapDeadline(i, IncidentTable.NO_TIME);
            return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- checkpoint import

    /**
     * Rebuilds every aggregate, index and queue from restored incidents and log rows (checkpoint
     * import): the same sums of contributions as the incremental path, in one pass.
     */
    void rebuildFromIncidents() {
        for (long r = log.firstRow(); r < log.rows(); r++) {
            links.set(r, -1);
        }
        int[] last = new int[inc.size()];
        Arrays.fill(last, -1);
        for (long r = log.firstRow(); r < log.rows(); r++) {
            int i = log.incident(r);
            links.set(r, last[i]);
            last[i] = (int) r;
        }
        for (int i = 0; i < inc.size(); i++) {
            if (!inc.exists(i)) {
                continue;
            }
            incidents++;
            long minute = Windows.minute(inc.reportedAt(i));
            int[] chain = units.chain(inc.grid(i));
            KpiCalculator.contribution(inc, i, cNew);
            applyFull(cNew, minute, chain, 1);
            locationCount(inc.grid(i), 1);
            minutes.add(minute, i);
            leaving.move(i, LeftOpenIndex.NONE, LifecycleFold.leftOpenAt(inc, i));
            trendUpdate(i, false, chain, chain, Long.MIN_VALUE, minute);
            nowUpdate(i, false, Long.MIN_VALUE, chain, chain);
            if (KpiCalculator.open(inc, i) && !Double.isNaN(inc.lon(i))) {
                markers.add(i, inc.lon(i), inc.lat(i), inc.severity(i), inc.reportedAt(i));
            }
        }
        Arrays.fill(dirty, true);
        anyDirty = true;
    }

    // ---------------------------------------------------------------- clock

    /** Moves the engine's clock: rolls windows, marks incidents overdue, samples open/overdue. */
    void advance(long ms) {
        long m = Windows.minute(ms);
        boolean backwards = ms < nowMs;
        nowMs = ms;
        if (m != nowMinute) {
            settle(); // a roll adds and removes whole minutes of incidents: their counters must be in place
            roll(m);
        }
        if (backwards) {
            recheckOverdue();
        }
        while (!pending.isEmpty() && pending.peekKey() < nowMs) {
            long d = pending.peekKey();
            int i = pending.peekVal();
            pending.pop();
            if (inc.heapDeadline(i) != d) {
                continue;
            }
            inc.setHeapDeadline(i, IncidentTable.NO_TIME);
            if (KpiCalculator.open(inc, i) && !inc.overdueFlag(i) && KpiCalculator.deadline(inc, i) == d) {
                markOverdue(i, units.chain(inc.grid(i)), d);
            }
        }
        sampleNow();
    }

    /** Samples the current minute's open/overdue counts and today's headline counters. */
    private void sampleNow() {
        for (int u = 0; u < units.units(); u++) {
            int t = units.trendIndex(u);
            if (t >= 0) {
                trend.sample(t, nowMinute, open[u], overdue[u]);
                tileSamples.sample(t, nowMinute, blocks[Windows.TODAY][u]);
            }
        }
        staleSample = deferred.size() > 0;
    }

    /** The clock went backwards (only replay or tests do this): overdue flags are recomputed. */
    private void recheckOverdue() {
        overdueDirty = true;
        for (int i = 0; i < inc.size(); i++) {
            if (inc.overdueFlag(i) && !KpiCalculator.overdue(inc, i, nowMs)) {
                for (int u : units.chain(inc.grid(i))) {
                    overdue[u]--;
                    dirty[u] = true;
                }
                inc.setOverdueFlag(i, false);
                long d = KpiCalculator.deadline(inc, i);
                pending.push(d, i);
                inc.setHeapDeadline(i, d);
            }
        }
        anyDirty = true;
    }

    private void roll(long m) {
        long[] nf = new long[Windows.COUNT];
        long[] nt = new long[Windows.COUNT];
        windows.ranges(nowMs, nf, nt);
        for (int w = 0; w < Windows.COUNT; w++) {
            if (nf[w] > to[w] || nt[w] < from[w] || nt[w] < to[w] || nf[w] < from[w]) {
                for (int u = 0; u < blocks[w].length; u++) {
                    blocks[w][u] = new long[KpiSlots.SIZE];
                    shared[w][u] = false;
                }
                addMinutes(w, nf[w], nt[w], 1);
            } else {
                addMinutes(w, from[w], nf[w] - 1, -1);
                addMinutes(w, to[w] + 1, nt[w], 1);
            }
            from[w] = nf[w];
            to[w] = nt[w];
        }
        nowMinute = m;
        minutes.pruneBefore(m - Windows.SPAN_MINUTES);
        leaving.pruneBefore(m - LeftOpenIndex.SPAN_MINUTES);
        Arrays.fill(dirty, true);
        anyDirty = true;
    }

    private void addMinutes(int w, long a, long b, int sign) {
        for (long m = a; m <= b; m++) {
            int l = minutes.list(m);
            if (l < 0) {
                continue;
            }
            for (int k = 0; k < minutes.size(l); k++) {
                int i = minutes.get(l, k);
                KpiCalculator.contribution(inc, i, cNew);
                for (int u : units.chain(inc.grid(i))) {
                    cNew.applyTo(writable(w, u), 0, sign);
                }
            }
        }
    }
}
