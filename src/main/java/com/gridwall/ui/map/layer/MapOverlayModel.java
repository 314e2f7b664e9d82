package com.gridwall.ui.map.layer;

import com.gridwall.store.snapshot.LiveMarkers;
import com.gridwall.store.snapshot.UnitKpis;
import com.gridwall.store.snapshot.WallSnapshot;

/**
 * What the map's data layers show at one moment: a value per unit code for each choropleth metric,
 * and the live incident markers as parallel primitive arrays (longitude, latitude, severity 1..4,
 * report time in epoch ms, {@code count} entries used). Immutable: the arrays are never written after
 * construction (those from a {@link WallSnapshot} are the store's own, read-only by contract), so the
 * model is safe to hand to the render thread. Building one from a snapshot is O(1): values are read
 * lazily, on the render thread, from the snapshot's immutable unit KPIs.
 *
 * @param version    increases with each new state (the snapshot version); layers repaint when it changes
 * @param asOfMillis the time the model describes (store clock), used to age markers
 */
public record MapOverlayModel(long version, long asOfMillis, UnitMetricSource metrics, double[] lon, double[] lat,
                              byte[] severity, long[] reportedAt, int count) {
    public static final MapOverlayModel EMPTY = new MapOverlayModel(-1, 0, UnitMetricSource.NONE, new double[0],
            new double[0], new byte[0], new long[0], 0);

    public MapOverlayModel {
        if (count < 0 || count > lon.length || count > lat.length || count > severity.length || count > reportedAt.length) {
            throw new IllegalArgumentException("marker arrays shorter than count " + count);
        }
    }

    /** The model of a store snapshot: its unit KPIs and live markers, shared, not copied. */
    public static MapOverlayModel of(WallSnapshot s) {
        LiveMarkers m = s.markers();
        return new MapOverlayModel(s.version(), s.asOf().toEpochMilli(), (code, metric) -> valueOf(s.unit(code), metric),
                m.lonArray(), m.latArray(), m.severityArray(), m.reportedAtArray(), m.size());
    }

    private static double valueOf(UnitKpis u, ChoroplethMetric metric) {
        if (u == null) {
            return Double.NaN;
        }
        return switch (metric) {
            case OPEN -> u.open();
            case OVERDUE -> u.overdue();
            case DENSITY -> u.today().received();
            case COMPLETION -> u.today().completionRate().orElse(Double.NaN);
        };
    }
}
