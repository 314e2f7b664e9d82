package com.gridwall.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Lang;
import com.gridwall.domain.Level;
import com.gridwall.feed.sim.Scenario;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import com.gridwall.geo.io.MapLoader;
import com.gridwall.ui.WallFixture;
import com.gridwall.ui.emergency.EmergencyController;
import com.gridwall.ui.i18n.Messages;
import com.gridwall.ui.map.layer.MapLayers;
import com.gridwall.ui.shell.Wall;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Emergency mode and the map layers on the bundled map with a real store fed by the simulator: the
 * layers paint the store's markers; F9 + 2 declares a fire over the selected street and switches the
 * layout; F6/F7 keep the red summons tally; F10 restores the layout and writes the report with its PNGs.
 */
@ExtendWith(ApplicationExtension.class)
class EmergencyModeTest {
    @TempDir
    Path reports;
    private GridMap map;
    private SimulatedStore sim;
    private Wall wall;
    private EmergencyController emergency;

    @Start
    void start(Stage stage) throws Exception {
        map = MapLoader.loadResource(MapLoader.DEFAULT_RESOURCE);
        sim = new SimulatedStore(map, 7, Scenario.NORMAL, 2000, 2).start().awaitHistory(30);
        wall = WallFixture.show(stage, map, Lang.ZH, 1280, 720);
        Messages messages = Messages.of(Lang.ZH);
        emergency = new EmergencyController(wall, messages, new MarkdownEmergencyReports(reports));
        emergency.install(stage.getScene());
        MapLayers layers = wall.mapLayers();
        wall.frameLoop().watch(sim.store()::snapshot, s -> {
            layers.setSnapshot(s);
            emergency.mode().setSnapshot(s);
        });
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void layersPaintTheStoresLiveMarkers() {
        WallFixture.await(10, () -> wall.mapLayers().heatmapProperty().getValue() != null
                && sim.store().snapshot().markers().size() > 0);
        WallFixture.fx(() -> {
            wall.mapLayers().heatmapProperty().set(true);
            wall.mapView().setSynchronousPaint(true);
            wall.mapLayers().flush();
            wall.renderNow();
            return null;
        });
        assertTrue(wall.mapLayers().heatmapLayer().lastPeak() > 0, "heatmap from the store's markers");
        assertTrue(wall.mapLayers().modelsReceived() > 0, "models from the store's snapshots");
    }

    @Test
    void declaringSwitchesTheLayoutAndEndingWritesTheReport(FxRobot robot) throws Exception {
        MapUnit street = map.unitsAt(Level.STREET).get(0);
        WallFixture.fx(() -> {
            wall.mapView().selectedProperty().set(street);
            return null;
        });
        robot.type(KeyCode.F9);
        assertTrue(WallFixture.fx(() -> emergency.declaring()), "F9 opens the declaration bar");
        robot.type(KeyCode.DIGIT2);
        assertTrue(WallFixture.fx(() -> emergency.mode().isActive()), "2 declares a fire");
        assertEquals("FIRE", WallFixture.fx(() -> emergency.mode().activeProperty().get().kind().name()));
        assertTrue(WallFixture.fx(() -> wall.layout().leftSlot().getChildren().contains(emergency.view().left())),
                "the left column shows the emergency panel");
        assertNotNull(robot.lookup("#emergency-title").query());
        assertTrue(WallFixture.fx(() -> wall.mapView().viewport().scale() > wall.mapView().fittedViewport().scale() * 1.2),
                "the map is zoomed onto the area");

        robot.type(KeyCode.F6);
        robot.type(KeyCode.F6);
        robot.type(KeyCode.F6);
        robot.type(KeyCode.F7);
        assertEquals(3, (int) WallFixture.fx(() -> emergency.mode().activeProperty().get().called()));
        assertEquals(1, (int) WallFixture.fx(() -> emergency.mode().activeProperty().get().arrived()));
        WallFixture.await(5, () -> emergency.mode().pictureProperty().get() != null
                && emergency.mode().pictureProperty().get().timeline().size() >= 5);

        // the wall's language switch reaches the emergency columns and status line while it runs
        String zhTitle = WallFixture.fx(() -> ((javafx.scene.control.Label) robot.lookup("#emergency-title").query()).getText());
        WallFixture.fx(() -> {
            wall.langProperty().set(com.gridwall.domain.Lang.EN);
            return null;
        });
        String enTitle = WallFixture.fx(() -> ((javafx.scene.control.Label) robot.lookup("#emergency-title").query()).getText());
        assertTrue(enTitle.contains("Fire") && !enTitle.equals(zhTitle), "English title: " + enTitle);
        assertTrue(WallFixture.fx(() -> ((javafx.scene.control.Label) robot.lookup("#emergency-status").query()).getText())
                .contains("Fire"), "English status line");
        WallFixture.fx(() -> {
            wall.langProperty().set(com.gridwall.domain.Lang.ZH);
            return null;
        });
        assertEquals(zhTitle, WallFixture.fx(() -> ((javafx.scene.control.Label) robot.lookup("#emergency-title").query()).getText()));

        var picture = WallFixture.fx(() -> emergency.mode().pictureProperty().get());
        robot.type(KeyCode.F10);
        assertFalse(WallFixture.fx(() -> emergency.mode().isActive()), "F10 ends it");
        assertFalse(WallFixture.fx(() -> wall.layout().leftSlot().getChildren().contains(emergency.view().left())),
                "normal layout back");
        Path md = WallFixture.fx(() -> emergency.lastReport());
        assertNotNull(md, "report written");
        String text = Files.readString(md);
        assertTrue(text.contains("火灾") && text.contains(street.name()), "report names kind and area");
        assertTrue(text.contains("已召集 3 人，已到岗 1 人"), "report has the summons tally");
        assertTrue(text.contains("宣布应急") && text.contains("到岗"), "report has the timeline");
        assertTrue(text.contains("![wall](wall.png)"));
        assertTrue(Files.size(md.resolveSibling("wall.png")) > 10_000, "wall snapshot written");
        assertTrue(Files.size(md.resolveSibling("area.png")) > 10_000, "area snapshot written");
        // a wall switched to English writes its report in English
        String en = new MarkdownEmergencyReports(reports).markdown(new com.gridwall.ui.emergency.EmergencyReport(
                picture, picture.asOf(), null, null, com.gridwall.domain.Lang.EN));
        assertTrue(en.contains("Emergency: Fire") && en.contains("3 called, 1 arrived"), en);
        assertFalse(en.contains("火灾"), "no Chinese kind in the English report");
    }
}
