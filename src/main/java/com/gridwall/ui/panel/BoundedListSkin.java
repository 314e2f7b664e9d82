package com.gridwall.ui.panel;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.VBox;

/**
 * The frame of a {@link BoundedList}'s skin: an "empty" line, the pooled rows and optional lines
 * below them, in a {@code <prefix>-frame} box whose rows sit in {@code <prefix>-rows}; the list is
 * written again when its items, row limit or language change. Subclasses fill the rows in
 * {@link #update()}. FX thread only.
 *
 * @param <C> the control
 * @param <R> the row node
 */
abstract class BoundedListSkin<C extends BoundedList<?>, R extends Node> extends SkinBase<C> {
    protected final RowPool<R> pool;
    protected final Label empty = new Label();

    protected BoundedListSkin(C control, String prefix, Supplier<R> rowFactory, Node... below) {
        super(control);
        VBox rowBox = new VBox();
        rowBox.getStyleClass().add(prefix + "-rows");
        pool = new RowPool<>(rowBox, rowFactory);
        empty.getStyleClass().add("list-empty");
        VBox root = new VBox(empty, rowBox);
        root.getChildren().addAll(below);
        root.getStyleClass().add(prefix + "-frame");
        getChildren().add(root);
        registerChangeListener(control.itemsProperty(), o -> update());
        registerChangeListener(control.maxRowsProperty(), o -> update());
        registerChangeListener(control.langProperty(), o -> update());
    }

    /** Writes the rows and lines from the control's state. */
    protected abstract void update();

    /** Shows the "empty" line with {@code text} when {@code none}. */
    protected final void showEmpty(String text, boolean none) {
        empty.setText(text);
        empty.setVisible(none);
        empty.setManaged(none);
    }
}
