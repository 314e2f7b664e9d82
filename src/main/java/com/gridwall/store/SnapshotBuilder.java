package com.gridwall.store;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Level;
import com.gridwall.domain.Source;
import com.gridwall.store.agg.TrendRing;
import com.gridwall.store.agg.Windows;
import com.gridwall.store.kpi.KpiCalculator;
import com.gridwall.store.kpi.KpiSlots;
import com.gridwall.store.kpi.TopCounts;
import com.gridwall.store.snapshot.Hotspot;
import com.gridwall.store.snapshot.Kpis;
import com.gridwall.store.snapshot.LiveMarkers;
import com.gridwall.store.snapshot.OverdueIncident;
import com.gridwall.store.snapshot.RecentEvent;
import com.gridwall.store.snapshot.Trend;
import com.gridwall.store.snapshot.UnitKpis;
import com.gridwall.store.snapshot.WallSnapshot;
import com.gridwall.store.state.IncidentTable;
import com.gridwall.store.state.UnitTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Turns the engine's state into an immutable {@link WallSnapshot} without touching the log
 * beyond the few recent rows: units whose counters did not change since the previous snapshot
 * keep their {@link UnitKpis} object; changed ones get references to their counter blocks, which
 * the engine copies on its next write (copy-on-write), and KPIs are derived from them lazily. Runs on the writer thread under the store's lock.
 */
final class SnapshotBuilder {
    private static final EventType[] TYPES = EventType.values();
    private static final Category[] CATEGORIES = Category.values();
    private static final Source[] SOURCES = Source.values();
    private static final Department[] DEPARTMENTS = Department.values();

    private final StateEngine e;
    private final UnitKpis[] units;
    private final Trend[] hourly;
    private long hourlyMinute = Long.MIN_VALUE;
    private LiveMarkers markers = LiveMarkers.EMPTY;
    private long[] hotspotKeys = new long[64];
    private long markersVersion = -1;
    private WallSnapshot last;

    SnapshotBuilder(StateEngine engine) {
        this.e = engine;
        this.units = new UnitKpis[engine.units.units()];
        this.hourly = new Trend[engine.units.units()];
    }

    WallSnapshot build(long version, long duplicates) {
        UnitTable ut = e.units;
        boolean changed = e.anyDirty || last == null;
        Map<String, UnitKpis> unitMap;
        Map<String, Trend> hourlyMap;
        boolean minuteMoved = hourlyMinute != e.nowMinute;
        if (changed || minuteMoved) {
            for (int u = 0; u < ut.units(); u++) {
                if (e.dirty[u] || units[u] == null || minuteMoved) {
                    units[u] = unitKpis(u);
                    int t = ut.trendIndex(u);
                    if (t >= 0) {
                        hourly[u] = hourlyTrend(t);
                    }
                    e.dirty[u] = false;
                }
            }
            hourlyMinute = e.nowMinute;
            unitMap = new HashMap<>(ut.units() * 2);
            hourlyMap = new HashMap<>();
            for (int u = 0; u < ut.units(); u++) {
                unitMap.put(ut.code(u), units[u]);
                if (hourly[u] != null) {
                    hourlyMap.put(ut.code(u), hourly[u]);
                }
            }
            unitMap = Collections.unmodifiableMap(unitMap);
            hourlyMap = Collections.unmodifiableMap(hourlyMap);
        } else {
            unitMap = last.units();
            hourlyMap = last.hourlyTrends();
        }
        e.anyDirty = false;
        if (markersVersion != e.markers.version()) {
            markers = markers();
            markersVersion = e.markers.version();
        }
        last = new WallSnapshot(version, Instant.ofEpochMilli(e.nowMs), e.lastSeq, e.events, duplicates,
                e.incidents, unitMap, changed || minuteMoved || last == null ? minuteTrend() : last.trend(), hourlyMap,
                recent(), overdueList(), newlyOverdueList(), changed || last == null ? hotspots() : last.hotspots(), markers,
                e.unknownGridEvents, e.outsideEvents, e.unknownGridIncidents, e.outsideIncidents);
        return last;
    }

    @SuppressWarnings("unchecked")
    private UnitKpis unitKpis(int u) {
        Supplier<Kpis>[] windows = new Supplier[Windows.COUNT];
        for (int w = 0; w < Windows.COUNT; w++) {
            long[] frozen = e.share(w, u);
            windows[w] = () -> KpiCalculator.kpis(frozen, 0);
        }
        int t = e.units.trendIndex(u);
        OptionalLong openY = OptionalLong.empty();
        OptionalLong overdueY = OptionalLong.empty();
        Supplier<Kpis> thenY = () -> null;
        if (t >= 0) {
            // a small copy now (the ring keeps changing); the block and its KPIs only when asked
            long[] then = e.tileSamples.compactAt(t, e.nowMinute - 1440);
            if (then != null) {
                thenY = () -> KpiCalculator.kpis(com.gridwall.store.agg.TileSamples.expand(then), 0);
            }
            int o = e.trend.open(t, e.nowMinute - 1440);
            int d = e.trend.overdue(t, e.nowMinute - 1440);
            openY = o < 0 ? OptionalLong.empty() : OptionalLong.of(o);
            overdueY = d < 0 ? OptionalLong.empty() : OptionalLong.of(d);
        }
        return new UnitKpis(e.units.code(u), e.units.level(u), e.open[u], e.overdue[u], openY, overdueY, windows, thenY);
    }

    private Trend minuteTrend() {
        int n = 1440;
        int[] rec = new int[n];
        int[] res = new int[n];
        int[] op = new int[n];
        int[] od = new int[n];
        long first = e.nowMinute - (n - 1);
        int t = e.units.trendIndex(UnitTable.ROOT);
        for (int k = 0; k < n; k++) {
            long m = first + k;
            rec[k] = e.trend.received(t, m);
            res[k] = e.trend.resolved(t, m);
            op[k] = e.trend.open(t, m);
            od[k] = e.trend.overdue(t, m);
        }
        return new Trend(first * Windows.MINUTE_MS, Windows.MINUTE_MS, rec, res, op, od);
    }

    private Trend hourlyTrend(int t) {
        int n = 24;
        long firstHour = Math.floorDiv(e.nowMinute, 60) - (n - 1);
        int[] rec = new int[n];
        int[] res = new int[n];
        int[] op = new int[n];
        int[] od = new int[n];
        TrendRing r = e.trend;
        for (int k = 0; k < n; k++) {
            long h = firstHour + k;
            rec[k] = r.hourReceived(t, h);
            res[k] = r.hourResolved(t, h);
            op[k] = r.hourOpen(t, h);
            od[k] = r.hourOverdue(t, h);
        }
        return new Trend(firstHour * 3_600_000L, 3_600_000L, rec, res, op, od);
    }

    private List<RecentEvent> recent() {
        int n = (int) Math.min(e.recentCount, e.recentRows.length);
        List<RecentEvent> out = new ArrayList<>(n);
        long first = e.log.firstRow();
        for (int k = 0; k < n; k++) {
            long row = e.recentRows[(e.recentPos - 1 - k + e.recentRows.length) % e.recentRows.length];
            if (row < first) {
                continue;
            }
            int i = e.log.incident(row);
            int grid = e.inc.grid(i);
            UnitTable ut = e.units;
            out.add(new RecentEvent(e.log.seq(row), e.incidentIds.string(i), TYPES[e.log.type(row)],
                    CATEGORIES[e.log.category(row)], SOURCES[e.log.source(row)], e.log.severity(row),
                    ut.ancestorCode(grid, Level.GRID), ut.ancestorCode(grid, Level.COMMUNITY),
                    ut.ancestorCode(grid, Level.STREET), ut.ancestorCode(grid, Level.DISTRICT), e.log.ts(row),
                    TYPES[e.inc.status(i)]));
        }
        RecentEvent[] a = out.toArray(new RecentEvent[0]);
        newestFirst(a);
        return List.of(a);
    }

    /**
     * Sorts by ts, then seq, both descending. An insertion sort, not a comparator chain: the ring
     * lists rows nearly newest first already, and a replay process publishes once per seek, so the
     * JIT compiled a chained comparator's sort (about 4 KB inlined) while seeks ran.
     */
    static void newestFirst(RecentEvent[] a) {
        for (int i = 1; i < a.length; i++) {
            RecentEvent x = a[i];
            int j = i - 1;
            while (j >= 0 && newer(x, a[j])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static boolean newer(RecentEvent x, RecentEvent y) {
        return x.ts() != y.ts() ? x.ts() > y.ts() : x.seq() > y.seq();
    }

    /** The most overdue open incidents: pops valid heap entries, then pushes them back. */
    private List<OverdueIncident> overdueList() {
        if (!e.overdueDirty && last != null) {
            return last.overdue();
        }
        int limit = e.config.overdueLimit();
        long[] ds = new long[limit];
        int[] is = new int[limit];
        int n = 0;
        IncidentTable t = e.inc;
        while (n < limit && !e.overdueHeap.isEmpty()) {
            long d = e.overdueHeap.peekKey();
            int i = e.overdueHeap.peekVal();
            e.overdueHeap.pop();
            if (!e.liveOverdueEntry(d, i)) {
                continue;
            }
            ds[n] = d;
            is[n] = i;
            n++;
        }
        List<OverdueIncident> out = new ArrayList<>(n);
        e.overdueBound = n == limit && n > 0 ? ds[n - 1] : Long.MAX_VALUE;
        e.overdueDirty = false;
        for (int k = 0; k < n; k++) {
            int i = is[k];
            e.overdueHeap.push(ds[k], i);
            out.add(overdueIncident(t, i, ds[k]));
        }
        return List.copyOf(out);
    }

    /** The incidents that went overdue most recently and still are, newest first; rebuilt only after a new one. */
    private List<OverdueIncident> newlyOverdueList() {
        com.gridwall.store.state.NewlyOverdueRing ring = e.newlyOverdue;
        if (!ring.dirty() && last != null) {
            return last.newlyOverdue();
        }
        ring.clean();
        IncidentTable t = e.inc;
        // at most a hundred entries: the records of the last list are reused while unchanged
        java.util.Map<Integer, OverdueIncident> reuse = newlyOverdueRecords;
        newlyOverdueRecords = new java.util.HashMap<>();
        List<OverdueIncident> out = new ArrayList<>(ring.size());
        for (int k = 0; k < ring.size(); k++) {
            int i = ring.newest(k);
            if (!t.overdueFlag(i) || newlyOverdueRecords.containsKey(i)) {
                continue;
            }
            long deadline = KpiCalculator.deadline(t, i);
            OverdueIncident o = reuse.get(i);
            if (o == null || o.deadline() != deadline || o.status() != TYPES[t.status(i)]
                    || o.department() != (t.department(i) < 0 ? null : DEPARTMENTS[t.department(i)])) {
                o = overdueIncident(t, i, deadline);
            }
            newlyOverdueRecords.put(i, o);
            out.add(o);
        }
        return List.copyOf(out);
    }

    private java.util.Map<Integer, OverdueIncident> newlyOverdueRecords = new java.util.HashMap<>();

    private OverdueIncident overdueIncident(IncidentTable t, int i, long deadline) {
        UnitTable ut = e.units;
        int grid = t.grid(i);
        return new OverdueIncident(e.incidentIds.string(i), CATEGORIES[t.category(i)],
                t.department(i) < 0 ? null : DEPARTMENTS[t.department(i)], t.severity(i),
                ut.ancestorCode(grid, Level.GRID), ut.ancestorCode(grid, Level.COMMUNITY),
                ut.ancestorCode(grid, Level.STREET), ut.ancestorCode(grid, Level.DISTRICT), t.reportedAt(i), deadline,
                TYPES[t.status(i)]);
    }

    /**
     * Grid x category counts over the last 7 days at or above the threshold, top K by count. Built
     * in three small steps, not one loop-heavy method: a replay process publishes once per seek, so
     * the JIT compiled (and, on a branch not seen before, recompiled) this code while seeks ran;
     * small methods recompile in a fraction of the time.
     */
    private List<Hotspot> hotspots() {
        int limit = e.config.hotspotLimit();
        int n = hotspotCandidates(Math.max(1, e.config.hotspotThreshold()));
        n = keepTopCounts(hotspotKeys, n, limit);
        Arrays.sort(hotspotKeys, 0, n);
        return listed(hotspotKeys, n, limit);
    }

    /**
     * Fills {@link #hotspotKeys} with count << 32 | (code rank * 16 + category) of every grid x
     * category at or above threshold; returns how many. Sorted, equal counts then fall in grid
     * code order.
     */
    private int hotspotCandidates(int threshold) {
        long[][] c = e.blocks[Windows.LAST_7D];
        int[] grids = e.units.gridsByCode();
        // primitive work, objects only for the top K
        long[] keys = hotspotKeys;
        int n = 0;
        for (int rank = 0; rank < grids.length; rank++) {
            long[] b = c[grids[rank]];
            for (int k = 0; k < CATEGORIES.length; k++) {
                long count = b[KpiSlots.CATEGORY + k];
                if (count >= threshold) {
                    if (n == keys.length) {
                        keys = Arrays.copyOf(keys, n * 2);
                    }
                    keys[n++] = (count << 32) | ((long) rank * 16 + k);
                }
            }
        }
        hotspotKeys = keys;
        return n;
    }

    /**
     * Only counts at or above the limit-th highest can be listed (with all of that count's ties):
     * keeps those at the front of keys[0, n), unordered, and returns how many (a publish every
     * 16 ms at 10k events/s sorts them, not every grid x category pair).
     */
    private static int keepTopCounts(long[] keys, int n, int limit) {
        if (n <= limit || limit <= 0) {
            return n;
        }
        long cut = TopCounts.kthHighest(keys, n, limit) << 32;
        int kept = 0;
        for (int m = 0; m < n; m++) {
            if (keys[m] >= cut) {
                keys[kept++] = keys[m];
            }
        }
        return kept;
    }

    /** The hotspots of sorted keys[0, n): highest count first; equal counts in ascending grid code order, then category. */
    private List<Hotspot> listed(long[] keys, int n, int limit) {
        List<Hotspot> out = new ArrayList<>(Math.min(n, limit));
        int k = n - 1;
        while (k >= 0 && out.size() < limit) {
            int j = firstOfCount(keys, k);
            for (int m = j; m <= k && out.size() < limit; m++) {
                out.add(hotspot(keys[m]));
            }
            k = j - 1;
        }
        return List.copyOf(out);
    }

    /** The first index of the run of keys with keys[k]'s count (keys sorted). */
    private static int firstOfCount(long[] keys, int k) {
        long count = keys[k] >>> 32;
        int j = k;
        while (j > 0 && (keys[j - 1] >>> 32) == count) {
            j--;
        }
        return j;
    }

    private Hotspot hotspot(long key) {
        UnitTable ut = e.units;
        int low = (int) (key & 0xFFFFFFFFL);
        int unit = ut.gridsByCode()[low / 16];
        return new Hotspot(ut.code(unit), ut.unitAncestorCode(unit, Level.COMMUNITY),
                ut.unitAncestorCode(unit, Level.STREET), CATEGORIES[low % 16], key >>> 32);
    }

    private LiveMarkers markers() {
        int limit = Math.min(e.config.markerLimit(), e.markers.live());
        double[] lon = new double[limit];
        double[] lat = new double[limit];
        byte[] sev = new byte[limit];
        long[] at = new long[limit];
        int n = e.markers.newest(limit, lon, lat, sev, at);
        return n == limit ? new LiveMarkers(lon, lat, sev, at)
                : new LiveMarkers(Arrays.copyOf(lon, n), Arrays.copyOf(lat, n), Arrays.copyOf(sev, n), Arrays.copyOf(at, n));
    }
}
