package com.gridwall.store.snapshot;

/**
 * Open incidents with a position, most recently opened first, as primitive arrays for drawing
 * without a Node per point. The arrays are owned by this snapshot: callers must not modify them.
 */
public final class LiveMarkers {
    public static final LiveMarkers EMPTY = new LiveMarkers(new double[0], new double[0], new byte[0], new long[0]);

    private final double[] lon;
    private final double[] lat;
    private final byte[] severity;
    private final long[] reportedAt;

    public LiveMarkers(double[] lon, double[] lat, byte[] severity, long[] reportedAt) {
        if (lon.length != lat.length || lon.length != severity.length || lon.length != reportedAt.length) {
            throw new IllegalArgumentException("marker arrays differ in length");
        }
        this.lon = lon;
        this.lat = lat;
        this.severity = severity;
        this.reportedAt = reportedAt;
    }

    public int size() {
        return lon.length;
    }

    public double lon(int i) {
        return lon[i];
    }

    public double lat(int i) {
        return lat[i];
    }

    public int severity(int i) {
        return severity[i];
    }

    public long reportedAt(int i) {
        return reportedAt[i];
    }

    /** Direct read-only views for bulk drawing; do not modify. */
    public double[] lonArray() {
        return lon;
    }

    public double[] latArray() {
        return lat;
    }

    public byte[] severityArray() {
        return severity;
    }

    public long[] reportedAtArray() {
        return reportedAt;
    }
}
