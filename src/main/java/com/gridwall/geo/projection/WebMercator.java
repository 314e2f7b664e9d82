package com.gridwall.geo.projection;

/**
 * Spherical ("pseudo") Mercator, EPSG:3857: lon/lat degrees on WGS84 to metres, as web maps draw
 * them. Plain arithmetic, no CRS machinery, because the map view projects every vertex on
 * every repaint. Latitudes are clamped to ±{@link #MAX_LAT}, where the projection is square.
 * Stateless and thread-safe.
 */
public final class WebMercator {
    /** The sphere's radius: WGS84's semi-major axis. */
    public static final double R = 6_378_137.0;
    /** Latitude at which the projected world is a square (y = ±πR). */
    public static final double MAX_LAT = 85.05112877980659;

    private WebMercator() {
    }

    public static double x(double lonDeg) {
        return R * Math.toRadians(lonDeg);
    }

    public static double y(double latDeg) {
        double lat = Math.toRadians(Math.max(-MAX_LAT, Math.min(MAX_LAT, latDeg)));
        return R * Math.log(Math.tan(Math.PI / 4 + lat / 2));
    }

    public static double lon(double x) {
        return Math.toDegrees(x / R);
    }

    public static double lat(double y) {
        return Math.toDegrees(2 * Math.atan(Math.exp(y / R)) - Math.PI / 2);
    }

    /** Ground metres per projected metre at a latitude (the Mercator scale factor is 1/cos φ). */
    public static double groundScale(double latDeg) {
        return Math.cos(Math.toRadians(latDeg));
    }
}
