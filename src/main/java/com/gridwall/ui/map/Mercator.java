package com.gridwall.ui.map;

/**
 * Spherical Web Mercator (EPSG:3857) in metres, with y pointing down (south) so world and screen
 * axes agree and the view transform is a plain scale + offset. Stateless, thread-safe.
 */
final class Mercator {
    static final double RADIUS = 6378137.0;
    private static final double MAX_LAT = 85.05112878;

    private Mercator() {
    }

    static double x(double lon) {
        return Math.toRadians(lon) * RADIUS;
    }

    /** Screen-oriented y: north is smaller. */
    static double y(double lat) {
        double clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
        return -Math.log(Math.tan(Math.PI / 4 + Math.toRadians(clamped) / 2)) * RADIUS;
    }
}
