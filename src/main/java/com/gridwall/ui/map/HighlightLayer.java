package com.gridwall.ui.map;

import com.gridwall.geo.MapUnit;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;

/** Hover fill and the selected unit's glowing outline. Dynamic: one or two polygons, repainted per view change. */
public final class HighlightLayer extends MapLayer {
    public HighlightLayer() {
        super(false, "map-layer-highlight");
    }

    @Override
    protected void paint(GraphicsContext g, MapFrame f) {
        MapPalette p = f.palette();
        g.setFillRule(FillRule.EVEN_ODD);
        g.setLineJoin(StrokeLineJoin.ROUND);
        if (f.hovered() != null && !f.hovered().equals(f.selected()) && path(g, f, f.hovered())) {
            if (p.has(MapColor.HOVER)) {
                g.setFill(p.get(MapColor.HOVER));
                g.fill();
            }
            if (p.has(MapColor.HOVER_STROKE)) {
                g.setStroke(p.get(MapColor.HOVER_STROKE));
                g.setLineWidth(f.px(2));
                g.stroke();
            }
        }
        if (f.selected() != null && path(g, f, f.selected())) {
            if (p.has(MapColor.SELECTED_GLOW)) {
                g.setStroke(p.get(MapColor.SELECTED_GLOW));
                g.setLineWidth(f.px(12));
                g.stroke();
                g.setLineWidth(f.px(6));
                g.stroke();
            }
            if (p.has(MapColor.SELECTED)) {
                g.setStroke(p.get(MapColor.SELECTED));
                g.setLineWidth(f.px(3));
                g.stroke();
            }
        }
    }

    private static boolean path(GraphicsContext g, MapFrame f, MapUnit unit) {
        ProjectedUnits u = f.map().units(unit.level());
        int k = u == null ? -1 : u.indexOf(unit);
        if (k < 0) {
            return false;
        }
        g.beginPath();
        PolygonPaths.appendUnit(g, u, k, f);
        return true;
    }
}
