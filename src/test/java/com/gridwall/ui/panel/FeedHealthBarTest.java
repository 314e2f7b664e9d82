package com.gridwall.ui.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Lang;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FeedHealthBarTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void showsStateReasonAndFigures() {
        FeedHealthBar bar = new FeedHealthBar();
        bar.setModel(new FeedHealthModel(FeedState.CONNECTED, null, 420, 1260.4, 3, 1_284_967));
        FxTest.show(stage, bar, 1200, 56);
        assertEquals(List.of("已连接", "延迟 0.4秒", "事件/秒 1,260", "拒收 3", "序号 1,284,967"), FxTest.texts(bar));
        assertTrue(bar.getPseudoClassStates().contains(FeedHealthBar.pseudoClass(FeedState.CONNECTED)));

        FxTest.run(() -> bar.setModel(new FeedHealthModel(FeedState.AUTH_REFUSED, "token expired (UNAUTHENTICATED)", -1, Double.NaN, 0, -1)));
        assertEquals(List.of("认证被拒", "token expired (UNAUTHENTICATED)", "延迟 —", "事件/秒 —", "拒收 0", "序号 —"), FxTest.texts(bar));
        assertTrue(bar.getPseudoClassStates().contains(FeedHealthBar.pseudoClass(FeedState.AUTH_REFUSED)));
        assertFalse(bar.getPseudoClassStates().contains(FeedHealthBar.pseudoClass(FeedState.CONNECTED)));

        FxTest.run(() -> {
            bar.setModel(new FeedHealthModel(FeedState.RECONNECTING, "connection refused", 95_000, 0, 12, 77));
            bar.setLang(Lang.EN);
        });
        assertEquals(List.of("Reconnecting", "connection refused", "Lag 95 s", "Events/s 0", "Rejected 12", "Seq 77"), FxTest.texts(bar));
    }

    @Test
    void clockSlotShowsLocalisedDateAndTime() {
        FeedHealthBar bar = new FeedHealthBar();
        ClockLabel clock = new ClockLabel();
        clock.setZone(ZoneId.of("Asia/Shanghai"));
        clock.setNow(Instant.parse("2026-11-26T12:01:37Z"));
        bar.setClock(clock);
        FxTest.show(stage, bar, 1200, 56);
        assertTrue(FxTest.texts(bar).containsAll(List.of("2026年11月26日 星期四", "20:01:37")), FxTest.texts(bar).toString());
        FxTest.run(() -> clock.setLang(Lang.EN));
        assertTrue(FxTest.texts(bar).containsAll(List.of("Thu 26 Nov 2026", "20:01:37")), FxTest.texts(bar).toString());
        FxTest.run(() -> clock.setNow(Instant.parse("2026-11-26T12:01:38Z")));
        assertTrue(FxTest.texts(bar).contains("20:01:38"));
    }
}
