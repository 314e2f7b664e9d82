package com.gridwall.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Lang;
import com.gridwall.ui.TestMaps;
import com.gridwall.ui.WallFixture;
import com.gridwall.ui.i18n.Messages;
import com.gridwall.ui.theme.WallTheme;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The wall shell: title and clock, uniform scaling, Chinese glyphs, minimum text size, the error view. */
@ExtendWith(ApplicationExtension.class)
class WallShellTest {
    private Wall wall;

    @Start
    void start(Stage stage) {
        wall = WallFixture.show(stage, TestMaps.district(3), Lang.ZH, 1280, 720);
    }

    @Test
    void theTitleNamesTheDistrictAndTheClockShowsChinaTime(FxRobot robot) {
        assertEquals("红旗区网格化治理指挥中心", wall.titleBar().titleText());
        // 2026-06-01T04:05:06Z is 12:05:06 in Asia/Shanghai, whatever the machine's zone
        WallFixture.fx(() -> {
            wall.titleBar().setClock(Clock.fixed(Instant.parse("2026-06-01T04:05:06Z"), ZoneOffset.UTC));
            return null;
        });
        assertEquals("12:05:06", wall.titleBar().clockText());
    }

    @Test
    void theDesignScalesUniformlyAndCentredOnWallSizes(FxRobot robot) {
        for (double[] size : new double[][] {{3840, 2160, 2, 0, 0}, {7680, 2160, 2, 1920, 0}, {1920, 1200, 1, 0, 60},
            {1280, 720, 2.0 / 3, 0, 0}}) {
            DesignScaler s = WallFixture.fx(() -> {
                DesignScaler d = new DesignScaler(new Region());
                d.resize(size[0], size[1]);
                d.layout();
                return d;
            });
            assertEquals(size[2], s.factorProperty().get(), 1e-9, "factor at " + size[0] + "x" + size[1]);
            Node design = s.design();
            assertEquals(size[3], design.getLayoutX(), 0.5, "centred horizontally");
            assertEquals(size[4], design.getLayoutY(), 0.5, "centred vertically");
            var b = design.localToParent(design.getLayoutBounds());
            assertEquals(b.getWidth() / b.getHeight(), 1920.0 / 1080, 1e-6, "no distortion");
        }
    }

    @Test
    void chineseRendersAsDistinctGlyphsWithTheBundledFontNotAsBoxes(FxRobot robot) {
        Font titleFont = WallFixture.fx(() -> ((Labeled) robot.lookup("#wall-title").query()).getFont());
        assertEquals(WallTheme.FONT_FAMILY, titleFont.getFamily(), "CSS gives the title the bundled family");
        List<int[]> glyphs = new ArrayList<>();
        for (String ch : new String[] {"红", "旗", "区"}) {
            glyphs.add(render(ch, titleFont));
        }
        // a code point no font here has: what a missing glyph (tofu) looks like in this font
        int[] tofu = render("\uE000", titleFont);
        for (int i = 0; i < glyphs.size(); i++) {
            assertTrue(ink(glyphs.get(i)) > 20, "glyph " + i + " has ink");
            assertFalse(java.util.Arrays.equals(glyphs.get(i), tofu), "glyph " + i + " is not the missing-glyph box");
            for (int j = i + 1; j < glyphs.size(); j++) {
                assertFalse(java.util.Arrays.equals(glyphs.get(i), glyphs.get(j)), "glyphs " + i + " and " + j + " differ");
            }
        }
    }

    @Test
    void noTextOnTheWallIsSmallerThan16DesignPixels(FxRobot robot) {
        List<String> small = WallFixture.fx(() -> {
            List<String> out = new ArrayList<>();
            collect(wall.root(), out);
            return out;
        });
        assertTrue(small.isEmpty(), "text below 16px: " + small);
    }

    @Test
    void aMapThatCannotLoadShowsTheStyledErrorViewAndAGenericTitle(FxRobot robot) {
        WallFixture.fx(() -> {
            wall.showError("/data/broken.geojson", "not valid JSON at line 3, column 7");
            return null;
        });
        Labeled title = robot.lookup("#map-error-title").queryLabeled();
        Labeled detail = robot.lookup("#map-error-detail").queryLabeled();
        assertEquals("地图无法加载", title.getText());
        assertEquals("not valid JSON at line 3, column 7", detail.getText());
        assertTrue(title.isVisible() && title.getScene() != null);
        assertEquals("网格化治理指挥中心", wall.titleBar().titleText());
        assertNotNull(robot.lookup(".error-view").query().getStyleClass());
    }

    @Test
    void englishIsOneFlagAway(FxRobot robot) {
        Messages en = Messages.of(Lang.EN);
        assertEquals("Code", en.get("map.info.code"));
        assertEquals("新乡 Command Center", en.format("wall.title", "新乡"));
        assertEquals("编码", Messages.of(Lang.ZH).get("map.info.code"));
    }

    private static void collect(Parent p, List<String> out) {
        for (Node n : p.getChildrenUnmodifiable()) {
            if (n instanceof Labeled l && l.getFont().getSize() < 16 && !l.getText().isEmpty()) {
                out.add(l.getText() + " (" + l.getFont().getSize() + "px)");
            }
            if (n instanceof Parent child) {
                collect(child, out);
            }
        }
    }

    private static int[] render(String ch, Font font) {
        return WallFixture.fx(() -> {
            Text t = new Text(ch);
            t.setFont(Font.font(font.getFamily(), 64));
            WritableImage img = new javafx.scene.Scene(new javafx.scene.Group(t), 96, 96).snapshot(null);
            int w = (int) img.getWidth();
            int h = (int) img.getHeight();
            int[] px = new int[w * h];
            img.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), px, 0, w);
            return px;
        });
    }

    private static int ink(int[] px) {
        int dark = 0;
        for (int p : px) {
            if ((p & 0xff) < 128) {
                dark++;
            }
        }
        return dark;
    }
}
