package com.gridwall.ui.map;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Paints the layers of one static image, reusing what did not change since the last paint.
 *
 * <p>Every layer with a {@link MapLayer#pictureKey key} splits the stack in three: the bottom run of keyed
 * layers (base polygons, choropleth) is kept as pixels after each of its layers, so a repaint copies the
 * deepest level whose frame and keys still match and paints only from there; the unkeyed middle (heatmap,
 * markers) is painted every time; the top run of keyed layers (labels) is painted once per frame on a
 * transparent picture and drawn over as its non-empty tiles. At 4K the polygons and labels are most of a
 * repaint's CPU, and on a two-core wall PC that CPU is taken from the FX pulses.
 *
 * <p>The result does not depend on what was cached: the top run is always drawn from its own picture, and
 * a level's pixels are exactly what painting its layers again would give. Memory: one full image per
 * bottom level plus one for the top run, replaced when the frame changes.
 *
 * <p>Thread-safety: not thread-safe; {@link MapRenderThread} serialises its paints.
 */
final class LayerPictures {
    /** Side of the tiles the top picture is drawn in; empty tiles are skipped. */
    private static final int TILE = 64;
    /** Pixels copied between two yield points: 1 MB, a fraction of a millisecond. */
    private static final int COPY_STEP = 1 << 18;
    /** Top-picture runs drawn between two yield points. */
    private static final int RUNS_PER_STEP = 64;
    private static final ColorModel PREMULTIPLIED = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB_PRE).getColorModel();

    /**
     * Pixels after the first {@code keys.length} layers, with the counts those layers returned;
     * {@code reservedMatters} if one of those layers places around the frame's reserved areas.
     */
    private record Level(MapFrame frame, Object[] keys, int[] pixels, int[] counts, boolean reservedMatters) {
        /** True if painting layers with keys {@code k} for {@code f} passes through this level. */
        boolean matches(MapFrame f, Object[] k) {
            return k.length >= keys.length && sameFrame(f) && Arrays.equals(keys, 0, keys.length, k, 0, keys.length);
        }

        boolean sameFrame(MapFrame f) {
            return reservedMatters ? frame.equals(f) : frame.sameExceptReserved(f);
        }
    }

    /** The top run painted alone: its picture, the rectangles worth drawing, its counts. */
    private record Top(MapFrame frame, Object[] keys, BufferedImage picture, List<int[]> runs, int[] counts) {
        boolean matches(MapFrame f, Object[] k, int from) {
            return frame.equals(f) && Arrays.equals(keys, 0, keys.length, k, from, from + keys.length);
        }
    }

    /** Paint result: the image's pixels and each layer's count. */
    record Painted(int[] argb, int[] counts) {
    }

    private final List<Level> levels = new ArrayList<>();
    /** Pixels of levels no longer kept, for the next levels to reuse. */
    private final java.util.ArrayDeque<int[]> dropped = new java.util.ArrayDeque<>();
    private Top top;
    private long reusedLevels;
    private long reusedTops;
    private long updatedLevels;

    /**
     * Paints {@code layers} for {@code f} (premultiplied ARGB, background first) into {@code target} if it
     * has the frame's size, whatever it held before, or else into a new array.
     */
    Painted paint(MapFrame f, List<MapLayer> layers, int[] target) {
        int n = layers.size();
        Object[] keys = new Object[n];
        for (int i = 0; i < n; i++) {
            keys[i] = layers.get(i).pictureKey(f);
        }
        int bottom = 0;
        while (bottom < n && keys[bottom] != null) {
            bottom++;
        }
        int topFrom = n;
        while (topFrom > bottom && keys[topFrom - 1] != null) {
            topFrom--;
        }
        int[] counts = new int[n];
        int[] px = bottomLevels(f, layers, keys, bottom, counts,
                target != null && target.length == f.width() * f.height() ? target : new int[f.width() * f.height()]);
        BufferedImage image = wrap(px, f.width(), f.height());
        Graphics2D g = hinted(image);
        try {
            for (int i = bottom; i < topFrom; i++) {
                counts[i] = paintLayer(g, layers.get(i), f);
            }
            if (topFrom < n) {
                Top t = top(f, layers, keys, topFrom);
                int drawn = 0;
                for (int[] r : t.runs) {
                    if (++drawn % RUNS_PER_STEP == 0) {
                        PaintYield.point();
                    }
                    g.drawImage(t.picture, r[0], r[1], r[2], r[3], r[0], r[1], r[2], r[3], null);
                }
                System.arraycopy(t.counts, 0, counts, topFrom, n - topFrom);
            }
        } finally {
            g.dispose();
        }
        return new Painted(px, counts);
    }

    /** Paints of a bottom level or of the top run that were skipped because their pixels were kept. */
    long reused() {
        return reusedLevels + reusedTops;
    }

    /** Repaints of the bottom run's last layer done only where its key said it changed. */
    long updatedInPlace() {
        return updatedLevels;
    }

    /**
     * When only the bottom run's last layer has a new key and it can say where its picture changed
     * (the choropleth: the units that changed class), repaints its kept level there only: the level
     * below is copied back inside those rectangles and the layer is painted clipped to them. Returns the
     * updated level, or null to paint the usual way. At 10k events/s a few units change class between
     * repaints; repainting all classes over the 4K image was the largest part of a data repaint.
     */
    private Level updateLast(MapFrame f, List<MapLayer> layers, Object[] keys, int bottom) {
        if (bottom < 2 || levels.size() < bottom) {
            return null;
        }
        Level old = levels.get(bottom - 1);
        Level below = levels.get(bottom - 2);
        if (old == null || below == null || !old.sameFrame(f) || old.keys.length != bottom || !below.matches(f, keys)
                || !Arrays.equals(old.keys, 0, bottom - 1, keys, 0, bottom - 1) || java.util.Objects.equals(old.keys[bottom - 1], keys[bottom - 1])) {
            return null;
        }
        List<java.awt.Rectangle> area = layers.get(bottom - 1).changedArea(f, old.keys[bottom - 1], keys[bottom - 1]);
        if (area == null) {
            return null;
        }
        java.awt.Rectangle image = new java.awt.Rectangle(0, 0, f.width(), f.height());
        int[] counts = Arrays.copyOf(old.counts, bottom);
        BufferedImage target = wrap(old.pixels, f.width(), f.height());
        List<java.awt.Rectangle> clips = new ArrayList<>();
        for (java.awt.Rectangle r : area) {
            java.awt.Rectangle c = r.intersection(image);
            if (!c.isEmpty()) {
                clips.add(c);
            }
        }
        if (clips.isEmpty()) {
            clips.add(new java.awt.Rectangle()); // nothing visible changed; the paint still gives the layer's count
        }
        for (java.awt.Rectangle c : clips) {
            for (int y = c.y; y < c.y + c.height; y++) {
                System.arraycopy(below.pixels, y * f.width() + c.x, old.pixels, y * f.width() + c.x, c.width);
            }
            Graphics2D g = hinted(target);
            try {
                counts[bottom - 1] = layers.get(bottom - 1).paintKey(g, f, keys[bottom - 1], c);
            } finally {
                g.dispose();
            }
        }
        Level now = new Level(f, Arrays.copyOf(keys, bottom), old.pixels, counts, old.reservedMatters);
        levels.set(bottom - 1, now);
        return now;
    }

    private int[] bottomLevels(MapFrame f, List<MapLayer> layers, Object[] keys, int bottom, int[] counts, int[] px) {
        Level updated = updateLast(f, layers, keys, bottom);
        if (updated != null) {
            copy(updated.pixels, px);
            System.arraycopy(updated.counts, 0, counts, 0, bottom);
            updatedLevels++;
            return px;
        }
        int start = 0;
        for (int len = Math.min(bottom, levels.size()); len >= 1 && start == 0; len--) {
            Level lv = levels.get(len - 1);
            if (lv != null && lv.matches(f, keys)) {
                copy(lv.pixels, px);
                System.arraycopy(lv.counts, 0, counts, 0, len);
                start = len;
                reusedLevels++;
            }
        }
        if (start == 0) {
            // none continues this paint (a new frame): their arrays serve the levels kept next
            dropped.clear();
            for (Level lv : levels) {
                if (lv != null && lv.pixels.length == px.length) {
                    dropped.push(lv.pixels);
                }
            }
            levels.clear();
            java.awt.Color bg = f.palette().color(MapColor.BACKGROUND);
            Graphics2D g = wrap(px, f.width(), f.height()).createGraphics();
            g.setComposite(java.awt.AlphaComposite.Src);
            g.setColor(bg == null ? new java.awt.Color(0, true) : bg);
            g.fillRect(0, 0, f.width(), f.height());
            g.dispose();
        }
        if (start < bottom) {
            BufferedImage image = wrap(px, f.width(), f.height());
            Graphics2D g = hinted(image);
            try {
                for (int i = start; i < bottom; i++) {
                    counts[i] = paintLayer(g, layers.get(i), f);
                    // kept: the end of the bottom run, and the end of its frame-only start (base polygons)
                    if (i + 1 == bottom || keys[i] == MapLayer.FRAME_ONLY && keys[i + 1] != MapLayer.FRAME_ONLY) {
                        keep(new Level(f, Arrays.copyOf(keys, i + 1), copyOf(px, i), Arrays.copyOf(counts, i + 1),
                                layers.subList(0, i + 1).stream().anyMatch(MapLayer::usesReservedAreas)));
                    }
                }
            } finally {
                g.dispose();
            }
        }
        // levels deeper than this stack's bottom run belong to another stack shape
        while (levels.size() > bottom) {
            levels.remove(levels.size() - 1);
        }
        return px;
    }

    /**
     * A copy of {@code px} for the level kept at index {@code i}, in the array of the level it replaces
     * or of one dropped before if they fit: at 10k events/s the choropleth's level is replaced at every
     * repaint, and a new 4K array each time is a humongous allocation for G1.
     */
    private int[] copyOf(int[] px, int i) {
        Level old = i < levels.size() ? levels.get(i) : null;
        int[] copy = old != null && old.pixels.length == px.length ? old.pixels : null;
        while (copy == null && !dropped.isEmpty()) {
            int[] d = dropped.pop();
            copy = d.length == px.length ? d : null;
        }
        if (copy == null) {
            return px.clone();
        }
        copy(px, copy);
        return copy;
    }

    /** Copies a whole image in steps of {@link #COPY_STEP} pixels, stepping aside for pulses between them. */
    private static void copy(int[] from, int[] to) {
        for (int i = 0; i < from.length; i += COPY_STEP) {
            PaintYield.point();
            System.arraycopy(from, i, to, i, Math.min(COPY_STEP, from.length - i));
        }
    }

    private void keep(Level lv) {
        int i = lv.keys.length - 1;
        while (levels.size() <= i) {
            levels.add(null);
        }
        levels.set(i, lv);
        // a level painted on other keys below it no longer continues this one
        for (int j = i + 1; j < levels.size(); j++) {
            Level deeper = levels.get(j);
            if (deeper != null && !lv.matches(deeper.frame, deeper.keys)) {
                levels.set(j, null);
                dropped.push(deeper.pixels);
            }
        }
    }

    private Top top(MapFrame f, List<MapLayer> layers, Object[] keys, int from) {
        if (top != null && top.keys.length == keys.length - from && top.matches(f, keys, from)) {
            reusedTops++;
            return top;
        }
        BufferedImage picture = top != null && top.picture.getWidth() == f.width()
                && top.picture.getHeight() == f.height() ? top.picture : null;
        top = null; // an old picture of another size may go before the new one is allocated
        if (picture != null) {
            Arrays.fill(((DataBufferInt) picture.getRaster().getDataBuffer()).getData(), 0); // no new 4K array
        } else {
            picture = new BufferedImage(f.width(), f.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        }
        int[] counts = new int[keys.length - from];
        Graphics2D g = hinted(picture);
        try {
            for (int i = from; i < keys.length; i++) {
                counts[i - from] = paintLayer(g, layers.get(i), f);
            }
        } finally {
            g.dispose();
        }
        int[] px = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
        top = new Top(f, Arrays.copyOfRange(keys, from, keys.length), picture, NonEmptyRuns.of(px, f.width(), f.height(), TILE, 0), counts);
        return top;
    }

    private static int paintLayer(Graphics2D g, MapLayer layer, MapFrame f) {
        PaintYield.point();
        Graphics2D lg = (Graphics2D) g.create();
        try {
            return layer.paint(lg, f);
        } finally {
            lg.dispose();
        }
    }

    /** A graphics on {@code image} with the layers' rendering hints; the caller disposes it. */
    private static Graphics2D hinted(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        hints(g);
        return g;
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    /** A premultiplied ARGB image over {@code px} without copying or clearing it. */
    static BufferedImage wrap(int[] px, int w, int h) {
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(px, px.length), w, h, w,
                new int[] {0xff0000, 0xff00, 0xff, 0xff000000}, null);
        return new BufferedImage(PREMULTIPLIED, raster, true, null);
    }
}
