package com.gridwall.ui.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Row nodes for short bounded lists: rows are created once, up to the most ever shown, and then
 * reused; unused rows are hidden and unmanaged. So a list updated every frame creates no nodes.
 */
final class RowPool<R extends Node> {
    private final Pane parent;
    private final Supplier<R> factory;
    private final List<R> rows = new ArrayList<>();

    RowPool(Pane parent, Supplier<R> factory) {
        this.parent = parent;
        this.factory = factory;
    }

    /** Makes exactly {@code n} rows visible and returns them (first n of the pool). */
    List<R> show(int n) {
        while (rows.size() < n) {
            R row = factory.get();
            rows.add(row);
            parent.getChildren().add(row);
        }
        for (int i = 0; i < rows.size(); i++) {
            boolean on = i < n;
            rows.get(i).setVisible(on);
            rows.get(i).setManaged(on);
        }
        return rows.subList(0, n);
    }

    /** Binds one reused row to the item at {@code index} of its list. */
    interface Binder<R, T> {
        void bind(R row, int index, T item);
    }

    /**
     * Shows the first {@code maxRows} of {@code items} (all if fewer), each bound to a reused row.
     *
     * @return how many rows are shown
     */
    <T> int fill(List<T> items, int maxRows, Binder<R, T> binder) {
        int shown = Math.min(items.size(), Math.max(0, maxRows));
        List<R> visible = show(shown);
        for (int i = 0; i < shown; i++) {
            binder.bind(visible.get(i), i, items.get(i));
        }
        return shown;
    }

    int created() {
        return rows.size();
    }
}
