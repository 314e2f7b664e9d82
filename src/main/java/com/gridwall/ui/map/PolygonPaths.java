package com.gridwall.ui.map;

import java.awt.geom.Path2D;

/**
 * Builds one Java2D path from many units' rings, in image coordinates, skipping units outside the image
 * and vertices closer than a fraction of a pixel to the previous one, so tens of thousands of grids
 * become one path and one fill/stroke call. Stateless.
 */
public final class PolygonPaths {
    /** Vertices closer than this (device pixels) to the last drawn one are dropped. */
    private static final double MIN_STEP = 0.75;

    /** Which units to include. */
    public interface UnitFilter {
        boolean test(int unit);
    }

    public static final UnitFilter ALL = i -> true;

    private PolygonPaths() {
    }

    public static Path2D.Double of(ProjectedUnits u, MapFrame f, UnitFilter filter) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD, Math.max(16, u.x.length / 2));
        for (int k = 0; k < u.size(); k++) {
            if (filter.test(k) && f.visible(u.minX[k], u.minY[k], u.maxX[k], u.maxY[k])) {
                append(path, u, k, f);
            }
        }
        return path;
    }

    static void append(Path2D.Double path, ProjectedUnits u, int k, MapFrame f) {
        double s = f.scale();
        double ox = f.offsetX();
        double oy = f.offsetY();
        double w = (u.maxX[k] - u.minX[k]) * s;
        double h = (u.maxY[k] - u.minY[k]) * s;
        if (w < 1.5 && h < 1.5) {
            // smaller than a couple of pixels: a rectangle looks the same and costs four vertices
            double x0 = u.minX[k] * s + ox;
            double y0 = u.minY[k] * s + oy;
            double x1 = x0 + Math.max(w, 0.5);
            double y1 = y0 + Math.max(h, 0.5);
            path.moveTo(x0, y0);
            path.lineTo(x1, y0);
            path.lineTo(x1, y1);
            path.lineTo(x0, y1);
            path.closePath();
            return;
        }
        for (int r = u.unitRingStart[k]; r < u.unitRingStart[k + 1]; r++) {
            int from = u.ringStart[r];
            int to = u.ringStart[r + 1];
            double lx = u.x[from] * s + ox;
            double ly = u.y[from] * s + oy;
            path.moveTo(lx, ly);
            for (int i = from + 1; i < to; i++) {
                double px = u.x[i] * s + ox;
                double py = u.y[i] * s + oy;
                if (Math.abs(px - lx) + Math.abs(py - ly) >= MIN_STEP || i == to - 1) {
                    path.lineTo(px, py);
                    lx = px;
                    ly = py;
                }
            }
            path.closePath();
        }
    }
}
