package com.gridwall.ui.map.layer;

/**
 * Kernel density of points on a small float grid: each point adds its weight to the cell it falls in
 * (bilinear, so it moves smoothly), then three passes of a separable box blur approximate a Gaussian
 * kernel of about {@code radius} cells. Work is O(points + cells), independent of the image size.
 * Not thread-safe; one instance per paint.
 */
public final class HeatGrid {
    private final int width;
    private final int height;
    private final float[] cells;

    public HeatGrid(int width, int height) {
        this.width = width;
        this.height = height;
        this.cells = new float[width * height];
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public float at(int x, int y) {
        return cells[y * width + x];
    }

    /** Adds {@code w} at the fractional cell position (gx, gy); points outside are ignored. */
    public void add(double gx, double gy, float w) {
        int x0 = (int) Math.floor(gx - 0.5);
        int y0 = (int) Math.floor(gy - 0.5);
        float fx = (float) (gx - 0.5 - x0);
        float fy = (float) (gy - 0.5 - y0);
        put(x0, y0, w * (1 - fx) * (1 - fy));
        put(x0 + 1, y0, w * fx * (1 - fy));
        put(x0, y0 + 1, w * (1 - fx) * fy);
        put(x0 + 1, y0 + 1, w * fx * fy);
    }

    private void put(int x, int y, float w) {
        if (x >= 0 && y >= 0 && x < width && y < height) {
            cells[y * width + x] += w;
        }
    }

    /** Three box-blur passes of radius r in each direction (≈ Gaussian, sigma ≈ r). */
    public void blur(int r) {
        if (r <= 0) {
            return;
        }
        float[] tmp = new float[Math.max(width, height)];
        for (int pass = 0; pass < 3; pass++) {
            for (int y = 0; y < height; y++) {
                boxLine(cells, y * width, 1, width, r, tmp);
            }
            for (int x = 0; x < width; x++) {
                boxLine(cells, x, width, height, r, tmp);
            }
        }
    }

    private static void boxLine(float[] a, int start, int stride, int n, int r, float[] tmp) {
        float sum = 0;
        float norm = 1f / (2 * r + 1);
        for (int i = -r; i <= r; i++) {
            sum += i >= 0 && i < n ? a[start + i * stride] : 0;
        }
        for (int i = 0; i < n; i++) {
            tmp[i] = sum * norm;
            int out = i - r;
            int in = i + r + 1;
            sum += (in < n ? a[start + in * stride] : 0) - (out >= 0 ? a[start + out * stride] : 0);
        }
        for (int i = 0; i < n; i++) {
            a[start + i * stride] = tmp[i];
        }
    }

    /** The largest cell value. */
    public float max() {
        float m = 0;
        for (float c : cells) {
            m = Math.max(m, c);
        }
        return m;
    }
}
