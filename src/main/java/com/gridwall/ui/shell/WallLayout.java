package com.gridwall.ui.shell;

import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The wall's 1920x1080 layout: a title bar on top, the map in the centre, a panel column left and
 * right and a bar at the bottom. The columns and the bar are named slots ({@link #setLeft},
 * {@link #setRight}, {@link #setBottom}) that the KPI, incident and ticker panels are placed into;
 * sizes and gaps come from styles/wall.css ({@code #wall-left}, {@code #wall-right},
 * {@code #wall-bottom}). Confined to the FX thread.
 */
public final class WallLayout extends VBox {
    private final StackPane centre = new StackPane();
    private final VBox left = new VBox();
    private final VBox right = new VBox();
    private final StackPane bottom = new StackPane();
    private final HBox leftExtra = new HBox();
    private final HBox rightExtra = new HBox();

    public WallLayout(Node titleBar) {
        getStyleClass().add("wall");
        slot(centre, "wall-centre");
        slot(left, "wall-left");
        slot(right, "wall-right");
        slot(bottom, "wall-bottom");
        left.getStyleClass().add("wall-column");
        right.getStyleClass().add("wall-column");
        for (HBox extra : new HBox[] {leftExtra, rightExtra}) {
            extra.getStyleClass().add("wall-extra");
            extra.setManaged(false);
            extra.setVisible(false);
        }
        leftExtra.setId("wall-left-extra");
        rightExtra.setId("wall-right-extra");
        HBox body = new HBox(leftExtra, left, centre, right, rightExtra);
        body.getStyleClass().add("wall-body");
        HBox.setHgrow(centre, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(titleBar, body, bottom);
    }

    private static void slot(javafx.scene.layout.Pane p, String id) {
        p.setId(id);
        p.getStyleClass().addAll("wall-slot", id);
        p.setMinSize(0, 0);
    }

    /** Puts {@code node} (the map, or an error view) in the centre. */
    public void setCenter(Node node) {
        centre.getChildren().setAll(node);
    }

    /** Fills the left column with panels, top to bottom; each grows to share the height. */
    public void setLeft(Node... panels) {
        fill(left, panels);
    }

    /** Fills the right column with panels, top to bottom; each grows to share the height. */
    public void setRight(Node... panels) {
        fill(right, panels);
    }

    /** Puts {@code node} (e.g. the incident ticker) in the bottom bar. */
    public void setBottom(Node node) {
        bottom.getChildren().setAll(node);
    }

    /**
     * Extra panel columns outside the left column (wider designs, e.g. 32:9): each array is one
     * column, top to bottom. No arguments removes them.
     */
    public void setLeftExtra(Node[]... columns) {
        extras(leftExtra, columns);
    }

    /** Extra panel columns outside the right column; see {@link #setLeftExtra}. */
    public void setRightExtra(Node[]... columns) {
        extras(rightExtra, columns);
    }

    private static void extras(HBox box, Node[][] columns) {
        box.getChildren().clear();
        for (Node[] c : columns) {
            VBox column = new VBox();
            column.getStyleClass().addAll("wall-slot", "wall-column");
            column.setMinSize(0, 0);
            fill(column, c);
            box.getChildren().add(column);
        }
        box.setManaged(columns.length > 0);
        box.setVisible(columns.length > 0);
    }

    public HBox leftExtraSlot() {
        return leftExtra;
    }

    public HBox rightExtraSlot() {
        return rightExtra;
    }

    private static void fill(VBox column, Node... panels) {
        column.getChildren().setAll(panels);
        for (Node n : panels) {
            VBox.setVgrow(n, Priority.ALWAYS);
        }
    }

    public StackPane centreSlot() {
        return centre;
    }

    public VBox leftSlot() {
        return left;
    }

    public VBox rightSlot() {
        return right;
    }

    public StackPane bottomSlot() {
        return bottom;
    }
}
