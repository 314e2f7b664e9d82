package com.gridwall.ui.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Lang;
import java.time.LocalDateTime;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TrendChartTest {
    private static final LocalDateTime MIDNIGHT = LocalDateTime.of(2026, 11, 26, 0, 0);
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void modelRejectsInconsistentArraysWithAClearMessage() {
        var e = assertThrows(IllegalArgumentException.class, () -> new TrendModel(MIDNIGHT, 60, new int[24], new int[23], 3));
        assertTrue(e.getMessage().contains("received has 24 buckets but resolved has 23"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TrendModel(MIDNIGHT, 0, new int[2], new int[2], 0));
        assertThrows(IllegalArgumentException.class, () -> new TrendModel(MIDNIGHT, 60, new int[2], new int[2], 2));
    }

    @Test
    void modelIsImmutable() {
        int[] received = {1, 2, 3};
        TrendModel m = new TrendModel(MIDNIGHT, 60, received, new int[3], 2);
        received[0] = 99;
        m.received()[1] = 99;
        assertEquals(1, m.receivedAt(0));
        assertEquals(2, m.receivedAt(1));
        assertEquals(3, m.max());
        assertEquals(MIDNIGHT.plusMinutes(120), m.bucketStart(2));
    }

    @Test
    void scaleIsANiceRoundNumberAboveTheMaximum() {
        assertEquals(5, TrendChartSkin.niceCeiling(0));
        assertEquals(10, TrendChartSkin.niceCeiling(7));
        assertEquals(100, TrendChartSkin.niceCeiling(96));
        assertEquals(200, TrendChartSkin.niceCeiling(101));
        assertEquals(500, TrendChartSkin.niceCeiling(500));
        assertEquals(1000, TrendChartSkin.niceCeiling(501));
    }

    /** The series is painted from the arrays: a spike at 12:00 lights pixels high above 12:00 that a flat day leaves dark. */
    @Test
    void paintsTheSeriesFromTheModelWithoutANodePerPoint() {
        int[] flatReceived = new int[144];
        int[] spike = new int[144];
        for (int i = 0; i < 144; i++) {
            flatReceived[i] = 10;
            spike[i] = 10;
        }
        spike[72] = 100;
        int[] resolved = new int[144];
        resolved[0] = 100; // same scale (0..100) for both days
        TrendChart chart = new TrendChart();
        chart.setModel(new TrendModel(MIDNIGHT, 10, flatReceived, resolved, 143));
        FxTest.show(stage, chart, 440, 200);
        int nodesBefore = FxTest.call(() -> LayoutChecks.all(chart, javafx.scene.Node.class).size());
        int flatLit = litPixelsNearTopCentre(chart);
        FxTest.run(() -> chart.setModel(new TrendModel(MIDNIGHT, 10, spike, resolved, 143)));
        int spikeLit = litPixelsNearTopCentre(chart);
        assertTrue(spikeLit > flatLit + 3, "spike lit " + spikeLit + " px near the top centre, flat day " + flatLit);
        assertEquals(nodesBefore, FxTest.call(() -> LayoutChecks.all(chart, javafx.scene.Node.class).size()),
                "144 buckets drawn without adding nodes");
    }

    /**
     * A 16:9 wall in replay mode leaves the trend about 60 px: the chart used to draw nothing there.
     * Short, it puts the legend beside the plot and still paints the curves (a spike lights the top).
     */
    @Test
    void aShortChartPutsTheLegendBesideThePlotAndStillPaintsTheCurves() {
        int[] flat = new int[24];
        int[] spike = new int[24];
        java.util.Arrays.fill(flat, 10);
        java.util.Arrays.fill(spike, 10);
        spike[12] = 100;
        int[] resolved = new int[24];
        resolved[0] = 100;
        TrendChart chart = new TrendChart();
        chart.setModel(new TrendModel(MIDNIGHT, 60, flat, resolved, 23));
        FxTest.show(stage, chart, 440, 62);
        TrendChartSkin skin = FxTest.call(() -> (TrendChartSkin) chart.getSkin());
        assertTrue(FxTest.call(skin::compact), "legend beside the plot at 62 px");
        assertTrue(FxTest.texts(chart).containsAll(java.util.List.of("受理", "办结")), "legend still shown");
        int flatLit = litPixelsNearTopCentre(chart);
        FxTest.run(() -> chart.setModel(new TrendModel(MIDNIGHT, 60, spike, resolved, 23)));
        int spikeLit = litPixelsNearTopCentre(chart);
        assertTrue(spikeLit > flatLit + 3, "spike lit " + spikeLit + " px near the top centre, flat day " + flatLit);
        assertEquals(java.util.List.of(), FxTest.call(() -> LayoutChecks.truncatedLabels(chart)), "legend labels whole");

        StackPane root = (StackPane) FxTest.call(chart::getParent);
        FxTest.run(() -> {
            stage.getScene().setRoot(new StackPane());
            stage.setScene(new javafx.scene.Scene(root, 440, 240));
            root.applyCss();
            root.layout();
        });
        assertFalse(FxTest.call(skin::compact), "legend back on top when there is room");
    }

    private static int litPixelsNearTopCentre(TrendChart chart) {
        return FxTest.call(() -> {
            Canvas canvas = (Canvas) chart.lookup(".canvas") != null ? (Canvas) chart.lookup(".canvas") : LayoutChecks.all(chart, Canvas.class).get(0);
            WritableImage img = canvas.snapshot(transparent(), null);
            PixelReader r = img.getPixelReader();
            int lit = 0;
            int cx = (int) (img.getWidth() / 2);
            for (int x = cx - 30; x <= cx + 40; x++) {
                for (int y = 4; y < img.getHeight() * 0.3; y++) {
                    Color c = r.getColor(x, y);
                    if (c.getOpacity() > 0.5 && c.getBrightness() > 0.6) {
                        lit++;
                    }
                }
            }
            return lit;
        });
    }

    private static javafx.scene.SnapshotParameters transparent() {
        javafx.scene.SnapshotParameters p = new javafx.scene.SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        return p;
    }

    @Test
    void legendFollowsTheLanguage() {
        TrendChart chart = new TrendChart();
        chart.setModel(SampleModels.trend());
        FxTest.show(stage, chart, 440, 200);
        assertTrue(FxTest.texts(chart).containsAll(java.util.List.of("受理", "办结")));
        FxTest.run(() -> chart.setLang(Lang.EN));
        assertTrue(FxTest.texts(chart).containsAll(java.util.List.of("Received", "Resolved")));
        Label legend = (Label) chart.lookup(".trend-legend-received");
        assertNotEquals(null, legend);
    }
}
