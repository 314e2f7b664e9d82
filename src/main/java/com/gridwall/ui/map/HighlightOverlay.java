package com.gridwall.ui.map;

import com.gridwall.geo.MapUnit;
import javafx.scene.Group;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import java.util.ArrayList;
import java.util.List;

/**
 * The hovered unit's fill and the selected unit's glowing outline, as two vector nodes over the static
 * image (styled by {@code .map-hover} and {@code .map-selected} in wall.css). Rebuilt only when the view,
 * the hover or the selection changes; one unit each, so cheap every frame. Confined to the FX thread.
 */
final class HighlightOverlay extends Group {
    private final Path hover = new Path();
    private final Path selected = new Path();

    HighlightOverlay() {
        hover.getStyleClass().add("map-hover");
        selected.getStyleClass().add("map-selected");
        hover.setFillRule(FillRule.EVEN_ODD);
        selected.setFillRule(FillRule.EVEN_ODD);
        setMouseTransparent(true);
        setManaged(false);
        getChildren().addAll(hover, selected);
    }

    /** Outlines for the frame's view; coordinates in layout pixels (device / renderScale). */
    void update(ProjectedMap map, Viewport view, double width, double height, double renderScale,
                MapUnit hovered, MapUnit selectedUnit) {
        set(hover, map, view, width, height, renderScale, hovered != null && !hovered.equals(selectedUnit) ? hovered : null);
        set(selected, map, view, width, height, renderScale, selectedUnit);
    }

    private static void set(Path path, ProjectedMap map, Viewport view, double width, double height, double rs,
                            MapUnit unit) {
        ProjectedUnits u = unit == null || map == null ? null : map.units(unit.level());
        int k = u == null ? -1 : u.indexOf(unit);
        if (k < 0) {
            path.getElements().clear();
            path.setVisible(false);
            return;
        }
        double s = view.scale() / rs;
        double ox = view.offsetX(width) / rs;
        double oy = view.offsetY(height) / rs;
        List<PathElement> els = new ArrayList<>();
        for (int r = u.unitRingStart[k]; r < u.unitRingStart[k + 1]; r++) {
            int from = u.ringStart[r];
            int to = u.ringStart[r + 1];
            els.add(new MoveTo(u.x[from] * s + ox, u.y[from] * s + oy));
            for (int i = from + 1; i < to; i++) {
                els.add(new LineTo(u.x[i] * s + ox, u.y[i] * s + oy));
            }
            els.add(new ClosePath());
        }
        path.getElements().setAll(els);
        path.setVisible(true);
    }
}
