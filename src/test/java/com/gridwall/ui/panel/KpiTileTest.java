package com.gridwall.ui.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Lang;
import java.util.List;
import java.util.OptionalDouble;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class KpiTileTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private static String text(KpiTile tile, String styleClass) {
        return FxTest.call(() -> ((Label) tile.lookup("." + styleClass)).getText());
    }

    private KpiTile show(KpiTileModel m) {
        KpiTile tile = new KpiTile(m);
        FxTest.show(stage, tile, 220, 90);
        return tile;
    }

    @Test
    void showsTheModelsNumbers() {
        KpiTile tile = show(KpiTileModel.of(KpiKind.RECEIVED_TODAY, 1286, 1214));
        assertEquals("今日受理", text(tile, "kpi-label"));
        assertEquals("1,286", text(tile, "kpi-value"));
        assertEquals("件", text(tile, "kpi-unit"));
        assertEquals("▲72", text(tile, "kpi-delta"));

        FxTest.run(() -> tile.setModel(KpiTileModel.of(KpiKind.TIMELY_RATE, 0.968, 0.975)));
        assertEquals("96.8", text(tile, "kpi-value"));
        assertEquals("%", text(tile, "kpi-unit"));
        assertEquals("▼0.7百分点", text(tile, "kpi-delta"));

        FxTest.run(() -> tile.setModel(KpiTileModel.of(KpiKind.TIME_TO_RESOLVE, 18.6 * 3600, 17.9 * 3600)));
        assertEquals("18.6", text(tile, "kpi-value"));
        assertEquals("小时", text(tile, "kpi-unit"));
        assertEquals("▲0.7小时", text(tile, "kpi-delta"));

        FxTest.run(() -> tile.setModel(KpiTileModel.of(KpiKind.TIME_TO_DISPATCH, 6.4 * 60, 6.4 * 60)));
        assertEquals("6.4", text(tile, "kpi-value"));
        assertEquals("持平", text(tile, "kpi-delta"));
    }

    @Test
    void absentOrNonFiniteValuesShowADashNeverNaN() {
        KpiTile tile = show(KpiTileModel.absent(KpiKind.SATISFACTION));
        assertEquals("—", text(tile, "kpi-value"));
        assertEquals("", text(tile, "kpi-unit"));
        assertEquals("—", text(tile, "kpi-delta"));
        FxTest.run(() -> tile.setModel(KpiTileModel.of(KpiKind.COMPLETION_RATE, Double.NaN, 0.9)));
        assertEquals("—", text(tile, "kpi-value"));
        FxTest.run(() -> tile.setModel(KpiTileModel.of(KpiKind.COMPLETION_RATE, 0.93, Double.POSITIVE_INFINITY)));
        assertEquals("93.0", text(tile, "kpi-value"));
        assertEquals("—", text(tile, "kpi-delta"));
        for (String t : FxTest.texts(tile)) {
            assertFalse(t.contains("NaN") || t.contains("Infinity") || t.contains("∞"), t);
        }
    }

    @Test
    void deltaColourFollowsWhetherTheMoveIsGoodForThisKpi() {
        KpiTile tile = show(KpiTileModel.of(KpiKind.OVERDUE, 17, 12));
        Label delta = (Label) tile.lookup(".kpi-delta");
        assertTrue(delta.getStyleClass().contains("delta-bad"), "more overdue is bad");
        assertEquals("▲5", delta.getText());
        FxTest.run(() -> tile.setModel(KpiTileModel.of(KpiKind.TIMELY_RATE, 0.98, 0.97)));
        assertTrue(delta.getStyleClass().contains("delta-good"), "a higher timely rate is good");
        assertFalse(delta.getStyleClass().contains("delta-bad"));
        FxTest.run(() -> tile.setModel(KpiTileModel.of(KpiKind.TIME_TO_DISPATCH, 300, 420)));
        assertTrue(delta.getStyleClass().contains("delta-good"), "faster dispatch is good");
        assertEquals("▼2.0分钟", delta.getText());
        FxTest.run(() -> tile.setModel(KpiTileModel.of(KpiKind.RECEIVED_TODAY, 900, 800)));
        assertTrue(delta.getStyleClass().contains("delta-neutral"), "more received is neither");
        assertEquals(1, delta.getStyleClass().stream().filter(s -> s.startsWith("delta-")).count());
    }

    @Test
    void modelSemantics() {
        assertEquals(KpiTileModel.Direction.UP, KpiTileModel.of(KpiKind.OPEN, 5, 4).direction());
        assertEquals(KpiTileModel.Meaning.BAD, KpiTileModel.of(KpiKind.OPEN, 5, 4).meaning());
        assertEquals(KpiTileModel.Direction.DOWN, KpiTileModel.of(KpiKind.SATISFACTION, 0.8, 0.9).direction());
        assertEquals(KpiTileModel.Meaning.BAD, KpiTileModel.of(KpiKind.SATISFACTION, 0.8, 0.9).meaning());
        assertEquals(KpiTileModel.Direction.UNKNOWN, KpiTileModel.of(KpiKind.SATISFACTION, 0.8).direction());
        assertEquals(KpiTileModel.Direction.FLAT, KpiTileModel.of(KpiKind.SATISFACTION, 0.97231, 0.97219).direction(),
                "a change below 0.1 percentage point is shown as no change, never as ▲0.0");
        assertEquals(KpiTileModel.Meaning.NEUTRAL, KpiTileModel.of(KpiKind.SATISFACTION, 0.97231, 0.97219).meaning());
        assertEquals("持平", KpiFormat.delta(KpiTileModel.of(KpiKind.SATISFACTION, 0.97231, 0.97219), Lang.ZH));
        assertEquals(OptionalDouble.empty(), new KpiTileModel(KpiKind.OPEN, OptionalDouble.of(Double.NaN), null).value());
        assertEquals("32.7万", KpiFormat.value(KpiTileModel.of(KpiKind.RECEIVED_TODAY, 327_000), Lang.ZH));
        assertEquals("327.0K", KpiFormat.value(KpiTileModel.of(KpiKind.RECEIVED_TODAY, 327_000), Lang.EN));
        assertEquals("9,999", KpiFormat.value(KpiTileModel.of(KpiKind.RECEIVED_TODAY, 9_999), Lang.EN));
        assertEquals("1.2万", KpiFormat.value(KpiTileModel.of(KpiKind.RECEIVED_TODAY, 12_345), Lang.ZH));
        assertEquals("▲1.2万", KpiFormat.delta(KpiTileModel.of(KpiKind.RECEIVED_TODAY, 24_690, 12_345), Lang.ZH));
        assertEquals("100", KpiFormat.value(KpiTileModel.of(KpiKind.COMPLETION_RATE, 1.0), Lang.ZH));
        assertEquals("99.9", KpiFormat.value(KpiTileModel.of(KpiKind.DISPUTE_RESOLUTION, 4454.0 / 4455), Lang.ZH));
    }

    @Test
    void languageSwitchChangesLabelsAndUnits() {
        KpiTile tile = show(KpiTileModel.of(KpiKind.TIME_TO_DISPATCH, 384, 426));
        assertEquals("响应时长", text(tile, "kpi-label"));
        FxTest.run(() -> tile.setLang(Lang.EN));
        assertEquals("Time to dispatch", text(tile, "kpi-label"));
        assertEquals("min", text(tile, "kpi-unit"));
        assertEquals("▼0.7 min", text(tile, "kpi-delta"));
    }

    @Test
    void gridShowsEveryTileAndReusesThemOnUpdate() {
        KpiTileGrid grid = new KpiTileGrid();
        grid.setTiles(SampleModels.kpis());
        FxTest.show(stage, grid, 440, 420);
        List<KpiTile> tiles = FxTest.call(() -> LayoutChecks.all(grid, KpiTile.class));
        assertEquals(10, tiles.size());
        List<String> labels = FxTest.texts(grid);
        for (String l : List.of("今日受理", "在办", "超期", "办结率", "及时办结率", "化解率", "满意度", "派单准确率", "响应时长", "处置时长")) {
            assertTrue(labels.contains(l), l + " in " + labels);
        }
        FxTest.run(() -> grid.setTiles(SampleModels.kpis().stream().map(m -> KpiTileModel.absent(m.kind())).toList()));
        List<KpiTile> after = FxTest.call(() -> LayoutChecks.all(grid, KpiTile.class));
        assertEquals(10, after.size());
        for (int i = 0; i < 10; i++) {
            assertSame(tiles.get(i), after.get(i), "tile " + i + " reused");
        }
        assertEquals(10, FxTest.texts(grid).stream().filter("—"::equals).count() / 2, "value and delta are dashes on every tile");
    }
}
