package com.gridwall.ui.map;

import com.gridwall.domain.Level;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;

/**
 * The static polygons: muted context districts, the units of the current level of detail in two
 * alternating tones, the borders of the coarser levels above them, and the glowing outline of the
 * whole area. Cached: painted once per zoom/size, moved as an image while panning.
 */
public final class BaseMapLayer extends MapLayer {
    @Override
    protected void paint(GraphicsContext g, MapFrame f) {
        MapPalette p = f.palette();
        g.setFillRule(FillRule.EVEN_ODD);
        g.setLineJoin(StrokeLineJoin.ROUND);
        if (p.has(MapColor.BACKGROUND)) {
            g.setFill(p.get(MapColor.BACKGROUND));
            g.fillRect(0, 0, f.width(), f.height());
        }
        ProjectedUnits context = f.map().context();
        if (context.size() > 0) {
            g.beginPath();
            PolygonPaths.append(g, context, f, PolygonPaths.ALL);
            fill(g, p.get(MapColor.CONTEXT_FILL));
            stroke(g, p.get(MapColor.CONTEXT_STROKE), f.px(1));
        }
        ProjectedUnits units = f.map().units(f.level());
        if (units != null) {
            g.beginPath();
            PolygonPaths.append(g, units, f, i -> tone(units, i) == 0);
            fill(g, p.get(MapColor.FILL));
            g.beginPath();
            PolygonPaths.append(g, units, f, i -> tone(units, i) == 1);
            fill(g, p.get(MapColor.FILL_ALT));
            g.beginPath();
            PolygonPaths.append(g, units, f, PolygonPaths.ALL);
            stroke(g, p.get(MapColor.STROKE_MINOR), f.px(units.size() > 5000 && f.level() == Level.GRID ? 0.6 : 1));
        }
        // borders of the coarser levels, thicker the coarser, so the hierarchy reads at a glance
        double width = 1.6;
        for (int i = f.map().detailLevels().indexOf(f.level()) - 1; i >= 0; i--) {
            ProjectedUnits parent = f.map().units(f.map().detailLevels().get(i));
            g.beginPath();
            PolygonPaths.append(g, parent, f, PolygonPaths.ALL);
            stroke(g, p.get(MapColor.STROKE), f.px(width));
            width += 0.8;
        }
        ProjectedUnits outline = f.map().units(f.map().outlineLevel());
        if (outline != null) {
            g.beginPath();
            PolygonPaths.append(g, outline, f, PolygonPaths.ALL);
            stroke(g, p.get(MapColor.GLOW), f.px(14));
            stroke(g, p.get(MapColor.GLOW), f.px(7));
            stroke(g, p.get(MapColor.OUTLINE), f.px(2.5));
        }
    }

    /** Alternating tone, stable per unit code so a unit keeps its tone across zooms. */
    private static int tone(ProjectedUnits u, int i) {
        return Math.floorMod(u.units[i].code().hashCode(), 2);
    }

    private static void fill(GraphicsContext g, Paint paint) {
        if (paint != null) {
            g.setFill(paint);
            g.fill();
        }
    }

    private static void stroke(GraphicsContext g, Paint paint, double width) {
        if (paint != null) {
            g.setStroke(paint);
            g.setLineWidth(width);
            g.stroke();
        }
    }
}
