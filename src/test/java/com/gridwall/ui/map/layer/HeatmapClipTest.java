package com.gridwall.ui.map.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The heatmap's upscale clipped to its coloured blocks gives the very pixels of the whole upscale, and
 * those are what Java2D's bilinear scaling of the cell image gives (within rounding).
 */
class HeatmapClipTest {
    @Test
    void clippedDrawEqualsTheWholeDraw() {
        Random rnd = new Random(7);
        for (int round = 0; round < 6; round++) {
            int gw = 40 + rnd.nextInt(60);
            int gh = 30 + rnd.nextInt(50);
            double cell = 6 + rnd.nextInt(3) * 2.5;
            BufferedImage small = new BufferedImage(gw, gh, BufferedImage.TYPE_INT_ARGB);
            int[] px = ((DataBufferInt) small.getRaster().getDataBuffer()).getData();
            // a few blobs, single cells on the block edges and in the corners: the hard cases for the runs
            for (int b = 0; b < 4; b++) {
                int cx = rnd.nextInt(gw);
                int cy = rnd.nextInt(gh);
                for (int y = Math.max(0, cy - 3); y < Math.min(gh, cy + 3); y++) {
                    for (int x = Math.max(0, cx - 3); x < Math.min(gw, cx + 3); x++) {
                        px[y * gw + x] = (40 + rnd.nextInt(200)) << 24 | rnd.nextInt(0xffffff);
                    }
                }
            }
            px[HeatmapLayer.BLOCK * gw - 1] = 0x80ff4000;
            px[(gh - 1) * gw + gw - 1] = 0xc0ffd000;
            px[HeatmapLayer.BLOCK] = 0x60ff0000;
            int w = (int) Math.round(gw * cell);
            int h = (int) Math.round(gh * cell);
            List<int[]> runs = HeatmapLayer.coloredRuns(px, gw, gh);
            int[] whole = draw(px, gw, gh, w, h, List.of(new int[] {0, 0, gw, gh}));
            int[] clipped = draw(px, gw, gh, w, h, runs);
            assertArrayEquals(whole, clipped, "round " + round + " (" + runs.size() + " runs)");
            int[] java2d = java2d(small, w, h);
            int worst = maxChannelDifference(whole, java2d);
            assertTrue(worst <= 3, "round " + round + ": as Java2D's bilinear scale within rounding, worst channel difference " + worst);
            int covered = runs.stream().mapToInt(r -> (r[2] - r[0]) * (r[3] - r[1])).sum();
            assertTrue(covered < gw * gh, "transparent blocks are skipped: " + covered + " of " + gw * gh);
        }
    }

    private static int[] draw(int[] cells, int gw, int gh, int w, int h, List<int[]> runs) {
        BufferedImage out = background(w, h);
        Graphics2D g = out.createGraphics();
        new HeatUpscale().draw(g, cells, gw, gh, w, h, runs);
        g.dispose();
        return ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
    }

    private static int maxChannelDifference(int[] a, int[] b) {
        int worst = 0;
        for (int i = 0; i < a.length; i++) {
            for (int shift = 0; shift < 32; shift += 8) {
                worst = Math.max(worst, Math.abs((a[i] >>> shift & 0xff) - (b[i] >>> shift & 0xff)));
            }
        }
        return worst;
    }

    private static int[] java2d(BufferedImage small, int w, int h) {
        BufferedImage out = background(w, h);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(small, 0, 0, w, h, null);
        g.dispose();
        return ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
    }

    private static BufferedImage background(int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = out.createGraphics();
        g.setColor(new java.awt.Color(0x20, 0x40, 0x60));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return out;
    }
}
