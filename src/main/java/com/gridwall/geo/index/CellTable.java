package com.gridwall.geo.index;

import com.gridwall.geo.MapUnit;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A raster over the grids' envelope. A cell that no grid edge touches is "pure": no boundary
 * passes through it, so every grid either covers all of it or none of it, and one precomputed
 * answer holds for every point in it. Cells touched by an edge are MIXED and need the exact test.
 * Edges are rasterized conservatively (each column's span widened by a margin far above rounding
 * error), so a point on or next to an edge always lands in a MIXED cell.
 * Immutable after {@link #build}; thread-safe.
 */
final class CellTable {
    static final int MIXED = -2;
    static final int NONE = -1;
    /**
     * Raster size: about this many cells per grid, but at least MIN_CELLS and at most MAX_CELLS
     * (4 bytes a cell: 4 MB to 16 MB). Finer means more pure cells: ~95% at 613 grids,
     * ~80% at 40,000 grids, where the cap binds.
     */
    private static final int CELLS_PER_GRID = 256;
    private static final int MIN_CELLS = 1 << 20;
    private static final int MAX_CELLS = 1 << 22;

    /** The exact answer at a point: lowest covering rank or -1. */
    interface ExactRank {
        int at(double x, double y);
    }

    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private final double invW;
    private final double invH;
    private final int cols;
    private final int rows;
    private final int[] answers;

    private CellTable(Envelope env, int cols, int rows) {
        this.minX = env.getMinX();
        this.minY = env.getMinY();
        this.maxX = env.getMaxX();
        this.maxY = env.getMaxY();
        this.cols = cols;
        this.rows = rows;
        this.invW = cols / Math.max(env.getWidth(), Double.MIN_NORMAL);
        this.invH = rows / Math.max(env.getHeight(), Double.MIN_NORMAL);
        this.answers = new int[cols * rows];
    }

    static CellTable build(List<MapUnit> gridsByRank, ExactRank exact) {
        Envelope env = new Envelope();
        gridsByRank.forEach(g -> env.expandToInclude(g.geometry().getEnvelopeInternal()));
        if (env.isNull()) {
            return new CellTable(new Envelope(0, 0, 0, 0), 1, 1).fillAll(NONE);
        }
        long target = Math.min(MAX_CELLS, Math.max(MIN_CELLS, (long) gridsByRank.size() * CELLS_PER_GRID));
        double aspect = env.getHeight() <= 0 || env.getWidth() <= 0 ? 1 : env.getWidth() / env.getHeight();
        int cols = (int) Math.max(1, Math.min(target, Math.round(Math.sqrt(target * aspect))));
        int rows = (int) Math.max(1, Math.min(target / cols, Math.round((double) target / cols)));
        CellTable t = new CellTable(env, cols, rows);
        for (MapUnit g : gridsByRank) {
            t.markEdges(g.geometry());
        }
        double w = env.getWidth() / cols;
        double h = env.getHeight() / rows;
        for (int r = 0; r < rows; r++) {
            int run = MIXED;
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                if (t.answers[i] == MIXED) {
                    run = MIXED;
                } else {
                    // neighbouring pure cells share a border that no edge touches: same answer
                    if (run == MIXED) {
                        run = exact.at(t.minX + (c + 0.5) * w, t.minY + (r + 0.5) * h);
                    }
                    t.answers[i] = run;
                }
            }
        }
        return t;
    }

    /** A one-cell table that sends every point in the envelope to the exact path. */
    static CellTable allMixed(List<MapUnit> grids) {
        Envelope env = new Envelope();
        grids.forEach(g -> env.expandToInclude(g.geometry().getEnvelopeInternal()));
        return env.isNull() ? new CellTable(new Envelope(0, 0, 0, 0), 1, 1).fillAll(NONE)
                : new CellTable(env, 1, 1).fillAll(MIXED);
    }

    private CellTable fillAll(int v) {
        Arrays.fill(answers, v);
        return this;
    }

    /** The precomputed answer, {@link #NONE} outside the envelope, or {@link #MIXED}. */
    int answer(double x, double y) {
        // written so that NaN fails every comparison and lands outside
        if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) {
            return NONE;
        }
        return answers[row(y) * cols + col(x)];
    }

    double pureShare() {
        long pure = Arrays.stream(answers).filter(a -> a != MIXED).count();
        return (double) pure / answers.length;
    }

    private int col(double x) {
        return Math.min(cols - 1, Math.max(0, (int) ((x - minX) * invW)));
    }

    private int row(double y) {
        return Math.min(rows - 1, Math.max(0, (int) ((y - minY) * invH)));
    }

    private void markEdges(Geometry g) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            markRing(p.getExteriorRing());
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                markRing(p.getInteriorRingN(h));
            }
        }
    }

    private void markRing(LineString ring) {
        Coordinate[] c = ring.getCoordinates();
        for (int i = 1; i < c.length; i++) {
            markSegment(c[i - 1].x, c[i - 1].y, c[i].x, c[i].y);
        }
    }

    /**
     * Marks every cell the segment may touch. Per column, the segment's y-span over the column
     * (widened by a margin) gives the rows; the margin is a millionth of a cell, a billion times
     * the rounding error of the cell arithmetic, so no touched cell can be missed.
     */
    private void markSegment(double x0, double y0, double x1, double y1) {
        double w = 1 / invW;
        double h = 1 / invH;
        double mx = w * 1e-6;
        double my = h * 1e-6;
        if (x0 > x1) {
            double tx = x0;
            x0 = x1;
            x1 = tx;
            double ty = y0;
            y0 = y1;
            y1 = ty;
        }
        int c0 = col(x0 - mx);
        int c1 = col(x1 + mx);
        for (int c = c0; c <= c1; c++) {
            double sx0 = Math.max(x0, minX + c * w - mx);
            double sx1 = Math.min(x1, minX + (c + 1) * w + mx);
            double ya;
            double yb;
            if (x1 == x0) {
                ya = y0;
                yb = y1;
            } else {
                double slope = (y1 - y0) / (x1 - x0);
                ya = y0 + (sx0 - x0) * slope;
                yb = y0 + (sx1 - x0) * slope;
            }
            int r0 = row(Math.min(ya, yb) - my);
            int r1 = row(Math.max(ya, yb) + my);
            for (int r = r0; r <= r1; r++) {
                answers[r * cols + c] = MIXED;
            }
        }
    }
}
