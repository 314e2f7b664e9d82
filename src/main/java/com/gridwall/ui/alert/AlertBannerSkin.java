package com.gridwall.ui.alert;

import com.gridwall.domain.Lang;
import com.gridwall.ui.panel.PanelText;
import com.gridwall.ui.panel.PlaceText;
import com.gridwall.ui.panel.TimeText;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Up to maxVisibleGroups pooled group lines and one overflow line. */
final class AlertBannerSkin extends SkinBase<AlertBanner> {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private final VBox root = new VBox();
    private final List<GroupRow> rows = new ArrayList<>();
    private final Label overflow = new Label();

    AlertBannerSkin(AlertBanner banner) {
        super(banner);
        root.getStyleClass().add("alert-frame");
        overflow.getStyleClass().add("alert-overflow");
        overflow.setMaxWidth(Double.MAX_VALUE);
        root.getChildren().add(overflow);
        getChildren().add(root);
        registerListChangeListener(banner.getGroups(), c -> update());
        registerChangeListener(banner.selectedIndexProperty(), o -> update());
        registerChangeListener(banner.maxVisibleGroupsProperty(), o -> update());
        registerChangeListener(banner.langProperty(), o -> update());
        registerChangeListener(banner.nowProperty(), o -> update());
        update();
    }

    private void update() {
        AlertBanner b = getSkinnable();
        Lang lang = b.getLang();
        List<AlertGroup> groups = b.getGroups();
        int visible = Math.min(groups.size(), Math.max(1, b.maxVisibleGroupsProperty().get()));
        while (rows.size() < visible) {
            GroupRow row = new GroupRow(b);
            rows.add(row);
            root.getChildren().add(root.getChildren().size() - 1, row);
        }
        for (int i = 0; i < rows.size(); i++) {
            GroupRow row = rows.get(i);
            boolean on = i < visible;
            row.setVisible(on);
            row.setManaged(on);
            if (on) {
                row.set(groups.get(i), i == b.getSelectedIndex(), lang);
            }
        }
        int hiddenGroups = groups.size() - visible;
        int hiddenAlerts = groups.subList(visible, groups.size()).stream().mapToInt(AlertGroup::count).sum();
        overflow.setText(hiddenGroups > 0 ? PanelText.format(lang, "alert.overflow",
                PanelText.count(lang, hiddenGroups), PanelText.count(lang, hiddenAlerts)) : "");
        overflow.setVisible(hiddenGroups > 0);
        overflow.setManaged(hiddenGroups > 0);
        root.setVisible(!groups.isEmpty());
    }

    /** ⚠ 3 起 消防 新增紧急事件 / 最新 西街街道 · 曙光社区 · 2分钟前   [定位] [确认] */
    static final class GroupRow extends HBox {
        private final AlertBanner banner;
        private final Region mark = new Region();
        private final Label headline = new Label();
        private final Label detail = new Label();
        private final Button locate = new Button();
        private final Button ack = new Button();
        private AlertGroup group;

        GroupRow(AlertBanner banner) {
            this.banner = banner;
            getStyleClass().add("alert-group");
            setAlignment(Pos.CENTER_LEFT);
            mark.getStyleClass().add("alert-mark");
            headline.getStyleClass().add("alert-headline");
            headline.setMinWidth(0);
            detail.getStyleClass().add("alert-detail");
            detail.setMinWidth(0);
            VBox text = new VBox(headline, detail);
            text.getStyleClass().add("alert-text");
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            locate.getStyleClass().addAll("alert-button", "alert-locate");
            locate.setMinWidth(Region.USE_PREF_SIZE);
            locate.setFocusTraversable(false);
            ack.getStyleClass().addAll("alert-button", "alert-ack");
            ack.setMinWidth(Region.USE_PREF_SIZE);
            ack.setFocusTraversable(false);
            locate.setOnAction(e -> {
                if (group != null) {
                    banner.flyTo(group);
                }
            });
            ack.setOnAction(e -> {
                if (group != null) {
                    banner.acknowledge(group);
                }
            });
            getChildren().addAll(mark, text, locate, ack);
        }

        void set(AlertGroup g, boolean selected, Lang lang) {
            group = g;
            getStyleClass().removeAll("alert-critical", "alert-overdue");
            getStyleClass().add(g.kind() == AlertKind.NEW_CRITICAL ? "alert-critical" : "alert-overdue");
            pseudoClassStateChanged(SELECTED, selected);
            headline.setText(PanelText.format(lang, "alert.headline." + g.kind().name(),
                    PanelText.count(lang, g.count()), g.category().label(lang)));
            WallAlert latest = g.latest();
            detail.setText(PanelText.format(lang, "alert.detail", PlaceText.join(latest.place()),
                    TimeText.hourMinute(latest.at(), banner.zoneProperty().get()),
                    TimeText.age(latest.at(), banner.getNow(), lang)));
            locate.setText(PanelText.text(lang, "alert.locate"));
            ack.setText(PanelText.text(lang, "alert.ack"));
        }
    }
}
