package com.gridwall.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Lang;
import com.gridwall.domain.Level;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import com.gridwall.ui.TestMaps;
import com.gridwall.ui.WallFixture;
import com.gridwall.ui.shell.Wall;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The map view on a real (headless) stage: rendering, selection, levels of detail, keyboard. */
@ExtendWith(ApplicationExtension.class)
class MapViewTest {
    private final GridMap map = TestMaps.district(3);
    private Wall wall;
    private MapView view;

    @Start
    void start(Stage stage) {
        wall = WallFixture.show(stage, map, Lang.ZH, 1280, 720);
        view = wall.mapView();
    }

    @Test
    void rendersTheStreetsOfTheDistrictWithCssColoursAndLabels(FxRobot robot) {
        WallFixture.await(5, () -> view.levelProperty().get() != null);
        assertEquals(Level.STREET, view.levelProperty().get(), "the district view shows streets");
        for (MapColor c : MapColor.values()) {
            assertNotNull(view.getPaint(c), c.cssProperty() + " resolved from the style sheets");
        }
        WallFixture.await(5, () -> view.labelsPlaced() == 3);
        java.awt.Font labelFont = view.paintedLabelFont();
        assertEquals(com.gridwall.ui.theme.WallTheme.FONT_FAMILY, labelFont.getFamily(), "labels use the bundled face");
        for (MapUnit u : map.units()) {
            assertEquals(-1, labelFont.canDisplayUpTo(u.name()), "label font has every glyph of " + u.name());
        }
        WritableImage img = WallFixture.fx(() -> view.snapshot(null, null));
        Color fill = (Color) view.getPaint(MapColor.FILL);
        Color alt = (Color) view.getPaint(MapColor.FILL_ALT);
        int filled = 0;
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                Color px = img.getPixelReader().getColor(x, y);
                if (close(px, fill) || close(px, alt)) {
                    filled++;
                }
            }
        }
        assertTrue(filled > 1000, "polygons painted in the CSS fill colours, found " + filled + " samples");
    }

    @Test
    void clickingAStreetSelectsItAndShowsItsCard(FxRobot robot) {
        WallFixture.await(5, () -> view.levelProperty().get() == Level.STREET);
        MapUnit street = map.unitsAt(Level.STREET).get(1);
        robot.clickOn(screenPoint(street));
        WallFixture.await(5, () -> street.equals(view.selectedProperty().get()));
        UnitInfoCard card = view.infoCard();
        assertTrue(card.isVisible());
        assertEquals("测试街道2", card.nameText());
        assertEquals(street.code(), card.codeText());
        assertEquals("街道", card.levelText());
        assertEquals("红旗区", card.parentsText());

        robot.type(KeyCode.ESCAPE);
        WallFixture.await(5, () -> view.selectedProperty().get() == null);
        assertTrue(!card.isVisible());
    }

    @Test
    void zoomingInShowsCommunitiesThenGridsAndAGridShowsItsWholeParentChain(FxRobot robot) {
        WallFixture.await(5, () -> view.levelProperty().get() == Level.STREET);
        robot.clickOn(view); // focus
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.EQUALS);
        WallFixture.await(5, () -> view.levelProperty().get() == Level.COMMUNITY);
        robot.type(KeyCode.EQUALS, 2);
        WallFixture.await(5, () -> view.levelProperty().get() == Level.GRID);
        MapUnit grid = WallFixture.fx(() -> view.unitAt(view.getWidth() / 2, view.getHeight() / 2));
        assertNotNull(grid, "a grid under the centre");
        assertEquals(Level.GRID, grid.level());
        robot.clickOn(screenPoint(grid));
        WallFixture.await(5, () -> grid.equals(view.selectedProperty().get()));
        MapUnit community = map.unit(grid.parentCode());
        MapUnit street = map.unit(community.parentCode());
        assertEquals("红旗区 › " + street.name() + " › " + community.name(), view.infoCard().parentsText());
        assertEquals("网格", view.infoCard().levelText());

        robot.type(KeyCode.DIGIT0);
        WallFixture.await(5, () -> view.levelProperty().get() == Level.STREET);
    }

    @Test
    void arrowKeysPanAndMinusZoomsOutAndZeroRefits(FxRobot robot) {
        WallFixture.await(5, () -> view.levelProperty().get() != null);
        robot.clickOn(view);
        Viewport fitted = view.fittedViewport();
        robot.type(KeyCode.RIGHT);
        WallFixture.await(5, () -> view.viewport().equals(view.targetViewport()) && !view.viewport().equals(fitted));
        assertTrue(view.viewport().centerX() > fitted.centerX(), "RIGHT moves the view east");
        assertEquals(fitted.scale(), view.viewport().scale(), 1e-9);
        robot.type(KeyCode.MINUS);
        WallFixture.await(5, () -> view.viewport().equals(view.targetViewport()));
        assertTrue(view.viewport().scale() < fitted.scale(), "MINUS zooms out");
        robot.type(KeyCode.DIGIT0);
        WallFixture.await(5, () -> view.viewport().equals(fitted));
    }

    @Test
    void hoveringHighlightsTheUnitUnderThePointer(FxRobot robot) {
        WallFixture.await(5, () -> view.levelProperty().get() == Level.STREET);
        MapUnit street = map.unitsAt(Level.STREET).get(0);
        robot.moveTo(screenPoint(street));
        WallFixture.await(5, () -> street.equals(view.hoveredProperty().get()));
        assertNull(view.selectedProperty().get(), "hover does not select");
        assertNotEquals(null, view.hoveredProperty().get());
    }

    @Test
    void draggingPansWithoutSelecting(FxRobot robot) {
        WallFixture.await(5, () -> view.levelProperty().get() != null);
        Viewport before = view.viewport();
        Point2D c = view.localToScreen(view.getWidth() / 2, view.getHeight() / 2);
        robot.drag(c).moveBy(-120, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WallFixture.await(5, () -> view.viewport().centerX() > before.centerX());
        assertNull(view.selectedProperty().get(), "a drag is not a click");
    }

    @Test
    void panningMovesTheCachedImageWithoutRepaintingAndASettledZoomRepaintsOnce(FxRobot robot) {
        WallFixture.await(5, () -> view.levelProperty().get() != null && !view.repaintPending());
        long before = WallFixture.fx(() -> {
            view.renderSettled();
            return view.cacheRepaints();
        });
        Viewport start = view.viewport();
        long afterPans = WallFixture.fx(() -> {
            for (int i = 1; i <= 20; i++) {
                view.jumpTo(start.panned(i * 3, -i * 2));
                view.renderMoving();
            }
            return view.cacheRepaints();
        });
        assertEquals(before, afterPans, "20 small pans reuse the painted image");
        long afterZoom = WallFixture.fx(() -> {
            view.jumpTo(new Viewport(start.scale() * 3, start.centerX(), start.centerY()));
            view.renderSettled();
            return view.cacheRepaints();
        });
        assertEquals(before + 1, afterZoom, "a settled 3x zoom paints once, crisp at the new scale");
    }

    private Point2D screenPoint(MapUnit unit) {
        double[] a = WallFixture.fx(() -> view.anchorOf(unit));
        return WallFixture.fx(() -> view.localToScreen(a[0], a[1]));
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.03 && Math.abs(a.getGreen() - b.getGreen()) < 0.03
                && Math.abs(a.getBlue() - b.getBlue()) < 0.03;
    }
}
