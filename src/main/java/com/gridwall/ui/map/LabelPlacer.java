package com.gridwall.ui.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy screen-space label placement: candidates are offered biggest unit first and a label is kept
 * only if its box (plus padding) overlaps no label kept before, so labels never overlap and the
 * most important ones win. Buckets the kept boxes on a coarse grid so each test is near-constant.
 * Not thread-safe; use one per paint.
 */
final class LabelPlacer {
    private final double pad;
    private final double cell;
    private final int cols;
    private final int rows;
    private final List<List<double[]>> buckets;

    LabelPlacer(double width, double height, double pad) {
        this.pad = pad;
        this.cell = Math.max(64, Math.min(width, height) / 8);
        this.cols = (int) Math.ceil(width / cell) + 1;
        this.rows = (int) Math.ceil(height / cell) + 1;
        this.buckets = new ArrayList<>(cols * rows);
        for (int i = 0; i < cols * rows; i++) {
            buckets.add(new ArrayList<>(2));
        }
    }

    /** Tries to place a box centred at (cx, cy); returns true and reserves it if it collides with nothing. */
    boolean tryPlace(double cx, double cy, double w, double h) {
        double x0 = cx - w / 2 - pad;
        double y0 = cy - h / 2 - pad;
        double x1 = cx + w / 2 + pad;
        double y1 = cy + h / 2 + pad;
        if (collides(x0, y0, x1, y1)) {
            return false;
        }
        add(x0, y0, x1, y1);
        return true;
    }

    /**
     * Keeps labels out of the box with corner (x0, y0) and size (w, h), whatever is placed already: an
     * overlay's area is reserved even where it overlaps another overlay (as the alert banner does the
     * area name), or labels would be drawn under it.
     */
    void reserve(double x0, double y0, double w, double h) {
        add(x0 - pad, y0 - pad, x0 + w + pad, y0 + h + pad);
    }

    private boolean collides(double x0, double y0, double x1, double y1) {
        int c0 = clampCol(x0);
        int c1 = clampCol(x1);
        int r0 = clampRow(y0);
        int r1 = clampRow(y1);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                for (double[] b : buckets.get(r * cols + c)) {
                    if (x0 < b[2] && b[0] < x1 && y0 < b[3] && b[1] < y1) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void add(double x0, double y0, double x1, double y1) {
        int c0 = clampCol(x0);
        int c1 = clampCol(x1);
        int r0 = clampRow(y0);
        int r1 = clampRow(y1);
        double[] box = {x0, y0, x1, y1};
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                buckets.get(r * cols + c).add(box);
            }
        }
    }

    private int clampCol(double x) {
        return Math.max(0, Math.min(cols - 1, (int) Math.floor(x / cell)));
    }

    private int clampRow(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor(y / cell)));
    }
}
