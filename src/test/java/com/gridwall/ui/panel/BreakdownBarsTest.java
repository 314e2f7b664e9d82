package com.gridwall.ui.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Category;
import com.gridwall.domain.Lang;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class BreakdownBarsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void rowsAreLargestFirstAndTheRestFoldsIntoOther() {
        List<BreakdownBars.Row> rows = BreakdownBars.rows(SampleModels.byCategory(), 5);
        assertEquals(5, rows.size());
        assertEquals("安全隐患", rows.get(0).label().zh());
        assertEquals(312, rows.get(0).count());
        assertEquals("民生诉求", rows.get(1).label().zh());
        assertTrue(rows.get(4).other());
        long total = SampleModels.byCategory().stream().mapToLong(BreakdownItem::count).sum();
        assertEquals(total, rows.stream().mapToLong(BreakdownBars.Row::count).sum(), "nothing lost in folding");
        assertEquals(1.0, rows.stream().mapToDouble(BreakdownBars.Row::share).sum(), 1e-9);
        assertEquals(6, BreakdownBars.rows(SampleModels.bySource(), 6).size(), "six sources fit six rows without an 'other'");
        assertTrue(BreakdownBars.rows(SampleModels.bySource(), 6).stream().noneMatch(BreakdownBars.Row::other));
        assertEquals(0.0, BreakdownBars.rows(List.of(new BreakdownItem(LocalText.of(Category.FIRE), 0)), 5).get(0).share());
    }

    @Test
    void negativeCountsAreRejectedNamingTheItem() {
        var e = assertThrows(IllegalArgumentException.class, () -> new BreakdownItem(LocalText.of(Category.FIRE), -1));
        assertTrue(e.getMessage().contains("消防"), e.getMessage());
    }

    @Test
    void showsCountAndShareAndSwitchesLanguage() {
        BreakdownBars bars = new BreakdownBars();
        bars.setHeadingKey("breakdown.byCategory");
        bars.setItems(SampleModels.byCategory());
        FxTest.show(stage, bars, 220, 300);
        List<String> zh = FxTest.texts(bars);
        assertTrue(zh.containsAll(List.of("按类别", "安全隐患", "312 · 24.3%", "其他")), zh.toString());
        FxTest.run(() -> bars.setLang(Lang.EN));
        List<String> en = FxTest.texts(bars);
        assertTrue(en.containsAll(List.of("By category", "Safety hazard", "Others")), en.toString());
    }

    @Test
    void rowNodesAreBoundedAndReused() {
        BreakdownBars bars = new BreakdownBars();
        FxTest.show(stage, bars, 220, 300);
        for (int round = 0; round < 50; round++) {
            List<BreakdownItem> items = new ArrayList<>();
            for (int i = 0; i < 1 + round % 11; i++) {
                items.add(new BreakdownItem(LocalText.of(Category.values()[i]), round * 10L + i));
            }
            FxTest.run(() -> bars.setItems(items));
        }
        int rowNodes = FxTest.call(() -> bars.lookupAll(".breakdown-row").size());
        assertEquals(5, rowNodes, "never more row nodes than maxRows");
        long visible = FxTest.call(() -> bars.lookupAll(".breakdown-row").stream().filter(javafx.scene.Node::isVisible).count());
        assertEquals(5, visible, "the last update had 50 % 11 + 1 = 7 items: 4 rows and 'other'");
    }
}
