package com.gridwall.ui.map;

import javafx.scene.canvas.GraphicsContext;

/**
 * Appends unit rings to the GraphicsContext's current path, in canvas coordinates, skipping units
 * outside the canvas and vertices closer than a fraction of a pixel to the previous one, so tens of
 * thousands of grids become one path and one fill/stroke call. Stateless.
 */
final class PolygonPaths {
    /** Vertices closer than this (device pixels) to the last drawn one are dropped. */
    private static final double MIN_STEP = 0.75;

    /** Which units to include. */
    interface UnitFilter {
        boolean test(int unit);
    }

    private PolygonPaths() {
    }

    static final UnitFilter ALL = i -> true;

    /** Adds the rings of every unit passing {@code filter} (and visible) to the current path; returns how many units. */
    static int append(GraphicsContext g, ProjectedUnits u, MapFrame f, UnitFilter filter) {
        int count = 0;
        for (int k = 0; k < u.size(); k++) {
            if (filter.test(k) && f.visible(u.minX[k], u.minY[k], u.maxX[k], u.maxY[k])) {
                appendUnit(g, u, k, f);
                count++;
            }
        }
        return count;
    }

    static void appendUnit(GraphicsContext g, ProjectedUnits u, int k, MapFrame f) {
        double s = f.scale();
        double ox = f.offsetX();
        double oy = f.offsetY();
        double w = (u.maxX[k] - u.minX[k]) * s;
        double h = (u.maxY[k] - u.minY[k]) * s;
        if (w < 1.5 && h < 1.5) {
            // smaller than a couple of pixels: a rectangle looks the same and costs four vertices
            double x0 = u.minX[k] * s + ox;
            double y0 = u.minY[k] * s + oy;
            g.moveTo(x0, y0);
            g.lineTo(x0 + Math.max(w, 0.5), y0);
            g.lineTo(x0 + Math.max(w, 0.5), y0 + Math.max(h, 0.5));
            g.lineTo(x0, y0 + Math.max(h, 0.5));
            g.closePath();
            return;
        }
        for (int r = u.unitRingStart[k]; r < u.unitRingStart[k + 1]; r++) {
            int from = u.ringStart[r];
            int to = u.ringStart[r + 1];
            double lx = u.x[from] * s + ox;
            double ly = u.y[from] * s + oy;
            g.moveTo(lx, ly);
            for (int i = from + 1; i < to; i++) {
                double px = u.x[i] * s + ox;
                double py = u.y[i] * s + oy;
                if (Math.abs(px - lx) + Math.abs(py - ly) >= MIN_STEP || i == to - 1) {
                    g.lineTo(px, py);
                    lx = px;
                    ly = py;
                }
            }
            g.closePath();
        }
    }
}
