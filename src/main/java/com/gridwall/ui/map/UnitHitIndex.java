package com.gridwall.ui.map;

import java.util.Arrays;

/**
 * A uniform grid of buckets over the units' bounding boxes, so that finding the unit under the
 * pointer costs a bucket lookup and a few point-in-polygon tests even with 40,000 grids.
 * Immutable after construction.
 */
final class UnitHitIndex {
    private final ProjectedUnits units;
    private final double x0;
    private final double y0;
    private final double cell;
    private final int cols;
    private final int rows;
    private final int[] bucketStart;
    private final int[] entries;

    UnitHitIndex(ProjectedUnits units) {
        this.units = units;
        int n = units.size();
        double ax = Double.POSITIVE_INFINITY;
        double ay = Double.POSITIVE_INFINITY;
        double bx = Double.NEGATIVE_INFINITY;
        double by = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            ax = Math.min(ax, units.minX[i]);
            ay = Math.min(ay, units.minY[i]);
            bx = Math.max(bx, units.maxX[i]);
            by = Math.max(by, units.maxY[i]);
        }
        if (n == 0) {
            ax = ay = 0;
            bx = by = 1;
        }
        int side = Math.max(1, (int) Math.ceil(Math.sqrt(n)));
        x0 = ax;
        y0 = ay;
        cell = Math.max(Math.max(bx - ax, by - ay) / side, 1e-9);
        cols = Math.max(1, (int) Math.ceil((bx - ax) / cell));
        rows = Math.max(1, (int) Math.ceil((by - ay) / cell));
        int[] counts = new int[cols * rows + 1];
        for (int i = 0; i < n; i++) {
            forEachCell(i, c -> counts[c]++);
        }
        bucketStart = new int[cols * rows + 1];
        for (int c = 0; c < cols * rows; c++) {
            bucketStart[c + 1] = bucketStart[c] + counts[c];
        }
        entries = new int[bucketStart[cols * rows]];
        int[] fill = Arrays.copyOf(bucketStart, bucketStart.length);
        for (int i = 0; i < n; i++) {
            final int unit = i;
            forEachCell(i, c -> entries[fill[c]++] = unit);
        }
    }

    private interface CellConsumer {
        void accept(int cell);
    }

    private void forEachCell(int i, CellConsumer f) {
        int c0 = col(units.minX[i]);
        int c1 = col(units.maxX[i]);
        int r0 = row(units.minY[i]);
        int r1 = row(units.maxY[i]);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                f.accept(r * cols + c);
            }
        }
    }

    private int col(double x) {
        return Math.max(0, Math.min(cols - 1, (int) ((x - x0) / cell)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) ((y - y0) / cell)));
    }

    /** Index of the unit containing world point (x, y), or -1. */
    int find(double x, double y) {
        if (units.size() == 0) {
            return -1;
        }
        int c = (int) Math.floor((x - x0) / cell);
        int r = (int) Math.floor((y - y0) / cell);
        if (c < 0 || r < 0 || c >= cols || r >= rows) {
            return -1;
        }
        int b = r * cols + c;
        for (int e = bucketStart[b]; e < bucketStart[b + 1]; e++) {
            if (units.contains(entries[e], x, y)) {
                return entries[e];
            }
        }
        return -1;
    }
}
