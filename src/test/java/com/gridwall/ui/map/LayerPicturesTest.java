package com.gridwall.ui.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Level;
import com.gridwall.ui.TestMaps;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.Test;

/**
 * The kept layer pictures never change what is painted: after any sequence of data changes, frame changes
 * and switches, the pixels equal a paint from nothing, also when painted over an old image's pixels; and
 * the layers whose keys did not change are really not painted again.
 */
class LayerPicturesTest {
    private static final int W = 640;
    private static final int H = 420;
    private final ProjectedMap map = new ProjectedMap(TestMaps.district(3));

    /** A keyed data layer: squares whose colour is its key (null key: it cannot tell, painted every time). */
    private static final class KeyedSquares extends MapLayer {
        Integer key = 1;
        int paints;

        @Override
        protected Object pictureKey(MapFrame frame) {
            return key;
        }

        @Override
        protected int paint(Graphics2D g, MapFrame f) {
            paints++;
            g.setColor(new Color(key == null ? 0x80ff0000 : 0x80000000 | key * 0x1f3a5b & 0xffffff, true));
            for (int i = 0; i < 12; i++) {
                g.fillOval(20 + i * 45, 40 + (i % 3) * 90, 60, 60);
            }
            return 12;
        }
    }

    /** An unkeyed layer that draws something new each time (like the markers). */
    private static final class Dots extends MapLayer {
        int seed;

        @Override
        protected int paint(Graphics2D g, MapFrame f) {
            g.setColor(new Color(0xffe0c020, true));
            for (int i = 0; i < 50; i++) {
                int x = (seed * 131 + i * 97) % W;
                int y = (seed * 71 + i * 53) % H;
                g.fillOval(x, y, 7, 7);
            }
            return 50;
        }
    }

    @Test
    void keptPicturesPaintExactlyWhatAPaintFromNothingPaints() {
        KeyedSquares squares = new KeyedSquares();
        Dots dots = new Dots();
        List<MapLayer> layers = List.of(new BaseMapLayer(), squares, dots, new LabelLayer());
        LayerPictures kept = new LayerPictures();
        MapFrame frame = frame(1.0);
        int[] previous = null;
        for (int step = 0; step < 12; step++) {
            dots.seed = step;
            if (step % 3 == 2) {
                squares.key = squares.key == null ? 5 : squares.key + 1;
            }
            if (step == 4) {
                frame = withReserved(frame, new javafx.geometry.Rectangle2D(W / 3.0, H / 3.0, W / 3.0, H / 4.0));
            }
            if (step == 6) {
                frame = frame(1.3); // zoomed: every picture is painted again
            }
            if (step == 8) {
                squares.key = null;
            }
            LayerPictures.Painted got = kept.paint(frame, layers, previous);
            LayerPictures.Painted fresh = new LayerPictures().paint(frame, layers, null);
            assertArrayEquals(fresh.argb(), got.argb(), "pixels at step " + step);
            assertArrayEquals(fresh.counts(), got.counts(), "counts at step " + step);
            if (previous != null) {
                assertSame(previous, got.argb(), "the old image's array is painted over, not replaced");
            }
            previous = got.argb();
        }
        assertTrue(kept.reused() >= 8, "pictures reused: " + kept.reused());
        assertTrue(kept.paint(frame, layers, null).counts()[3] > 0, "labels are part of the comparison");
    }

    @Test
    void aChoroplethRepaintedOnlyWhereUnitsChangedClassEqualsAPaintFromNothing() {
        MapFrame frame = frame(1.0, Level.GRID);
        ProjectedUnits units = frame.map().units(Level.GRID);
        java.util.Random rnd = new java.util.Random(3);
        Map<String, Double> values = new java.util.HashMap<>();
        for (int k = 0; k < units.size(); k++) {
            values.put(units.unit(k).code(), (double) rnd.nextInt(500));
        }
        com.gridwall.ui.map.layer.ChoroplethLayer choropleth = new com.gridwall.ui.map.layer.ChoroplethLayer();
        Dots dots = new Dots();
        List<MapLayer> layers = List.of(new BaseMapLayer(), choropleth, dots, new LabelLayer());
        LayerPictures kept = new LayerPictures();
        int[] previous = null;
        for (int step = 0; step < 14; step++) {
            if (step > 0) {
                // swaps keep the values' distribution, so the breaks stay and only the swapped units change class;
                // every fifth step rewrites many values (breaks move: the whole layer is painted again)
                int swaps = step % 5 == 0 ? units.size() : 1 + step % 4;
                for (int i = 0; i < swaps; i++) {
                    String a = units.unit(rnd.nextInt(units.size())).code();
                    String b = units.unit(rnd.nextInt(units.size())).code();
                    double va = values.get(a);
                    values.put(a, step % 5 == 0 ? rnd.nextInt(900) : values.get(b));
                    if (step % 5 != 0) {
                        values.put(b, va);
                    }
                }
            }
            Map<String, Double> snapshot = Map.copyOf(values);
            choropleth.setModel(new com.gridwall.ui.map.layer.MapOverlayModel(step, 0,
                    (code, metric) -> snapshot.getOrDefault(code, Double.NaN), new double[0], new double[0], new byte[0],
                    new long[0], 0));
            dots.seed = step;
            LayerPictures.Painted got = kept.paint(frame, layers, previous);
            LayerPictures.Painted fresh = new LayerPictures().paint(frame, layers, null);
            assertArrayEquals(fresh.argb(), got.argb(), "pixels at step " + step);
            assertArrayEquals(fresh.counts(), got.counts(), "counts at step " + step);
            previous = got.argb();
        }
        assertTrue(kept.updatedInPlace() >= 6, "the choropleth was repainted in place: " + kept.updatedInPlace());
    }

    @Test
    void onlyLayersThatPlaceAroundOverlaysArePaintedAgainWhenTheReservedAreasChange() {
        KeyedSquares squares = new KeyedSquares();
        LabelLayer labels = new LabelLayer();
        LayerPictures kept = new LayerPictures();
        MapFrame frame = frame(1.0);
        List<MapLayer> layers = List.of(new BaseMapLayer(), squares, new Dots(), labels);
        LayerPictures.Painted before = kept.paint(frame, layers, null);
        int squarePaints = squares.paints;
        MapFrame moved = withReserved(frame, new javafx.geometry.Rectangle2D(0, 0, W, H / 2.0));
        LayerPictures.Painted after = kept.paint(moved, layers, null);
        assertEquals(squarePaints, squares.paints, "the keyed layers below the labels are kept");
        assertArrayEquals(new LayerPictures().paint(moved, layers, null).argb(), after.argb(), "equal to a paint from nothing");
        assertFalse(java.util.Arrays.equals(before.argb(), after.argb()), "labels moved out of the reserved half");
    }

    @Test
    void aLayerWhoseKeyDidNotChangeIsNotPaintedAgain() {
        KeyedSquares squares = new KeyedSquares();
        Dots dots = new Dots();
        LabelLayer labels = new LabelLayer();
        LayerPictures kept = new LayerPictures();
        MapFrame frame = frame(1.0);
        List<MapLayer> layers = List.of(new BaseMapLayer(), squares, dots, labels);
        kept.paint(frame, layers, null);
        int before = squares.paints;
        for (int i = 0; i < 5; i++) {
            dots.seed = i;
            kept.paint(frame, layers, null);
        }
        assertEquals(before, squares.paints, "same key, same frame: the kept picture is copied");
        squares.key = 99;
        kept.paint(frame, layers, null);
        assertEquals(before + 1, squares.paints, "a new key paints the layer again");
        kept.paint(frame(1.5), layers, null);
        assertEquals(before + 2, squares.paints, "a new frame paints it again");
    }

    @Test
    void labelsDrawnFromTheirOwnPictureLandOnTheImage() {
        LayerPictures kept = new LayerPictures();
        MapFrame frame = frame(1.0);
        LayerPictures.Painted withLabels = kept.paint(frame, List.of(new BaseMapLayer(), new Dots(), new LabelLayer()), null);
        LayerPictures.Painted without = new LayerPictures().paint(frame, List.of(new BaseMapLayer(), new Dots()), null);
        assertTrue(withLabels.counts()[2] > 0, "labels placed");
        assertFalse(java.util.Arrays.equals(withLabels.argb(), without.argb()), "the labels changed pixels");
        BufferedImage wrapped = LayerPictures.wrap(withLabels.argb(), W, H);
        assertEquals(BufferedImage.TYPE_INT_ARGB_PRE, wrapped.getType(), "Java2D's fast premultiplied loops apply");
    }

    private MapFrame frame(double zoom) {
        return frame(zoom, Level.STREET);
    }

    private static MapFrame withReserved(MapFrame f, javafx.geometry.Rectangle2D r) {
        return new MapFrame(f.map(), f.level(), f.scale(), f.offsetX(), f.offsetY(), f.width(), f.height(), f.pixelRatio(),
                f.palette(), f.labelFont(), f.labelFontBold(), f.viewLeft(), f.viewTop(), f.viewWidth(), f.viewHeight(),
                List.of(r));
    }

    private MapFrame frame(double zoom, Level level) {
        double scale = Math.min(W / (map.maxX() - map.minX()), H / (map.maxY() - map.minY())) * 0.8 * zoom;
        double cx = (map.minX() + map.maxX()) / 2;
        double cy = (map.minY() + map.maxY()) / 2;
        Map<MapColor, Paint> paints = new EnumMap<>(MapColor.class);
        paints.put(MapColor.BACKGROUND, javafx.scene.paint.Color.web("#0b1a2e"));
        paints.put(MapColor.FILL, javafx.scene.paint.Color.web("#163a5c"));
        paints.put(MapColor.FILL_ALT, javafx.scene.paint.Color.web("#1d4670"));
        paints.put(MapColor.STROKE, javafx.scene.paint.Color.web("#5fb0ff"));
        paints.put(MapColor.STROKE_MINOR, javafx.scene.paint.Color.web("#2d6da8"));
        paints.put(MapColor.LABEL, javafx.scene.paint.Color.web("#e6f2ff"));
        paints.put(MapColor.LABEL_HALO, javafx.scene.paint.Color.web("#0b1a2ecc"));
        String[] ramp = {"#1f4e8c", "#2a7fa8", "#a8a04a", "#c2703a", "#d04040"};
        MapColor[] choro = {MapColor.CHORO_1, MapColor.CHORO_2, MapColor.CHORO_3, MapColor.CHORO_4, MapColor.CHORO_5};
        for (int i = 0; i < choro.length; i++) {
            paints.put(choro[i], javafx.scene.paint.Color.web(ramp[i]));
        }
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        return new MapFrame(map, level, scale, W / 2.0 - cx * scale, H / 2.0 - cy * scale, W, H, 1.0,
                new MapPalette(paints), font, font.deriveFont(Font.BOLD), 0, 0, W, H, List.of());
    }
}
