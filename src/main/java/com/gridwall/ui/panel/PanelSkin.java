package com.gridwall.ui.panel;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Header (accent mark, title, subtitle, stale badge) over a content area that dims when stale. */
final class PanelSkin extends SkinBase<Panel> {
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label staleBadge = new Label();
    private final StackPane body = new StackPane();

    PanelSkin(Panel panel) {
        super(panel);
        Region mark = new Region();
        mark.getStyleClass().add("panel-title-mark");
        title.getStyleClass().add("panel-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        subtitle.getStyleClass().add("panel-subtitle");
        subtitle.setMinWidth(0);
        staleBadge.getStyleClass().add("panel-stale-badge");
        staleBadge.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(mark, title, subtitle, spacer, staleBadge);
        header.getStyleClass().add("panel-header");
        body.getStyleClass().add("panel-content");
        VBox.setVgrow(body, Priority.ALWAYS);
        body.setMinHeight(0);
        VBox frame = new VBox(header, body);
        frame.getStyleClass().add("panel-frame");
        // four corner brackets: the glowing-frame look of a command-center screen
        StackPane root = new StackPane(frame, corner("panel-corner-tl", Pos.TOP_LEFT), corner("panel-corner-tr", Pos.TOP_RIGHT),
                corner("panel-corner-bl", Pos.BOTTOM_LEFT), corner("panel-corner-br", Pos.BOTTOM_RIGHT));
        getChildren().add(root);

        registerChangeListener(panel.langProperty(), o -> updateTexts());
        registerChangeListener(panel.titleKeyProperty(), o -> updateTexts());
        registerChangeListener(panel.subtitleKeyProperty(), o -> updateTexts());
        registerChangeListener(panel.nowProperty(), o -> updateTexts());
        registerChangeListener(panel.dataTimeProperty(), o -> updateTexts());
        registerChangeListener(panel.staleBinding(), o -> updateTexts());
        registerChangeListener(panel.contentProperty(), o -> updateContent());
        updateTexts();
        updateContent();
        panel.pseudoClassStateChanged(Panel.STALE, panel.isStale());
    }

    private static Region corner(String styleClass, Pos pos) {
        Region r = new Region();
        r.getStyleClass().addAll("panel-corner", styleClass);
        r.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        r.setMouseTransparent(true);
        StackPane.setAlignment(r, pos);
        return r;
    }

    private void updateContent() {
        body.getChildren().setAll();
        if (getSkinnable().getContent() != null) {
            body.getChildren().add(getSkinnable().getContent());
        }
    }

    private void updateTexts() {
        Panel p = getSkinnable();
        title.setText(p.getTitleKey() == null ? "" : PanelText.text(p.getLang(), p.getTitleKey()));
        boolean stale = p.isStale();
        String sub = p.subtitleKeyProperty().get();
        subtitle.setText(sub == null ? "" : PanelText.text(p.getLang(), sub));
        // the stale badge takes the subtitle's place: in a 460 px header there is room for one of them
        boolean showSubtitle = sub != null && !stale;
        subtitle.setVisible(showSubtitle);
        subtitle.setManaged(showSubtitle);
        staleBadge.setVisible(stale);
        staleBadge.setManaged(stale);
        if (stale) {
            staleBadge.setText(PanelText.format(p.getLang(), "panel.stale", TimeText.age(p.getDataTime(), p.getNow(), p.getLang())));
        }
    }
}
