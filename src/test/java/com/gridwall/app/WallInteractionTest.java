package com.gridwall.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gridwall.domain.Category;
import com.gridwall.domain.Lang;
import com.gridwall.domain.Level;
import com.gridwall.geo.MapUnit;
import com.gridwall.store.snapshot.UnitKpis;
import com.gridwall.store.snapshot.WallSnapshot;
import com.gridwall.ui.WallFixture;
import com.gridwall.ui.alert.AlertKind;
import com.gridwall.ui.alert.WallAlert;
import com.gridwall.ui.map.MapView;
import com.gridwall.ui.panel.Panel;
import com.gridwall.ui.wall.WallLayoutConfig;
import com.gridwall.ui.wall.WallPresenter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The living wall on a real (headless) stage: KPI tiles show the store's numbers, drill-down by
 * click and back up by keys and breadcrumb, acknowledgement by key and by click written to the
 * audit log, stale panels when the feed stops.
 */
@ExtendWith(ApplicationExtension.class)
class WallInteractionTest {
    private static WallSnapshot first;
    private static WallSnapshot later;
    private WallTestBed bed;
    private Stage stage;
    @TempDir
    Path dir;

    @BeforeAll
    static void stores() {
        first = WallTestBed.simulated(3000);
        later = WallTestBed.simulated(3100);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        bed = new WallTestBed(first.asOf());
        bed.snapshot.set(first);
        bed.show(stage, Lang.ZH, WallLayoutConfig.bundled(false), 1280, 720);
    }

    private WallPresenter presenter() {
        return bed.screen.presenter();
    }

    private List<String> tileValues() {
        return WallFixture.fx(() -> presenter().kpiTiles().lookupAll(".kpi-value").stream()
                .map(n -> ((Labeled) n).getText()).toList());
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String percent(java.util.OptionalDouble r) {
        if (r.isEmpty()) {
            return "—";
        }
        // a whole 100 % is shown without decimals (the tile's rule); anything else with one
        return r.getAsDouble() == 1.0 ? "100" : String.format(Locale.ROOT, "%.1f", r.getAsDouble() * 100);
    }

    private void assertTilesShow(UnitKpis u) {
        List<String> values = tileValues();
        assertEquals(count(u.today().received()), values.get(0), "received today");
        assertEquals(count(u.open()), values.get(1), "open");
        assertEquals(count(u.overdue()), values.get(2), "overdue");
        assertEquals(percent(u.today().completionRate()), values.get(3), "completion rate");
        assertEquals(percent(u.today().timelyRate()), values.get(4), "timely rate");
    }

    @Test
    void kpiTilesShowTheStoresNumbers() {
        WallFixture.await(10, () -> presenter().kpiTiles().getTiles() != null && !presenter().kpiTiles().getTiles().isEmpty());
        assertTrue(first.root().today().received() > 100, "the simulated day has events today");
        assertTilesShow(first.root());
    }

    private Point2D screenPoint(MapView view, MapUnit unit) {
        return WallFixture.fx(() -> {
            double[] p = view.anchorOf(unit);
            return view.localToScreen(p[0], p[1]);
        });
    }

    @Test
    void clickDrillsDownStreetThenCommunityAndKeysAndBreadcrumbLeadBackUp(FxRobot robot) {
        MapView view = bed.screen.wall().mapView();
        WallFixture.await(10, () -> view.levelProperty().get() == Level.STREET);
        MapUnit street = WallTestBed.MAP.unitsAt(Level.STREET).stream()
                .filter(s -> first.unit(s.code()) != null && first.unit(s.code()).today().received() > 0).findFirst().orElseThrow();
        robot.clickOn(screenPoint(view, street));
        WallFixture.await(5, () -> street.equals(presenter().drillDown().scope()));
        assertTilesShow(first.unit(street.code()));
        assertEquals("新乡市红旗区 › " + street.name(), WallFixture.fx(presenter()::breadcrumbText));
        // every list is scoped: the ticker shows only this street's events
        assertTrue(WallFixture.fx(() -> bed.screen.presenter().panels().get("ticker") != null));
        assertTrue(presenter().models().ticker(first, street).stream().allMatch(t -> t.street().equals(street.name())));

        // the map flew to the street: communities are drawn; click one of this street's
        try {
            WallFixture.await(10, () -> view.levelProperty().get() == Level.COMMUNITY && view.viewport().equals(view.targetViewport()));
        } catch (AssertionError e) {
            throw new AssertionError(WallFixture.fx(() -> view.levelProperty().get() + " " + view.viewport() + " target "
                    + view.targetViewport() + " fitted " + view.fittedViewport()), e);
        }
        MapUnit community = WallTestBed.MAP.children(street.code()).stream()
                .max(java.util.Comparator.comparingDouble(c -> c.geometry().getArea())).orElseThrow();
        robot.clickOn(screenPoint(view, community));
        WallFixture.await(5, () -> community.equals(presenter().drillDown().scope()));
        assertEquals("新乡市红旗区 › " + street.name() + " › " + community.name(), WallFixture.fx(presenter()::breadcrumbText));
        UnitKpis ck = first.unit(community.code());
        if (ck != null) {
            assertTilesShow(ck);
        }

        robot.type(KeyCode.BACK_SPACE);
        WallFixture.await(5, () -> street.equals(presenter().drillDown().scope()));
        robot.type(KeyCode.ESCAPE);
        WallFixture.await(5, () -> presenter().drillDown().scope() == null);
        assertTilesShow(first.root());
        assertEquals("新乡市红旗区", WallFixture.fx(presenter()::breadcrumbText));

        // Home from deep down; then the breadcrumb's first entry from a street
        WallFixture.fx(() -> {
            presenter().drillDown().select(community);
            return null;
        });
        robot.type(KeyCode.HOME);
        WallFixture.await(5, () -> presenter().drillDown().scope() == null);
        WallFixture.fx(() -> {
            presenter().drillDown().select(community);
            return null;
        });
        Node streetCrumb = WallFixture.fx(() -> bed.scene.lookup("#crumb-" + street.code()));
        robot.clickOn(streetCrumb);
        WallFixture.await(5, () -> street.equals(presenter().drillDown().scope()));
        robot.clickOn(WallFixture.fx(() -> bed.scene.lookup("#crumb-home")));
        WallFixture.await(5, () -> presenter().drillDown().scope() == null);
        WallFixture.await(10, () -> view.viewport().equals(view.fittedViewport()));
    }

    private WallAlert alert(String id, AlertKind kind, Category c) {
        MapUnit grid = WallTestBed.MAP.unitsAt(Level.GRID).get(5);
        return new WallAlert(id, kind, c, grid.name(), first.asOf(), grid.code(), Double.NaN, Double.NaN);
    }

    private List<JsonNode> auditLines(Path file) throws Exception {
        if (!Files.exists(file)) {
            return List.of();
        }
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            out.add(json.readTree(line));
        }
        return out;
    }

    @Test
    void acknowledgingByKeyAndByClickAppendsAuditLines(FxRobot robot) throws Exception {
        Path file = dir.resolve("audit.log");
        WallFixture.fx(() -> {
            bed.screen.wireAlerts(new AuditLog(file), null, "值班员张三");
            presenter().alertBanner().raiseAll(List.of(alert("i-1", AlertKind.NEW_CRITICAL, Category.FIRE),
                    alert("i-2", AlertKind.NEW_CRITICAL, Category.FIRE)));
            return null;
        });
        // focus on the map, not the banner: the wall's key filter acknowledges anyway
        robot.clickOn(bed.screen.wall().mapView());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<JsonNode> lines = auditLines(file);
        assertEquals(1, lines.size());
        assertEquals("值班员张三", lines.get(0).get("who").asText());
        assertEquals("NEW_CRITICAL", lines.get(0).get("kind").asText());
        assertEquals("FIRE", lines.get(0).get("category").asText());
        assertEquals(2, lines.get(0).get("count").asInt());
        assertFalse(lines.get(0).get("when").asText().isEmpty());
        String firstLine = Files.readAllLines(file).get(0);
        assertTrue(WallFixture.fx(() -> presenter().alertBanner().getGroups().isEmpty()));

        WallFixture.fx(() -> presenter().alertBanner().raiseAll(List.of(alert("i-3", AlertKind.NEWLY_OVERDUE, Category.TRAFFIC))));
        Button ack = WallFixture.fx(() -> (Button) presenter().alertBanner().lookup(".alert-ack"));
        robot.clickOn(ack);
        WaitForAsyncUtils.waitForFxEvents();
        lines = auditLines(file);
        assertEquals(2, lines.size());
        assertEquals(firstLine, Files.readAllLines(file).get(0), "append-only: the first line is unchanged");
        assertEquals("i-3", lines.get(1).get("incidents").get(0).asText());
        assertEquals("NEWLY_OVERDUE", lines.get(1).get("kind").asText());
    }

    @Test
    void panelsGoStaleWhenTheFeedStopsAndRecoverWhenDataComes() {
        WallFixture.await(10, () -> presenter().panels().values().stream().allMatch(p -> p.getDataTime() != null));
        assertTrue(WallFixture.fx(() -> presenter().panels().values().stream().noneMatch(Panel::isStale)));
        // no new event for a minute: the same snapshot, the clock moves on
        bed.clock.set(first.asOf().plus(Duration.ofSeconds(61)));
        WallFixture.await(5, () -> presenter().panels().values().stream().allMatch(Panel::isStale));
        assertTrue(WallFixture.fx(() -> bed.scene.lookup(".panel:stale") != null || presenter().panels().get("kpi").isStale()));
        // the feed comes back: a snapshot with newer events
        bed.snapshot.set(later);
        WallFixture.await(5, () -> presenter().panels().values().stream().noneMatch(Panel::isStale));
        assertNull(WallFixture.fx(() -> presenter().drillDown().scope()));
    }
}
