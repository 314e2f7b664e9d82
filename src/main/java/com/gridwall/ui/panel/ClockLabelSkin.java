package com.gridwall.ui.panel;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

final class ClockLabelSkin extends SkinBase<ClockLabel> {
    private final Label date = new Label();
    private final Label time = new Label();

    ClockLabelSkin(ClockLabel clock) {
        super(clock);
        date.getStyleClass().add("clock-date");
        date.setMinWidth(Region.USE_PREF_SIZE);
        time.getStyleClass().add("clock-time");
        time.setMinWidth(Region.USE_PREF_SIZE);
        HBox root = new HBox(date, time);
        root.setAlignment(Pos.CENTER_RIGHT);
        root.getStyleClass().add("clock-frame");
        getChildren().add(root);
        registerChangeListener(clock.nowProperty(), o -> update());
        registerChangeListener(clock.langProperty(), o -> update());
        registerChangeListener(clock.zoneProperty(), o -> update());
        update();
    }

    private void update() {
        ClockLabel c = getSkinnable();
        date.setText(TimeText.clockDate(c.getNow(), c.getZone(), c.getLang()));
        time.setText(TimeText.clockTime(c.getNow(), c.getZone()));
    }
}
