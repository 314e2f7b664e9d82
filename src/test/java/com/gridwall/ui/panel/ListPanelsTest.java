package com.gridwall.ui.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.Lang;
import java.time.Instant;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** OverdueList, DepartmentRanking and HotspotList. */
@ExtendWith(ApplicationExtension.class)
class ListPanelsTest {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void overdueCountsDownThenCountsTheTimeOverdue() {
        OverdueList list = new OverdueList();
        list.setNow(NOW);
        list.setItems(List.of(new OverdueItem("inc-1", Category.SAFETY_HAZARD, Department.HOUSING, "渠东街道 · 四排房社区居民委员会",
                NOW.plusSeconds(18 * 60 + 25))));
        FxTest.show(stage, list, 440, 300);
        Label countdown = (Label) list.lookup(".overdue-countdown");
        Node row = list.lookup(".overdue-row");
        assertEquals("剩余 0:18:25", countdown.getText());
        assertFalse(row.getPseudoClassStates().contains(PseudoClass.getPseudoClass("overdue")));
        assertTrue(FxTest.texts(list).containsAll(List.of("安全隐患", "住建", "渠东街道 · 四排房社区")), FxTest.texts(list).toString());

        FxTest.run(() -> list.setNow(NOW.plusSeconds(18 * 60 + 30)));
        assertEquals("超期 0:00:05", countdown.getText());
        assertTrue(row.getPseudoClassStates().contains(PseudoClass.getPseudoClass("overdue")));
        FxTest.run(() -> list.setNow(NOW.plusSeconds(3 * 86400)));
        assertEquals("超期 2天 23:41:35", countdown.getText());
        FxTest.run(() -> list.setLang(Lang.EN));
        assertEquals("overdue 2d 23:41:35", countdown.getText());
        assertTrue(FxTest.texts(list).containsAll(List.of("Safety hazard", "Housing")));
    }

    @Test
    void overdueShowsAtMostMaxRowsAndCountsTheRest() {
        OverdueList list = new OverdueList();
        list.setNow(SampleModels.NOW);
        list.setMaxRows(3);
        list.setItems(SampleModels.overdue());
        FxTest.show(stage, list, 440, 300);
        long rows = FxTest.call(() -> list.lookupAll(".overdue-row").stream().filter(Node::isVisible).count());
        assertEquals(3, rows);
        assertTrue(FxTest.texts(list).contains("另有 4 件"));
        FxTest.run(() -> list.setItems(List.of()));
        assertTrue(FxTest.texts(list).contains("暂无超期事件"));
        assertFalse(FxTest.texts(list).contains("另有 4 件"));
    }

    @Test
    void rankingOrdersByTimelyRateWithStableTies() {
        List<RankItem> ranked = DepartmentRanking.ranked(List.of(
                new RankItem(Department.POLICE, 0.95, 10),
                new RankItem(Department.WATER, 0, 0),
                new RankItem(Department.FIRE_RESCUE, 0.99, 5),
                new RankItem(Department.HEALTH, 0.95, 40)));
        assertEquals(List.of(Department.FIRE_RESCUE, Department.HEALTH, Department.POLICE, Department.WATER),
                ranked.stream().map(RankItem::department).toList());
        var e = assertThrows(IllegalArgumentException.class, () -> new RankItem(Department.JUSTICE, 1.5, 3));
        assertTrue(e.getMessage().contains("JUSTICE"), e.getMessage());
    }

    @Test
    void rankingShowsRankNameBarAndRate() {
        DepartmentRanking ranking = new DepartmentRanking();
        ranking.setItems(SampleModels.ranking());
        FxTest.show(stage, ranking, 440, 300);
        List<String> texts = FxTest.texts(ranking);
        assertEquals(List.of("1", "消防", "99.5%", "2", "应急", "98.7%", "3", "公安", "98.1%", "4", "街道办", "97.3%", "5", "司法", "97.0%", "6", "卫健", "96.2%"),
                texts);
        BarTrack top = (BarTrack) ranking.lookup(".bar-track");
        assertEquals(0.995, top.getFraction(), 1e-9);
        // every bar starts at the same x, whatever its department's name length (消防 and 街道办)
        List<Double> barStarts = FxTest.call(() -> ranking.lookupAll(".bar-track").stream().filter(Node::isVisible)
                .map(b -> b.localToScene(0, 0).getX()).distinct().toList());
        assertEquals(1, barStarts.size(), "bar starts " + barStarts);
        FxTest.run(() -> ranking.setItems(List.of(new RankItem(Department.WATER, 0, 0))));
        assertEquals(List.of("1", "水利", "—"), FxTest.texts(ranking));
        FxTest.run(() -> ranking.setLang(Lang.EN));
        assertEquals(List.of("1", "Water", "—"), FxTest.texts(ranking));
    }

    @Test
    void hotspotsShowPlaceCategoryAndSevenDayCount() {
        HotspotList hotspots = new HotspotList();
        hotspots.setItems(List.of(new HotspotItem("渠东街道 · 友谊路社区居民委员会", Category.CITY_MANAGEMENT, 14)));
        FxTest.show(stage, hotspots, 440, 200);
        assertEquals(List.of("1", "渠东街道 · 友谊路社区", "城市管理", "14次"), FxTest.texts(hotspots));
        FxTest.run(() -> hotspots.setLang(Lang.EN));
        assertEquals(List.of("1", "渠东街道 · 友谊路社区", "City management", "14×"), FxTest.texts(hotspots));
        FxTest.run(() -> hotspots.setItems(List.of()));
        assertEquals(List.of("No hotspots"), FxTest.texts(hotspots));
    }
}
