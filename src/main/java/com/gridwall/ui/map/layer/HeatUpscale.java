package com.gridwall.ui.map.layer;

import com.gridwall.ui.map.PaintYield;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;

/**
 * Scales the heat cells up, bilinear, into premultiplied pixels, only inside the given cell rectangles.
 *
 * <p>Why not {@code drawImage} with bilinear interpolation: Java2D's general transform loop costs tens of
 * nanoseconds per destination pixel, and at 4K with a margin that was a fifth of a data repaint's CPU
 * (taken from the FX pulses on a two-core wall PC). Here the cells are premultiplied once, each
 * destination row interpolates two cell rows once, and each pixel is two fixed-point blends per channel;
 * a pixel whose four cells are all transparent is skipped. The result goes onto the map with Java2D's
 * plain (untransformed) source-over blit.
 *
 * <p>Sampling: destination pixel x samples the cells at {@code (x + 0.5) / s - 0.5} with
 * {@code s = width / cells}, clamped at the edges, as a bilinear scale of the cell image does.
 * Not thread-safe (keeps a scratch image); each layer paints on one thread.
 */
final class HeatUpscale {
    /** Destination rows scaled between two yield points. */
    private static final int ROWS_PER_STEP = 64;
    private BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB_PRE);

    /**
     * Draws {@code cells} ({@code gw}x{@code gh}, non-premultiplied ARGB) scaled to {@code dw}x{@code dh}
     * at the graphics' origin, clipped to {@code runs} ({x0, y0, x1, y1} in cells).
     */
    void draw(Graphics2D g, int[] cells, int gw, int gh, int dw, int dh, List<int[]> runs) {
        int n = gw * gh;
        int[] pre = new int[n];
        for (int i = 0; i < n; i++) {
            pre[i] = premultiply(cells[i]);
        }
        double sx = dw / (double) gw;
        double sy = dh / (double) gh;
        for (int[] r : runs) {
            // the same rounding on both sides: runs that share a cell edge share no pixel (none drawn twice)
            int x0 = Math.max(0, (int) Math.round(r[0] * sx));
            int y0 = Math.max(0, (int) Math.round(r[1] * sy));
            int x1 = Math.min(dw, (int) Math.round(r[2] * sx));
            int y1 = Math.min(dh, (int) Math.round(r[3] * sy));
            if (x1 <= x0 || y1 <= y0) {
                continue;
            }
            int w = x1 - x0;
            int h = y1 - y0;
            if (scratch.getWidth() < w || scratch.getHeight() < h) {
                scratch = new BufferedImage(Math.max(w, scratch.getWidth()), Math.max(h, scratch.getHeight()),
                        BufferedImage.TYPE_INT_ARGB_PRE);
            }
            int[] out = ((DataBufferInt) scratch.getRaster().getDataBuffer()).getData();
            PaintYield.point();
            fill(out, scratch.getWidth(), pre, gw, gh, sx, sy, x0, y0, x1, y1);
            g.drawImage(scratch.getSubimage(0, 0, w, h), x0, y0, null);
        }
    }

    /** Writes the scaled pixels of destination rectangle [x0, x1) x [y0, y1) into {@code out}, row y0 first, {@code stride} per row. */
    private static void fill(int[] out, int stride, int[] pre, int gw, int gh, double sx, double sy, int x0, int y0, int x1, int y1) {
        int w = x1 - x0;
        int[] left = new int[w];
        int[] weight = new int[w];
        for (int x = x0; x < x1; x++) {
            double u = (x + 0.5) / sx - 0.5;
            int i = (int) Math.floor(u);
            left[x - x0] = i;
            weight[x - x0] = (int) Math.round((u - i) * 256);
        }
        int c0 = Math.max(0, left[0]);
        int c1 = Math.min(gw - 1, left[w - 1] + 1);
        int span = c1 - c0 + 1;
        int[] ca = new int[span];
        int[] cr = new int[span];
        int[] cg = new int[span];
        int[] cb = new int[span];
        for (int y = y0; y < y1; y++) {
            if ((y - y0) % ROWS_PER_STEP == ROWS_PER_STEP - 1) {
                PaintYield.point();
            }
            double v = (y + 0.5) / sy - 0.5;
            int j = (int) Math.floor(v);
            int wy = (int) Math.round((v - j) * 256);
            int ra = clamp(j, gh) * gw;
            int rb = clamp(j + 1, gh) * gw;
            boolean any = false;
            for (int c = c0; c <= c1; c++) {
                int p = pre[ra + c];
                int q = pre[rb + c];
                int k = c - c0;
                ca[k] = (p >>> 24) * (256 - wy) + (q >>> 24) * wy;
                cr[k] = (p >> 16 & 0xff) * (256 - wy) + (q >> 16 & 0xff) * wy;
                cg[k] = (p >> 8 & 0xff) * (256 - wy) + (q >> 8 & 0xff) * wy;
                cb[k] = (p & 0xff) * (256 - wy) + (q & 0xff) * wy;
                any |= ca[k] != 0;
            }
            int row = (y - y0) * stride;
            if (!any) {
                java.util.Arrays.fill(out, row, row + w, 0);
                continue;
            }
            for (int x = 0; x < w; x++) {
                int a = clamp(left[x], gw) - c0;
                int b = clamp(left[x] + 1, gw) - c0;
                int wx = weight[x];
                int alpha = (ca[a] * (256 - wx) + ca[b] * wx + 32768) >>> 16;
                if (alpha == 0) {
                    out[row + x] = 0;
                    continue;
                }
                int red = Math.min(alpha, (cr[a] * (256 - wx) + cr[b] * wx + 32768) >>> 16);
                int green = Math.min(alpha, (cg[a] * (256 - wx) + cg[b] * wx + 32768) >>> 16);
                int blue = Math.min(alpha, (cb[a] * (256 - wx) + cb[b] * wx + 32768) >>> 16);
                out[row + x] = alpha << 24 | red << 16 | green << 8 | blue;
            }
        }
    }

    private static int clamp(int i, int n) {
        return i < 0 ? 0 : i >= n ? n - 1 : i;
    }

    private static int premultiply(int argb) {
        int a = argb >>> 24;
        if (a == 0) {
            return 0;
        }
        if (a == 255) {
            return argb;
        }
        int r = ((argb >> 16 & 0xff) * a + 127) / 255;
        int g = ((argb >> 8 & 0xff) * a + 127) / 255;
        int b = ((argb & 0xff) * a + 127) / 255;
        return a << 24 | r << 16 | g << 8 | b;
    }
}
