package com.gridwall.ui.map;

import com.gridwall.geo.projection.WebMercator;

/**
 * geo's Web Mercator (EPSG:3857, metres) with y pointing down (south) so world and screen axes agree
 * and the view transform is a plain scale + offset. Stateless, thread-safe.
 */
public final class Mercator {
    private Mercator() {
    }

    public static double x(double lon) {
        return WebMercator.x(lon);
    }

    /** Screen-oriented y: north is smaller. */
    public static double y(double lat) {
        return -WebMercator.y(lat);
    }
}
