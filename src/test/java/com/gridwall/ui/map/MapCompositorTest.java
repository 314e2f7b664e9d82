package com.gridwall.ui.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Level;
import com.gridwall.ui.TestMaps;
import com.gridwall.ui.WallFixture;
import java.awt.Font;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The banded compositor: a new image of the same view reaches the screen one band per call, in every
 * band within {@link MapCompositor#BANDS} calls, and then equals the image exactly; a moved view or an
 * exact (non-progressive) call updates every band at once.
 */
@ExtendWith(ApplicationExtension.class)
class MapCompositorTest {
    private static final int W = 64;
    private static final int H = 50; // not a multiple of the band count: uneven bands must still tile the view
    private final ProjectedMap map = new ProjectedMap(TestMaps.district(2));
    private final MapFrame frame = frame();

    @Start
    void start(Stage stage) {
        // only the toolkit is needed
    }

    @Test
    void aNewImageOfTheSameViewRollsOutOneBandPerCallAndEndsExact() {
        WallFixture.fx(() -> {
            MapCompositor c = new MapCompositor();
            Viewport v = view();
            StaticImage a = image(1, 11);
            StaticImage b = image(2, 22);
            c.show(a, v, W, H, 1.0, true);
            assertScreenEquals(c, a, "the first image is shown whole");
            assertFalse(c.rollingOut());
            c.show(b, v, W, H, 1.0, true);
            assertTrue(c.rollingOut(), "one call puts one band of the new image on screen");
            assertArrayEquals(rows(b, 0, H / MapCompositor.BANDS), c.bandPixels(0), "band 0 shows the new image");
            for (int i = 1; i < MapCompositor.BANDS; i++) {
                int top = H * i / MapCompositor.BANDS;
                assertArrayEquals(rows(a, top, H * (i + 1) / MapCompositor.BANDS), c.bandPixels(i),
                        "band " + i + " still shows the previous image");
            }
            for (int i = 1; i < MapCompositor.BANDS; i++) {
                c.show(b, v, W, H, 1.0, true);
            }
            assertFalse(c.rollingOut());
            assertScreenEquals(c, b, "after one call per band the new image is on screen exactly");
            long composes = c.composes();
            c.show(b, v, W, H, 1.0, true);
            assertEquals(composes, c.composes(), "nothing is copied when neither view nor image changed");
            return null;
        });
    }

    @Test
    void aMovedViewOrAnExactCallUpdatesEveryBandAtOnce() {
        WallFixture.fx(() -> {
            MapCompositor c = new MapCompositor();
            Viewport v = view();
            StaticImage a = image(1, 11);
            StaticImage b = image(2, 22);
            StaticImage d = image(3, 33);
            c.show(a, v, W, H, 1.0, true);
            c.show(b, v, W, H, 1.0, false);
            assertScreenEquals(c, b, "an exact call shows the whole new image");
            Viewport moved = v.panned(3, 0); // each device pixel x now shows image pixel x - 3
            c.show(d, moved, W, H, 1.0, true);
            assertFalse(c.rollingOut(), "a moved view never shows two images side by side");
            int bg = frame.palette().backgroundArgb();
            for (int i = 0; i < MapCompositor.BANDS; i++) {
                int top = H * i / MapCompositor.BANDS;
                int[] want = new int[(H * (i + 1) / MapCompositor.BANDS - top) * W];
                for (int k = 0; k < want.length; k++) {
                    int sx = k % W - 3;
                    want[k] = sx < 0 ? bg : d.argb()[(top + k / W) * W + sx];
                }
                assertArrayEquals(want, c.bandPixels(i), "band " + i + " of the panned view");
            }
            return null;
        });
    }

    private void assertScreenEquals(MapCompositor c, StaticImage img, String message) {
        for (int i = 0; i < MapCompositor.BANDS; i++) {
            assertArrayEquals(rows(img, H * i / MapCompositor.BANDS, H * (i + 1) / MapCompositor.BANDS), c.bandPixels(i),
                    message + " (band " + i + ")");
        }
    }

    private static int[] rows(StaticImage img, int y0, int y1) {
        return Arrays.copyOfRange(img.argb(), y0 * W, y1 * W);
    }

    private StaticImage image(long serial, long seed) {
        Random r = new Random(seed);
        int[] px = new int[W * H];
        for (int i = 0; i < px.length; i++) {
            px[i] = 0xff000000 | r.nextInt(0x1000000);
        }
        return new StaticImage(serial, frame, px, 0, 0);
    }

    /** The view that shows the frame 1:1 with no offset. */
    private Viewport view() {
        double s = frame.scale();
        return new Viewport(s, (W / 2.0 - frame.offsetX()) / s, (H / 2.0 - frame.offsetY()) / s);
    }

    private MapFrame frame() {
        Map<MapColor, Paint> paints = new EnumMap<>(MapColor.class);
        paints.put(MapColor.BACKGROUND, Color.web("#0b1a2e"));
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        return new MapFrame(map, Level.STREET, 2.0, 5, 7, W, H, 1.0, new MapPalette(paints), font, font, 0, 0, W, H,
                List.of());
    }
}
