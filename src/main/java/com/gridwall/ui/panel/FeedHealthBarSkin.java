package com.gridwall.ui.panel;

import com.gridwall.domain.Lang;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

final class FeedHealthBarSkin extends SkinBase<FeedHealthBar> {
    private final Region dot = new Region();
    private final Label state = new Label();
    private final Label reason = new Label();
    private final Label lag = metric();
    private final Label rate = metric();
    private final Label rejected = metric();
    private final Label seq = metric();
    private final StackPane clockSlot = new StackPane();

    FeedHealthBarSkin(FeedHealthBar bar) {
        super(bar);
        dot.getStyleClass().add("feed-dot");
        state.getStyleClass().add("feed-state");
        state.setMinWidth(Region.USE_PREF_SIZE);
        reason.getStyleClass().add("feed-reason");
        reason.setMinWidth(0);
        clockSlot.getStyleClass().add("feed-clock-slot");
        clockSlot.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(reason, Priority.SOMETIMES);
        HBox root = new HBox(dot, state, reason, lag, rate, rejected, seq, gap, clockSlot);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("feed-frame");
        getChildren().add(root);
        registerChangeListener(bar.modelProperty(), o -> update());
        registerChangeListener(bar.langProperty(), o -> update());
        registerChangeListener(bar.clockProperty(), o -> updateClock());
        update();
        updateClock();
    }

    private static Label metric() {
        Label l = new Label();
        l.getStyleClass().add("feed-metric");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private void updateClock() {
        clockSlot.getChildren().setAll();
        if (getSkinnable().clockProperty().get() != null) {
            clockSlot.getChildren().add(getSkinnable().clockProperty().get());
        }
    }

    private void update() {
        FeedHealthModel m = getSkinnable().getModel() == null ? FeedHealthModel.offline() : getSkinnable().getModel();
        Lang lang = getSkinnable().getLang();
        state.setText(PanelText.text(lang, "feed.state." + m.state().name()));
        boolean hasReason = m.reason() != null && !m.reason().isBlank();
        reason.setText(hasReason ? m.reason() : "");
        reason.setVisible(hasReason);
        reason.setManaged(hasReason);
        lag.setText(PanelText.format(lang, "feed.lag", m.lagMillis() < 0 ? PanelText.NO_DATA : lagText(m.lagMillis(), lang)));
        rate.setText(PanelText.format(lang, "feed.rate", Double.isFinite(m.eventsPerSecond())
                ? PanelText.count(lang, Math.round(m.eventsPerSecond())) : PanelText.NO_DATA));
        rejected.setText(PanelText.format(lang, "feed.rejected", PanelText.count(lang, m.rejected())));
        rejected.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("nonzero"), m.rejected() > 0);
        seq.setText(PanelText.format(lang, "feed.seq", m.lastSeq() < 0 ? PanelText.NO_DATA : PanelText.count(lang, m.lastSeq())));
    }

    /** Lag under 10 s with one decimal, else whole seconds, minutes above 2 min. */
    static String lagText(long ms, Lang lang) {
        if (ms < 10_000) {
            return PanelText.format(lang, "feed.seconds", PanelText.decimal(lang, ms / 1000.0, 1));
        }
        if (ms < 120_000) {
            return PanelText.format(lang, "feed.seconds", PanelText.count(lang, ms / 1000));
        }
        return PanelText.format(lang, "feed.minutes", PanelText.count(lang, ms / 60_000));
    }
}
