package com.gridwall.ui.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Category;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Lang;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class IncidentTickerTest {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private static TickerItem item(int i, Category c, int severity) {
        return new TickerItem("e" + i, "inc" + i, severity, c, "西街街道", "曙光社区居民委员会", "网格07",
                NOW.minusSeconds(180), EventType.DISPATCHED);
    }

    private IncidentTicker show() {
        IncidentTicker ticker = new IncidentTicker();
        ticker.setNow(NOW);
        FxTest.show(stage, ticker, 440, 400);
        return ticker;
    }

    private static List<IncidentTickerSkin.TickerCell> filledCells(IncidentTicker t) {
        return FxTest.call(() -> t.lookupAll(".ticker-cell").stream()
                .map(n -> (IncidentTickerSkin.TickerCell) n)
                .filter(c -> c.getItem() != null && c.isVisible())
                .sorted((a, b) -> Double.compare(a.getLayoutY(), b.getLayoutY()))
                .toList());
    }

    @Test
    void boundedAndNewestOnTop() {
        IncidentTicker ticker = show();
        FxTest.run(() -> {
            for (int n = 0; n < 500; n++) {
                ticker.push(item(n, Category.values()[n % 11], 1 + n % 4));
            }
        });
        assertEquals(IncidentTicker.DEFAULT_CAPACITY, ticker.getItems().size());
        assertEquals("e499", ticker.getItems().get(0).eventId(), "newest first");
        assertEquals("e300", ticker.getItems().get(199).eventId(), "oldest kept");
        IncidentTickerSkin.TickerCell top = filledCells(ticker).get(0);
        assertSame(ticker.getItems().get(0), top.getItem(), "the top row on screen is the newest");
        FxTest.run(() -> ticker.setCapacity(50));
        assertEquals(50, ticker.getItems().size());
    }

    @Test
    void virtualisedFewCellsForManyItems() {
        IncidentTicker ticker = show();
        List<TickerItem> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(item(1000 - i, Category.FIRE, 2));
        }
        FxTest.run(() -> ticker.setAll(many));
        int cells = FxTest.call(() -> ticker.lookupAll(".ticker-cell").size());
        int visibleRows = (int) Math.ceil(400 / IncidentTickerSkin.CELL_HEIGHT);
        assertTrue(cells <= visibleRows + 3, cells + " cells for 200 items, " + visibleRows + " rows visible");
        assertEquals(200, ticker.getItems().size());
    }

    @Test
    void rowShowsSeverityCategoryPlaceAgeAndStatus() {
        IncidentTicker ticker = show();
        FxTest.run(() -> ticker.setAll(List.of(item(1, Category.FIRE, 4))));
        IncidentTickerSkin.TickerCell cell = filledCells(ticker).get(0);
        assertEquals(List.of("紧急", "消防", "派单", "西街街道 · 曙光社区 · 网格07", "3分钟前"), FxTest.texts(cell));
        assertTrue(cell.getStyleClass().contains("sev-4"));
        FxTest.run(() -> ticker.setNow(NOW.plusSeconds(3600)));
        assertEquals("1小时前", ((Label) cell.lookup(".ticker-age")).getText(), "age ticks with now");
        FxTest.run(() -> ticker.setLang(Lang.EN));
        assertEquals(List.of("Critical", "Fire", "Dispatched", "西街街道 · 曙光社区 · 网格07", "1 h ago"), FxTest.texts(cell));
    }

    @Test
    void aNewItemPulsesAnOldOneDoesNot() {
        IncidentTicker ticker = show();
        FxTest.run(() -> ticker.setAll(List.of(item(1, Category.FIRE, 2), item(0, Category.FLOOD, 2))));
        assertTrue(filledCells(ticker).stream().noneMatch(IncidentTickerSkin.TickerCell::isPulsing), "first fill: nothing is new");
        FxTest.run(() -> ticker.setAll(List.of(item(2, Category.DISPUTE, 3), item(1, Category.FIRE, 2), item(0, Category.FLOOD, 2))));
        List<IncidentTickerSkin.TickerCell> cells = filledCells(ticker);
        assertEquals("e2", cells.get(0).getItem().eventId());
        assertTrue(cells.get(0).isPulsing(), "the new top line pulses");
        assertTrue(cells.stream().skip(1).noneMatch(IncidentTickerSkin.TickerCell::isPulsing), "lines already shown do not");
    }

    @Test
    void clickingALineReportsIt(FxRobot robot) {
        IncidentTicker ticker = show();
        AtomicReference<TickerItem> selected = new AtomicReference<>();
        FxTest.run(() -> {
            ticker.setOnSelect(selected::set);
            ticker.setAll(List.of(item(7, Category.TRAFFIC, 1), item(6, Category.FIRE, 1)));
        });
        Node top = filledCells(ticker).get(0);
        robot.clickOn(top);
        assertEquals("e7", selected.get().eventId());
    }

    @Test
    void itemValidationNamesTheEvent() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new TickerItem("e-42", "i", 5, Category.FIRE, null, null, null, NOW, EventType.REPORTED));
        assertTrue(e.getMessage().contains("e-42") && e.getMessage().contains("1..4"), e.getMessage());
        assertEquals("洪门镇 · 张堤村", new TickerItem("e", "i", 1, Category.FIRE, "洪门镇", "张堤村民委员会", " ", NOW, EventType.REPORTED).place());
    }
}
