package com.gridwall.ui.panel;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A panel list that shows at most {@code maxRows} of its items (overdue list, department ranking,
 * hotspots): the items are an immutable copy, never null. FX thread only.
 *
 * @param <T> the row model
 */
public abstract class BoundedList<T> extends WallControl {
    private final ObjectProperty<List<T>> items = new SimpleObjectProperty<>(this, "items", List.of());
    private final IntegerProperty maxRows;

    protected BoundedList(String styleClass, int defaultMaxRows) {
        getStyleClass().add(styleClass);
        maxRows = new SimpleIntegerProperty(this, "maxRows", defaultMaxRows);
    }

    public final ObjectProperty<List<T>> itemsProperty() {
        return items;
    }

    public final void setItems(List<T> list) {
        items.set(list == null ? List.of() : List.copyOf(list));
    }

    public final List<T> getItems() {
        return items.get() == null ? List.of() : items.get();
    }

    public final IntegerProperty maxRowsProperty() {
        return maxRows;
    }

    public final void setMaxRows(int n) {
        maxRows.set(n);
    }
}
