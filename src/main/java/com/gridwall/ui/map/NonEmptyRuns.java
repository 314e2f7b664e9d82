package com.gridwall.ui.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a mostly transparent ARGB raster holds anything: the horizontal runs of square tiles with a
 * non-zero pixel, so a picture can be drawn (or a scaled draw clipped) where it can change something
 * and skipped elsewhere. Stateless and thread-safe.
 */
public final class NonEmptyRuns {
    private NonEmptyRuns() {
    }

    /**
     * Runs of {@code tile}-pixel tiles of the {@code w}x{@code h} raster {@code px}, as {x0, y0, x1, y1}
     * (end exclusive), whose pixels, or those within {@code halo} pixels around them, are not all zero.
     */
    public static List<int[]> of(int[] px, int w, int h, int tile, int halo) {
        List<int[]> runs = new ArrayList<>();
        for (int ty = 0; ty < h; ty += tile) {
            int y1 = Math.min(h, ty + tile);
            int start = -1;
            for (int tx = 0; tx < w; tx += tile) {
                int x1 = Math.min(w, tx + tile);
                boolean used = anyNonZero(px, w, h, tx - halo, ty - halo, x1 + halo, y1 + halo);
                if (used && start < 0) {
                    start = tx;
                } else if (!used && start >= 0) {
                    runs.add(new int[] {start, ty, tx, y1});
                    start = -1;
                }
            }
            if (start >= 0) {
                runs.add(new int[] {start, ty, w, y1});
            }
        }
        return runs;
    }

    private static boolean anyNonZero(int[] px, int w, int h, int x0, int y0, int x1, int y1) {
        int xa = Math.max(0, x0);
        int xb = Math.min(w, x1);
        for (int y = Math.max(0, y0); y < Math.min(h, y1); y++) {
            int row = y * w;
            for (int x = xa; x < xb; x++) {
                if (px[row + x] != 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
