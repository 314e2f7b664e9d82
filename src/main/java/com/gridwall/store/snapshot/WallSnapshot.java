package com.gridwall.store.snapshot;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the wall shows at one instant: immutable, versioned, safe to read from any thread (the FX
 * thread pulls the newest one per pulse). Built by the store after each batch without copying
 * the event log; unchanged parts are shared with the previous snapshot.
 *
 * @param version          increases by one per published snapshot
 * @param asOf             the store clock's instant this snapshot describes
 * @param lastSeq          highest applied seq, -1 before the first event
 * @param events           events applied (duplicates excluded)
 * @param duplicates       events ignored because their event_id was already applied
 * @param incidents        distinct incidents known
 * @param units            per unit code, every level, plus {@link #ROOT} for the whole area
 * @param trend            per-minute trend for the whole area, last 24 h
 * @param hourlyTrends     per-hour trend for the root and every non-grid unit, last 24 h
 * @param recent           newest events first (bounded)
 * @param overdue          open overdue incidents, most overdue first (bounded)
 * @param newlyOverdue     incidents that went overdue most recently and still were when it was built,
 *                         newest first (bounded like {@code overdue}): what the wall alerts on
 * @param hotspots         repeat hotspots, highest count first
 * @param markers          open incidents with a position (bounded)
 * @param unknownGridEvents events whose grid_code is not on the map (kept, counted under the root only)
 * @param outsideEvents    events whose point lies outside every grid, or with neither grid nor point
 * @param unknownGridIncidents incidents located by an unknown grid code
 * @param outsideIncidents incidents located outside every grid (or nowhere)
 */
public record WallSnapshot(long version, Instant asOf, long lastSeq, long events, long duplicates, long incidents,
                           Map<String, UnitKpis> units, Trend trend, Map<String, Trend> hourlyTrends,
                           List<RecentEvent> recent, List<OverdueIncident> overdue,
                           List<OverdueIncident> newlyOverdue, List<Hotspot> hotspots,
                           LiveMarkers markers, long unknownGridEvents, long outsideEvents,
                           long unknownGridIncidents, long outsideIncidents) {
    /** The code of the whole area in {@link #units()} and {@link #hourlyTrends()}. */
    public static final String ROOT = "*";

    public UnitKpis root() {
        return units.get(ROOT);
    }

    /** KPIs of one unit, or null for a code the store does not know. */
    public UnitKpis unit(String code) {
        return units.get(code);
    }
}
