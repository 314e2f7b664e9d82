package com.gridwall.ui.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Lang;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PanelTest {
    private static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");
    private Panel panel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void showPanel() {
        panel = new Panel("panel.kpi", new Label("content"));
        panel.setSubtitleKey("panel.kpi.sub");
        panel.setStaleAfter(Duration.ofSeconds(30));
        panel.setDataTime(T0);
        panel.setNow(T0.plusSeconds(5));
        FxTest.show(stage, panel, 460, 300);
    }

    private Label badge() {
        return (Label) panel.lookup(".panel-stale-badge");
    }

    @Test
    void staleBadgeAppearsOnlyAfterTheThresholdAndDimsTheContent() {
        showPanel();
        assertFalse(panel.isStale());
        assertFalse(FxTest.call(() -> badge().isVisible()));
        double freshOpacity = FxTest.call(() -> panel.lookup(".panel-content").getOpacity());
        assertEquals(1.0, freshOpacity);

        FxTest.run(() -> panel.setNow(T0.plusSeconds(30)));
        assertFalse(panel.isStale(), "exactly at the threshold the data is still current");

        FxTest.run(() -> panel.setNow(T0.plusSeconds(31 + 120)));
        assertTrue(panel.isStale());
        assertTrue(FxTest.call(() -> badge().isVisible()));
        assertEquals("数据已过期 · 2分钟前", FxTest.call(() -> badge().getText()));
        assertTrue(panel.getPseudoClassStates().contains(Panel.STALE));
        double dimmed = FxTest.call(() -> {
            panel.applyCss();
            return panel.lookup(".panel-content").getOpacity();
        });
        assertTrue(dimmed < 0.6, "stale content is dimmed, opacity " + dimmed);

        FxTest.run(() -> panel.setDataTime(T0.plusSeconds(150)));
        assertFalse(panel.isStale(), "new data clears the stale state");
        assertFalse(FxTest.call(() -> badge().isVisible()));
    }

    @Test
    void noDataYetIsWaitingNotStale() {
        showPanel();
        FxTest.run(() -> {
            panel.setDataTime(null);
            panel.setNow(T0.plusSeconds(3600));
        });
        assertFalse(panel.isStale());
    }

    @Test
    void titleSubtitleAndBadgeFollowTheLanguage() {
        showPanel();
        FxTest.run(() -> panel.setNow(T0.plusSeconds(600)));
        assertEquals(java.util.List.of("核心指标", "数据已过期 · 10分钟前", "content"), FxTest.texts(panel),
                "the stale badge replaces the subtitle");
        FxTest.run(() -> panel.setLang(Lang.EN));
        assertEquals(java.util.List.of("Key indicators", "Stale · 10 min ago", "content"), FxTest.texts(panel));
        FxTest.run(() -> panel.setDataTime(T0.plusSeconds(600)));
        assertEquals(java.util.List.of("Key indicators", "vs same time yesterday", "content"), FxTest.texts(panel));
    }

    @Test
    void contentFillsTheBody() {
        showPanel();
        Region body = (Region) panel.lookup(".panel-content");
        assertTrue(FxTest.call(() -> body.getChildrenUnmodifiable().contains(panel.getContent())));
    }
}
