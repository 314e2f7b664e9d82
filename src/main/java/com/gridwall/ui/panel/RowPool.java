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

    int created() {
        return rows.size();
    }
}
