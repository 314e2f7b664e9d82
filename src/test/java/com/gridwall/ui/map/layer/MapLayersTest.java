package com.gridwall.ui.map.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Lang;
import com.gridwall.domain.Level;
import com.gridwall.domain.UnitInfo;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import com.gridwall.ui.TestMaps;
import com.gridwall.ui.WallFixture;
import com.gridwall.ui.map.MapColor;
import com.gridwall.ui.map.MapView;
import com.gridwall.ui.map.Mercator;
import com.gridwall.ui.map.Viewport;
import com.gridwall.ui.shell.Wall;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The map's data layers on a real (headless) wall: what is painted, the legend, toggles and keys. */
@ExtendWith(ApplicationExtension.class)
class MapLayersTest {
    private final GridMap map = TestMaps.district(3);
    private final List<MapUnit> streets = map.unitsAt(Level.STREET);
    private Wall wall;
    private MapView view;
    private MapLayers layers;

    @Start
    void start(Stage stage) {
        wall = WallFixture.show(stage, map, Lang.ZH, 1280, 720);
        view = wall.mapView();
        layers = wall.mapLayers();
        WallFixture.fx(() -> {
            view.setSynchronousPaint(true);
            return null;
        });
    }

    /** {@code n} markers of severity {@code sev} at the centre of {@code unit}, newest reported at {@code t}. */
    private MapOverlayModel markersAt(MapUnit unit, int n, int sev, long t, UnitMetricSource metrics) {
        return markersAt(unit, n, sev, t, metrics, 0.0001);
    }

    private MapOverlayModel markersAt(MapUnit unit, int n, int sev, long t, UnitMetricSource metrics, double step) {
        UnitInfo info = map.directory().unit(unit.code());
        double[] lon = new double[n];
        double[] lat = new double[n];
        byte[] s = new byte[n];
        long[] at = new long[n];
        for (int i = 0; i < n; i++) {
            lon[i] = info.lon() + (i % 41 - 20) * step;
            lat[i] = info.lat() + (i / 41 % 41 - 20) * step;
            s[i] = (byte) sev;
            at[i] = t - i;
        }
        return new MapOverlayModel(t, t, metrics, lon, lat, s, at, n);
    }

    private WritableImage render(MapOverlayModel m) {
        return WallFixture.fx(() -> {
            layers.setModel(m);
            layers.flush();
            wall.renderNow();
            return view.snapshot(null, null);
        });
    }

    private WritableImage rerender() {
        return WallFixture.fx(() -> {
            wall.renderNow();
            return view.snapshot(null, null);
        });
    }

    private double[] screenOf(double lon, double lat) {
        return WallFixture.fx(() -> {
            Viewport v = view.viewport();
            double rs = view.renderScale();
            return new double[] {(Mercator.x(lon) * v.scale() + v.offsetX(view.deviceWidth())) / rs,
                    (Mercator.y(lat) * v.scale() + v.offsetY(view.deviceHeight())) / rs};
        });
    }

    private static int count(WritableImage img, Color c, double tol) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color p = img.getPixelReader().getColor(x, y);
                if (Math.abs(p.getRed() - c.getRed()) < tol && Math.abs(p.getGreen() - c.getGreen()) < tol
                        && Math.abs(p.getBlue() - c.getBlue()) < tol) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Mean (red - blue) over a box around (x, y): positive is warm, negative is cool. */
    private static double warmth(WritableImage img, double[] at, int half) {
        double sum = 0;
        int n = 0;
        for (int y = (int) at[1] - half; y <= at[1] + half; y++) {
            for (int x = (int) at[0] - half; x <= at[0] + half; x++) {
                if (x >= 0 && y >= 0 && x < img.getWidth() && y < img.getHeight()) {
                    Color p = img.getPixelReader().getColor(x, y);
                    sum += p.getRed() - p.getBlue();
                    n++;
                }
            }
        }
        return sum / n;
    }

    private static int countNodes(Node n) {
        int c = 1;
        if (n instanceof Parent p) {
            for (Node k : p.getChildrenUnmodifiable()) {
                c += countNodes(k);
            }
        }
        return c;
    }

    private static UnitMetricSource openCounts(Map<String, Double> open) {
        return (code, metric) -> metric == ChoroplethMetric.OPEN ? open.getOrDefault(code, Double.NaN) : Double.NaN;
    }

    @Test
    void markersArePaintedFromArraysWithoutNewNodesAndTheToggleRemovesThem(FxRobot robot) {
        WallFixture.fx(() -> {
            layers.choroplethProperty().set(false);
            return null;
        });
        Color sev4 = (Color) view.getPaint(MapColor.SEV_4);
        long t = 1_700_000_000_000L;
        // at a grid (unlabelled at this zoom): markers lie under the labels
        MapUnit spot = map.children(map.children(streets.get(0).code()).get(0).code()).get(12);
        WritableImage few = render(markersAt(spot, 10, 4, t, UnitMetricSource.NONE));
        int nodesFew = WallFixture.fx(() -> countNodes(wall.root()));
        int pixelsFew = count(few, sev4, 0.06);
        assertTrue(pixelsFew > 20, "severity-4 markers painted in -map-sev-4, found " + pixelsFew + " pixels");
        WritableImage many = render(markersAt(spot, 5000, 4, t + 10, UnitMetricSource.NONE, 0.0015));
        assertEquals(nodesFew, (int) WallFixture.fx(() -> countNodes(wall.root())),
                "5000 markers add no node to the scene");
        assertTrue(count(many, sev4, 0.06) > pixelsFew, "more markers, more marker pixels");

        WallFixture.fx(() -> {
            view.requestFocus();
            return null;
        });
        robot.type(KeyCode.P);
        assertFalse(WallFixture.fx(() -> layers.markersProperty().get()), "P switches markers off");
        assertEquals(0, count(rerender(), sev4, 0.06), "no marker pixel once the layer is off");
    }

    @Test
    void choroplethColoursFollowTheValuesAndTheLegendShowsTheBreaks(FxRobot robot) {
        Map<String, Double> open = Map.of(streets.get(0).code(), 1.0, streets.get(1).code(), 5.0, streets.get(2).code(), 9.0);
        WallFixture.fx(() -> {
            layers.markersProperty().set(false);
            return null;
        });
        WritableImage img = render(markersAt(streets.get(0), 1, 1, 1, openCounts(open)));
        double[] low = WallFixture.fx(() -> view.anchorOf(streets.get(0)));
        double[] high = WallFixture.fx(() -> view.anchorOf(streets.get(2)));
        low[1] += 40;
        high[1] += 40;
        assertTrue(warmth(img, high, 12) > 0.2, "the highest value is painted in the warm end of the ramp");
        assertTrue(warmth(img, low, 12) < 0, "the lowest value is painted in the cool end of the ramp");
        assertEquals(List.of("1", "> 1 – 5", "> 5 – 9"), WallFixture.fx(() -> layers.legendRanges()));
        assertTrue(WallFixture.fx(() -> layers.legendTitle()).startsWith("在办"), "legend names the metric");

        // swap the values: the colours follow
        Map<String, Double> swapped = Map.of(streets.get(0).code(), 9.0, streets.get(1).code(), 5.0, streets.get(2).code(), 1.0);
        WritableImage img2 = render(markersAt(streets.get(0), 1, 1, 2, openCounts(swapped)));
        assertTrue(warmth(img2, low, 12) > 0.2 && warmth(img2, high, 12) < 0, "colours follow the values");

        WallFixture.fx(() -> {
            view.requestFocus();
            return null;
        });
        robot.type(KeyCode.C);
        assertTrue(warmth(rerender(), low, 12) < 0, "C switches the choropleth off: base colours again");
        assertFalse(WallFixture.fx(() -> layers.legendRangesVisible()), "the legend hides with the layer");
    }

    @Test
    void heatmapIsPaintedWhereTheIncidentsAreAndNowhereElse(FxRobot robot) {
        WallFixture.fx(() -> {
            layers.choroplethProperty().set(false);
            layers.markersProperty().set(false);
            return null;
        });
        // a grid (unlabelled at this zoom) so no street label covers the spot
        MapUnit hotGrid = map.children(map.children(streets.get(0).code()).get(0).code()).get(12);
        MapUnit coldGrid = map.children(map.children(streets.get(2).code()).get(0).code()).get(12);
        MapOverlayModel m = markersAt(hotGrid, 400, 2, 5, UnitMetricSource.NONE);
        WritableImage off = render(m);
        WallFixture.fx(() -> {
            view.requestFocus();
            return null;
        });
        robot.type(KeyCode.H);
        assertTrue(WallFixture.fx(() -> layers.heatmapProperty().get()), "H switches the heatmap on");
        WritableImage on = rerender();
        assertTrue(layers.heatmapLayer().lastPeak() > 0, "density computed");
        UnitInfo hot = map.directory().unit(hotGrid.code());
        UnitInfo cold = map.directory().unit(coldGrid.code());
        double[] h = screenOf(hot.lon(), hot.lat());
        double[] c = screenOf(cold.lon(), cold.lat());
        assertTrue(warmth(on, h, 6) - warmth(off, h, 6) > 0.15, "heat colours where the incidents are: "
                + warmth(off, h, 6) + " -> " + warmth(on, h, 6));
        assertEquals(warmth(off, c, 6), warmth(on, c, 6), 0.02, "no heat far from them");
    }

    @Test
    void toggleBarAndMetricKeyDriveTheSameSwitches(FxRobot robot) {
        robot.clickOn("#layer-toggle-heatmap");
        assertTrue(WallFixture.fx(() -> layers.heatmapProperty().get() && layers.heatmapLayer().isShown()));
        robot.clickOn("#layer-toggle-markers");
        assertFalse(WallFixture.fx(() -> layers.markersLayer().isShown()));
        robot.clickOn("#layer-metric");
        assertEquals(ChoroplethMetric.OVERDUE, WallFixture.fx(() -> layers.metricProperty().get()));
        WallFixture.fx(() -> {
            view.requestFocus();
            return null;
        });
        robot.type(KeyCode.N);
        assertEquals(ChoroplethMetric.DENSITY, WallFixture.fx(() -> layers.metricProperty().get()));
        assertEquals(ChoroplethMetric.DENSITY, layers.choroplethLayer().metric());
    }

    @Test
    void newIncidentsPulseWithAFixedNumberOfNodes() {
        long t = 1_700_000_000_000L;
        render(markersAt(streets.get(1), 50, 3, t, UnitMetricSource.NONE));
        assertEquals(0, (int) WallFixture.fx(() -> layers.pulsesAlive()), "the first model sets the mark only");
        int nodes = WallFixture.fx(() -> countNodes(wall.root()));
        render(markersAt(streets.get(1), 500, 3, t + 1000, UnitMetricSource.NONE));
        int alive = WallFixture.fx(() -> layers.pulsesAlive());
        assertTrue(alive > 0 && alive <= PulseOverlay.MAX_RINGS, "newer incidents pulse, bounded: " + alive);
        assertEquals(nodes, (int) WallFixture.fx(() -> countNodes(wall.root())), "a fixed pool of ring nodes, none added");
    }

    @Test
    void ringsGoToTheMostSevereNewIncidentsAndEachRepaintsOnlyItsOwnSmallArea() {
        long t = 1_700_000_000_000L;
        render(markersAt(streets.get(0), 20, 1, t, UnitMetricSource.NONE));
        // new: many low-severity incidents spread over three streets, one severity 4 far from them
        int n = 60;
        double[] lon = new double[n];
        double[] lat = new double[n];
        byte[] sev = new byte[n];
        long[] at = new long[n];
        for (int i = 0; i < n; i++) {
            UnitInfo u = map.directory().unit(streets.get(i % 3).code());
            lon[i] = u.lon();
            lat[i] = u.lat();
            sev[i] = 1;
            at[i] = t + 1000 - i;
        }
        UnitInfo far = map.directory().unit(streets.get(streets.size() - 1).code());
        lon[n - 1] = far.lon();
        lat[n - 1] = far.lat();
        sev[n - 1] = 4;
        render(new MapOverlayModel(t + 1000, t + 1000, UnitMetricSource.NONE, lon, lat, sev, at, n));
        assertEquals(PulseOverlay.MAX_RINGS, (int) WallFixture.fx(() -> layers.pulsesAlive()));
        double[] severe = screenOf(far.lon(), far.lat());
        List<double[]> rings = WallFixture.fx(() -> layers.pulseOverlay().getChildren().stream()
                .filter(Node::isVisible)
                .map(c -> new double[] {c.getBoundsInParent().getCenterX(), c.getBoundsInParent().getCenterY(),
                        c.getBoundsInParent().getWidth(), c.getBoundsInParent().getHeight()})
                .toList());
        assertEquals(PulseOverlay.MAX_RINGS, rings.size(), "every live ring is shown");
        assertTrue(rings.stream().anyMatch(r -> Math.abs(r[0] - severe[0]) < 2 && Math.abs(r[1] - severe[1]) < 2),
                "the severity-4 incident gets a ring although it is the oldest of the new ones");
        double w = WallFixture.fx(() -> view.getWidth());
        for (double[] r : rings) {
            // a ring's node is its own small box: the renderer repaints that box, not the map
            assertTrue(r[2] < w / 10 && r[3] < w / 10, "ring bounds " + r[2] + "x" + r[3] + " on a map " + w + " wide");
        }
    }
}
