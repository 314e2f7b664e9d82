package com.gridwall.replay.seek;

import com.gridwall.store.snapshot.UnitKpis;
import com.gridwall.store.snapshot.WallSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The KPI content of a snapshot as comparable values (not its version). */
final class SnapshotDigest {
    private SnapshotDigest() {
    }

    /** Per unit: open, overdue and the four window cohorts; plus the totals. */
    static Map<String, List<Object>> kpis(WallSnapshot s) {
        Map<String, List<Object>> m = new TreeMap<>();
        for (Map.Entry<String, UnitKpis> e : s.units().entrySet()) {
            UnitKpis u = e.getValue();
            m.put(e.getKey(), List.of(u.open(), u.overdue(), u.today(), u.yesterday(), u.last24h(), u.last7d()));
        }
        m.put("#totals", List.of(s.lastSeq(), s.events(), s.incidents(), s.unknownGridEvents(), s.outsideEvents()));
        return m;
    }

    /** Everything a picture of the wall shows: KPIs, trends, ticker, overdue list, hotspots, markers. */
    /** A tile block's counts and mean times, comparable with equals. */
    static List<Object> tile(com.gridwall.store.snapshot.Kpis k) {
        return List.of(k.received(), k.resolved(), k.timely(), k.disputesReceived(), k.disputesResolved(), k.rated(),
                k.satisfied(), k.dispatched(), k.rightFirstTime(), k.timeToResolve().meanSeconds(),
                k.timeToDispatch().meanSeconds());
    }

    static List<Object> picture(WallSnapshot s) {
        List<Object> l = new ArrayList<>();
        l.add(s.asOf());
        l.add(kpis(s));
        s.units().forEach((k, u) -> l.add(k + ":" + u.openYesterday() + "/" + u.overdueYesterday()));
        l.add(java.util.Arrays.toString(s.trend().receivedArray()));
        l.add(java.util.Arrays.toString(s.trend().resolvedArray()));
        l.add(s.recent());
        l.add(s.overdue());
        l.add(s.hotspots());
        l.add(java.util.Arrays.toString(s.markers().lonArray()));
        l.add(java.util.Arrays.toString(s.markers().latArray()));
        return l;
    }
}
