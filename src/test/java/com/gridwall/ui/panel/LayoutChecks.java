package com.gridwall.ui.panel;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Finds clipped text (ellipsis), panels whose content does not fit, and text under the minimum size. */
final class LayoutChecks {
    private LayoutChecks() {
    }

    /** Labels whose shown text differs from their text: JavaFX truncated them with an ellipsis. */
    static List<String> truncatedLabels(Parent root) {
        List<String> bad = new ArrayList<>();
        for (Labeled l : all(root, Labeled.class)) {
            if (!l.isVisible() || l.getText() == null || l.getText().isEmpty() || !visibleUpTo(l, root)) {
                continue;
            }
            Node t = l.lookup(".text");
            if (t instanceof Text text && !text.getText().equals(l.getText())) {
                bad.add("'" + l.getText() + "' shown as '" + text.getText() + "' (" + l.getStyleClass() + ", width " + l.getWidth() + ")");
            }
        }
        return bad;
    }

    /** Panels whose content wants more height than the panel gives it, or whose labels spill sideways. */
    static List<String> overflowingPanels(List<Panel> panels) {
        List<String> bad = new ArrayList<>();
        for (Panel p : panels) {
            double minW = p.minWidth(-1);
            if (minW > p.getWidth() + 0.5 || p.getWidth() > PanelGallery.COLUMN_W + 0.5) {
                bad.add(p.getTitleKey() + ": needs " + minW + " px wide, is " + p.getWidth() + " (column " + PanelGallery.COLUMN_W + ")");
            }
            Node body = p.lookup(".panel-content");
            if (body instanceof javafx.scene.layout.Region r) {
                double need = r.prefHeight(r.getWidth());
                if (need > r.getHeight() + 0.5) {
                    bad.add(p.getTitleKey() + ": content needs " + need + " px, has " + r.getHeight());
                }
                Bounds box = r.localToScene(r.getLayoutBounds());
                for (Labeled l : all(r, Labeled.class)) {
                    if (!l.isVisible() || !visibleUpTo(l, r) || l.getText() == null || l.getText().isEmpty()) {
                        continue;
                    }
                    Bounds b = l.localToScene(l.getLayoutBounds());
                    if (b.getMaxX() > box.getMaxX() + 0.5 || b.getMinX() < box.getMinX() - 0.5) {
                        bad.add(p.getTitleKey() + ": '" + l.getText() + "' spills outside the panel (" + b + " vs " + box + ")");
                    }
                }
            }
        }
        return bad;
    }

    /** Visible texts below the minimum font size. */
    static List<String> smallTexts(Parent root, double minPx) {
        List<String> bad = new ArrayList<>();
        for (Labeled l : all(root, Labeled.class)) {
            if (l.isVisible() && l.getText() != null && !l.getText().isEmpty() && visibleUpTo(l, root)
                    && l.getFont().getSize() < minPx - 0.01) {
                bad.add("'" + l.getText() + "' at " + l.getFont().getSize() + " px");
            }
        }
        return bad;
    }

    static boolean visibleUpTo(Node n, Node root) {
        for (Node p = n; p != null && p != root; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static <T> List<T> all(Parent root, Class<T> type) {
        List<T> out = new ArrayList<>();
        collect(root, type, out);
        return out;
    }

    private static <T> void collect(Node n, Class<T> type, List<T> out) {
        if (type.isInstance(n)) {
            out.add(type.cast(n));
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, type, out);
            }
        }
    }
}
