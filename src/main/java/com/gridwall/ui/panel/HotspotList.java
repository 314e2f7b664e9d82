package com.gridwall.ui.panel;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Skin;

/** Repeat-complaint hotspots (高频问题) in model order: place, category, count in 7 days. FX thread only. */
public class HotspotList extends WallControl {
    private final ObjectProperty<List<HotspotItem>> items = new SimpleObjectProperty<>(this, "items", List.of());
    private final IntegerProperty maxRows = new SimpleIntegerProperty(this, "maxRows", 4);

    public HotspotList() {
        getStyleClass().add("hotspot-list");
    }

    public final ObjectProperty<List<HotspotItem>> itemsProperty() {
        return items;
    }

    public final void setItems(List<HotspotItem> list) {
        items.set(list == null ? List.of() : List.copyOf(list));
    }

    public final List<HotspotItem> getItems() {
        return items.get() == null ? List.of() : items.get();
    }

    public final IntegerProperty maxRowsProperty() {
        return maxRows;
    }

    public final void setMaxRows(int n) {
        maxRows.set(n);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new HotspotListSkin(this);
    }
}
