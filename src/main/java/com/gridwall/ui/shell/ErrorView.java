package com.gridwall.ui.shell;

import com.gridwall.ui.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Shown in the map's place when the map cannot be loaded: what went wrong (the loader's message names
 * the file and the reason), which file, and what to do. Styled like the wall, never a stack trace.
 */
public final class ErrorView extends VBox {
    public ErrorView(Messages messages, String file, String reason) {
        getStyleClass().add("error-view");
        setId("map-error");
        setAlignment(Pos.CENTER);
        Label badge = new Label("!");
        badge.getStyleClass().add("error-badge");
        Label title = new Label(messages.get("error.map.title"));
        title.getStyleClass().add("error-title");
        title.setId("map-error-title");
        Label detail = new Label(reason);
        detail.getStyleClass().add("error-detail");
        detail.setId("map-error-detail");
        detail.setWrapText(true);
        Label where = new Label(messages.format("error.map.file", file));
        where.getStyleClass().add("error-file");
        where.setWrapText(true);
        Label hint = new Label(messages.get("error.map.hint"));
        hint.getStyleClass().add("error-hint");
        hint.setWrapText(true);
        getChildren().addAll(badge, title, detail, where, hint);
    }
}
