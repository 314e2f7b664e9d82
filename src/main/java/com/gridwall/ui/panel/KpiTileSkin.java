package com.gridwall.ui.panel;

import com.gridwall.domain.Lang;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

final class KpiTileSkin extends SkinBase<KpiTile> {
    private final Label label = new Label();
    private final Label delta = new Label();
    private final Label value = new Label();
    private final Label unit = new Label();

    KpiTileSkin(KpiTile tile) {
        super(tile);
        label.getStyleClass().add("kpi-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        delta.getStyleClass().add("kpi-delta");
        delta.setMinWidth(Region.USE_PREF_SIZE);
        value.getStyleClass().add("kpi-value");
        value.setMinWidth(Region.USE_PREF_SIZE);
        unit.getStyleClass().add("kpi-unit");
        unit.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(value, unit, gap, delta);
        bottom.getStyleClass().add("kpi-bottom");
        bottom.setAlignment(Pos.BASELINE_LEFT);
        VBox root = new VBox(label, bottom);
        root.getStyleClass().add("kpi-frame");
        getChildren().add(root);
        registerChangeListener(tile.modelProperty(), o -> update());
        registerChangeListener(tile.langProperty(), o -> update());
        update();
    }

    private void update() {
        KpiTileModel m = getSkinnable().getModel();
        Lang lang = getSkinnable().getLang();
        delta.getStyleClass().removeAll("delta-good", "delta-bad", "delta-neutral");
        if (m == null) {
            label.setText("");
            value.setText(PanelText.NO_DATA);
            unit.setText("");
            delta.setText("");
            delta.getStyleClass().add("delta-neutral");
            return;
        }
        label.setText(PanelText.text(lang, m.kind().labelKey()));
        value.setText(KpiFormat.value(m, lang));
        unit.setText(m.value().isPresent() ? KpiFormat.unit(m.kind(), lang) : "");
        delta.setText(KpiFormat.delta(m, lang));
        delta.getStyleClass().add("delta-" + m.meaning().name().toLowerCase(java.util.Locale.ROOT));
    }
}
