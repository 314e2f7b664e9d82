package com.gridwall.ui.map;

import com.gridwall.geo.MapUnit;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The polygons of a set of units projected once to Web Mercator and flattened into primitive arrays,
 * so painting and hit testing never touch JTS objects or allocate per frame: all vertices of all
 * rings in {@link #x}/{@link #y}, ring boundaries in {@link #ringStart}, each unit's rings in
 * {@link #unitRingStart}, plus a bounding box, a label anchor (a point inside the unit) and an area
 * per unit. Immutable after construction; safe to share across threads.
 */
public final class ProjectedUnits {
    final MapUnit[] units;
    final double[] x;
    final double[] y;
    final int[] ringStart;
    final int[] unitRingStart;
    final double[] minX;
    final double[] minY;
    final double[] maxX;
    final double[] maxY;
    final double[] labelX;
    final double[] labelY;
    final double[] area;
    /**
     * Upper quartile of sqrt(area): the size of the larger units of this level in world metres. Drives
     * the level of detail, so a level appears once its bigger (rural) units are legible, while the small
     * urban ones simply go unlabelled until zoomed further.
     */
    final double typicalSize;

    ProjectedUnits(List<MapUnit> list) {
        units = list.toArray(new MapUnit[0]);
        int n = units.length;
        int vertices = 0;
        int rings = 0;
        for (MapUnit u : units) {
            Geometry g = u.geometry();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry part = g.getGeometryN(i);
                if (part instanceof Polygon p) {
                    rings += 1 + p.getNumInteriorRing();
                    vertices += p.getNumPoints();
                }
            }
        }
        x = new double[vertices];
        y = new double[vertices];
        ringStart = new int[rings + 1];
        unitRingStart = new int[n + 1];
        minX = new double[n];
        minY = new double[n];
        maxX = new double[n];
        maxY = new double[n];
        labelX = new double[n];
        labelY = new double[n];
        area = new double[n];
        int v = 0;
        int r = 0;
        double[] sizes = new double[n];
        for (int k = 0; k < n; k++) {
            unitRingStart[k] = r;
            minX[k] = Double.POSITIVE_INFINITY;
            minY[k] = Double.POSITIVE_INFINITY;
            maxX[k] = Double.NEGATIVE_INFINITY;
            maxY[k] = Double.NEGATIVE_INFINITY;
            Geometry g = units[k].geometry();
            double a = 0;
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (!(g.getGeometryN(i) instanceof Polygon p)) {
                    continue;
                }
                for (int ring = -1; ring < p.getNumInteriorRing(); ring++) {
                    LineString ls = ring < 0 ? p.getExteriorRing() : p.getInteriorRingN(ring);
                    ringStart[r++] = v;
                    int start = v;
                    for (Coordinate c : ls.getCoordinates()) {
                        double px = Mercator.x(c.x);
                        double py = Mercator.y(c.y);
                        x[v] = px;
                        y[v] = py;
                        minX[k] = Math.min(minX[k], px);
                        minY[k] = Math.min(minY[k], py);
                        maxX[k] = Math.max(maxX[k], px);
                        maxY[k] = Math.max(maxY[k], py);
                        v++;
                    }
                    double ringArea = Math.abs(shoelace(start, v));
                    a += ring < 0 ? ringArea : -ringArea;
                }
            }
            area[k] = Math.max(a, 0);
            sizes[k] = Math.sqrt(area[k]);
            Point inside = g.isEmpty() ? null : g.getInteriorPoint();
            labelX[k] = inside == null ? (minX[k] + maxX[k]) / 2 : Mercator.x(inside.getX());
            labelY[k] = inside == null ? (minY[k] + maxY[k]) / 2 : Mercator.y(inside.getY());
        }
        unitRingStart[n] = r;
        ringStart[rings] = v;
        Arrays.sort(sizes);
        typicalSize = n == 0 ? 0 : sizes[Math.min(n - 1, n * 3 / 4)];
    }

    private double shoelace(int from, int to) {
        double s = 0;
        for (int i = from; i < to - 1; i++) {
            s += x[i] * y[i + 1] - x[i + 1] * y[i];
        }
        return s / 2;
    }

    public int size() {
        return units.length;
    }

    public MapUnit unit(int i) {
        return units[i];
    }

    /** The pixels of {@code f}'s image that unit {@code k}'s outline can touch, grown by {@code margin} pixels. */
    public java.awt.Rectangle imageBounds(int k, MapFrame f, int margin) {
        double xa = f.toImageX(minX[k]);
        double xb = f.toImageX(maxX[k]);
        double ya = f.toImageY(minY[k]);
        double yb = f.toImageY(maxY[k]);
        int x0 = (int) Math.floor(Math.min(xa, xb)) - margin;
        int y0 = (int) Math.floor(Math.min(ya, yb)) - margin;
        int x1 = (int) Math.ceil(Math.max(xa, xb)) + margin;
        int y1 = (int) Math.ceil(Math.max(ya, yb)) + margin;
        return new java.awt.Rectangle(x0, y0, x1 - x0, y1 - y0);
    }

    int indexOf(MapUnit u) {
        for (int i = 0; i < units.length; i++) {
            if (units[i] == u || units[i].code().equals(u.code())) {
                return i;
            }
        }
        return -1;
    }

    /** Even-odd point-in-polygon over all rings of unit {@code k}, in world coordinates. */
    boolean contains(int k, double px, double py) {
        if (px < minX[k] || px > maxX[k] || py < minY[k] || py > maxY[k]) {
            return false;
        }
        boolean inside = false;
        for (int r = unitRingStart[k]; r < unitRingStart[k + 1]; r++) {
            int from = ringStart[r];
            int to = ringStart[r + 1];
            for (int i = from, j = to - 1; i < to; j = i++) {
                if ((y[i] > py) != (y[j] > py) && px < (x[j] - x[i]) * (py - y[i]) / (y[j] - y[i]) + x[i]) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }
}
