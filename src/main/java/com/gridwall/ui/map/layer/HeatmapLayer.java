package com.gridwall.ui.map.layer;

import com.gridwall.ui.map.MapColor;
import com.gridwall.ui.map.MapFrame;
import com.gridwall.ui.map.Mercator;
import com.gridwall.ui.map.NonEmptyRuns;
import java.awt.Color;
import java.awt.Graphics2D;

/**
 * Density of the live markers: a {@link HeatGrid} of {@link #CELL_PX} design pixels per cell, blurred,
 * normalised to its maximum, colour-mapped through the ramp {@code -map-heat-1..4} (alpha rising with
 * density; empty cells transparent) into cells that are scaled up, bilinear ({@link HeatUpscale}), over
 * the polygons, only in the blocks that can receive colour. Cost: O(markers + cells), whatever the zoom. Painted on the render thread.
 */
public final class HeatmapLayer extends DataLayer {
    static final MapColor[] RAMP = {MapColor.HEAT_1, MapColor.HEAT_2, MapColor.HEAT_3, MapColor.HEAT_4};
    static final double CELL_PX = 6;
    static final int BLUR_CELLS = 3;
    /** Cells per side of the blocks the scaled draw is clipped to. */
    static final int BLOCK = 8;
    private volatile float lastMax;
    private final HeatUpscale upscale = new HeatUpscale();

    /** The peak density of the newest paint (markers per cell after blurring); 0 if nothing was painted. */
    public float lastPeak() {
        return lastMax;
    }

    @Override
    protected int paint(Graphics2D g, MapFrame f, MapOverlayModel m) {
        double cell = f.px(CELL_PX);
        int gw = (int) Math.ceil(f.width() / cell);
        int gh = (int) Math.ceil(f.height() / cell);
        HeatGrid grid = new HeatGrid(gw, gh);
        int used = 0;
        for (int i = 0; i < m.count(); i++) {
            double x = f.toImageX(Mercator.x(m.lon()[i])) / cell;
            double y = f.toImageY(Mercator.y(m.lat()[i])) / cell;
            if (x >= -BLUR_CELLS * 3 && y >= -BLUR_CELLS * 3 && x < gw + BLUR_CELLS * 3 && y < gh + BLUR_CELLS * 3) {
                grid.add(x, y, 1);
                used++;
            }
        }
        grid.blur(BLUR_CELLS);
        float max = grid.max();
        lastMax = max;
        if (max <= 0) {
            return 0;
        }
        int[] lut = lut(f);
        int[] px = new int[gw * gh];
        // a floor of 1/8 of the peak keeps isolated single incidents from tinting the whole map
        float floor = max / 8f;
        for (int y = 0; y < gh; y++) {
            for (int x = 0; x < gw; x++) {
                float v = grid.at(x, y);
                if (v > floor * 0.25f) {
                    double t = Math.min(1, Math.sqrt(v / max));
                    px[y * gw + x] = lut[(int) Math.round(t * 255)];
                }
            }
        }
        int dw = (int) Math.round(gw * cell);
        int dh = (int) Math.round(gh * cell);
        upscale.draw(g, px, gw, gh, dw, dh, coloredRuns(px, gw, gh));
        return used;
    }

    /**
     * Runs of {@link #BLOCK}-cell blocks, as cell rectangles {x0, y0, x1, y1}, that a bilinear draw can
     * colour: a destination pixel blends the four cells around it, so a block whose cells and neighbours
     * are all transparent stays untouched.
     */
    static java.util.List<int[]> coloredRuns(int[] px, int gw, int gh) {
        return NonEmptyRuns.of(px, gw, gh, BLOCK, 1);
    }

    /** 256 ARGB colours along the heat ramp; alpha grows with t so low densities stay faint. */
    private static int[] lut(MapFrame f) {
        Color[] stops = new Color[RAMP.length];
        for (int i = 0; i < RAMP.length; i++) {
            stops[i] = f.palette().color(RAMP[i]);
            if (stops[i] == null) {
                return new int[256];
            }
        }
        int[] lut = new int[256];
        for (int i = 0; i < 256; i++) {
            double t = i / 255.0 * (stops.length - 1);
            int k = Math.min(stops.length - 2, (int) t);
            double u = t - k;
            Color a = stops[k];
            Color b = stops[k + 1];
            int r = (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * u);
            int gr = (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * u);
            int bl = (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * u);
            int al = (int) Math.round((a.getAlpha() + (b.getAlpha() - a.getAlpha()) * u) * Math.min(1, i / 96.0));
            lut[i] = al << 24 | r << 16 | gr << 8 | bl;
        }
        return lut;
    }
}
