package com.gridwall.ui.wall;

import com.gridwall.domain.EventType;
import com.gridwall.geo.MapUnit;
import com.gridwall.store.snapshot.OverdueIncident;
import com.gridwall.store.snapshot.RecentEvent;
import com.gridwall.store.snapshot.WallSnapshot;
import com.gridwall.ui.alert.AlertKind;
import com.gridwall.ui.alert.WallAlert;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Point;

/**
 * Finds what should raise an on-wall alert in each new snapshot: a severity-4 incident reported, or
 * an incident that went overdue, within {@code window} of the snapshot's time. The window keeps the
 * history a wall catches up on at start (or a replayed past) from flooding the banner. Each
 * incident is reported at most once per kind. Not thread-safe (FX thread).
 * Newly overdue incidents come from the snapshot's list of the latest overdue transitions (the
 * overdue list holds the most overdue ones, which a new one is not while older ones are open).
 */
public final class AlertDetector {
    private final WallModels names;
    private final com.gridwall.geo.GridMap map;
    private final Duration window;
    private final Set<String> critical = new HashSet<>();
    private final Set<String> overdue = new HashSet<>();
    private long lastSeq = -1;

    public AlertDetector(com.gridwall.geo.GridMap map, WallModels names, Duration window) {
        this.map = map;
        this.names = names;
        this.window = window;
    }

    /** The alerts {@code s} raises that earlier snapshots did not. */
    public List<WallAlert> detect(WallSnapshot s) {
        List<WallAlert> out = new ArrayList<>();
        long since = s.asOf().minus(window).toEpochMilli();
        long now = s.asOf().toEpochMilli();
        for (RecentEvent e : s.recent()) {
            if (e.seq() <= lastSeq) {
                break;
            }
            if (e.severity() >= 4 && e.type() == EventType.REPORTED && e.ts() >= since
                    && critical.add(e.incidentId())) {
                out.add(alert(e.incidentId(), AlertKind.NEW_CRITICAL, e.category(), e.communityCode(), e.gridCode(), Instant.ofEpochMilli(e.ts())));
            }
        }
        if (!s.recent().isEmpty()) {
            lastSeq = Math.max(lastSeq, s.recent().get(0).seq());
        }
        for (OverdueIncident o : s.newlyOverdue()) {
            if (o.deadline() >= since && o.deadline() <= now && overdue.add(o.incidentId())) {
                out.add(alert(o.incidentId(), AlertKind.NEWLY_OVERDUE, o.category(), o.communityCode(), o.gridCode(),
                        Instant.ofEpochMilli(o.deadline())));
            }
        }
        trim(critical);
        trim(overdue);
        return out;
    }

    private static void trim(Set<String> seen) {
        if (seen.size() > 50_000) {
            seen.clear(); // runs for days: an old incident alerting twice beats unbounded memory
        }
    }

    private WallAlert alert(String id, AlertKind kind, com.gridwall.domain.Category cat, String community,
                            String grid, Instant at) {
        double lon = Double.NaN;
        double lat = Double.NaN;
        MapUnit g = grid == null ? null : map.unit(grid);
        if (g != null) {
            Point c = g.geometry().getInteriorPoint();
            lon = c.getX();
            lat = c.getY();
        }
        String place = names.place(community, grid);
        return new WallAlert(id, kind, cat, place, at, grid, lon, lat);
    }
}
