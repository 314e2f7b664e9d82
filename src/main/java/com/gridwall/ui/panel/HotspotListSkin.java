package com.gridwall.ui.panel;

import com.gridwall.domain.Lang;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

final class HotspotListSkin extends BoundedListSkin<HotspotList, HotspotListSkin.Row> {
    HotspotListSkin(HotspotList control) {
        super(control, "hotspot", Row::new);
        update();
    }

    @Override
    protected void update() {
        HotspotList c = getSkinnable();
        Lang lang = c.getLang();
        List<HotspotItem> items = c.getItems();
        pool.fill(items, c.maxRowsProperty().get(), (row, i, item) -> row.set(i + 1, item, lang));
        showEmpty(PanelText.text(lang, "hotspot.none"), items.isEmpty());
    }

    /** 1  渠东街道 · 四排房社区 ........ 12次 / 安全隐患 (two lines: English categories are long) */
    static final class Row extends HBox {
        final Label index = new Label();
        final Label place = new Label();
        final Label category = new Label();
        final Label count = new Label();

        Row() {
            getStyleClass().add("hotspot-row");
            setAlignment(Pos.CENTER_LEFT);
            index.getStyleClass().add("hotspot-index");
            index.setMinWidth(Region.USE_PREF_SIZE);
            place.getStyleClass().add("hotspot-place");
            place.setMinWidth(Region.USE_PREF_SIZE);
            category.getStyleClass().add("hotspot-category");
            category.setMinWidth(Region.USE_PREF_SIZE);
            count.getStyleClass().add("hotspot-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            VBox text = new VBox(place, category);
            text.getStyleClass().add("hotspot-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            getChildren().addAll(index, text, count);
        }

        void set(int position, HotspotItem item, Lang lang) {
            index.setText(Integer.toString(position));
            place.setText(PlaceText.shortName(item.place()));
            category.setText(item.category().label(lang));
            count.setText(PanelText.format(lang, "hotspot.count", PanelText.count(lang, item.count7d())));
        }
    }
}
