package com.gridwall.ui.panel;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Skin;

/**
 * Overdue and nearly-due incidents with live countdowns ("剩余 0:42:10") or overdue-by times
 * ("超期 2:05:11") that tick with {@link #nowProperty()}. Shows at most {@code maxRows} (the
 * model order is kept: the adapter sorts, most overdue first) and a "+N" line for the rest.
 * FX thread only.
 */
public class OverdueList extends WallControl {
    private final ObjectProperty<List<OverdueItem>> items = new SimpleObjectProperty<>(this, "items", List.of());
    private final IntegerProperty maxRows = new SimpleIntegerProperty(this, "maxRows", 5);

    public OverdueList() {
        getStyleClass().add("overdue-list");
    }

    public final ObjectProperty<List<OverdueItem>> itemsProperty() {
        return items;
    }

    public final List<OverdueItem> getItems() {
        return items.get() == null ? List.of() : items.get();
    }

    public final void setItems(List<OverdueItem> list) {
        items.set(list == null ? List.of() : List.copyOf(list));
    }

    public final IntegerProperty maxRowsProperty() {
        return maxRows;
    }

    public final void setMaxRows(int n) {
        maxRows.set(n);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new OverdueListSkin(this);
    }
}
