package com.gridwall.ui.map;

import com.gridwall.domain.Level;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;

/**
 * The static polygons: muted context districts, the units of the current level of detail in two
 * alternating tones, the borders of the coarser levels above them, and the glowing outline of the
 * whole area.
 */
public final class BaseMapLayer extends MapLayer {
    /** Units smaller than this (design pixels) get no border of their own. */
    private static final double MIN_BORDERED_PX = 8;

    @Override
    protected Object pictureKey(MapFrame frame) {
        return FRAME_ONLY;
    }

    @Override
    protected int paint(Graphics2D g, MapFrame f) {
        MapPalette p = f.palette();
        ProjectedUnits context = f.map().context();
        if (context.size() > 0) {
            Shape all = PolygonPaths.of(context, f, PolygonPaths.ALL);
            fill(g, all, p.color(MapColor.CONTEXT_FILL));
            stroke(g, all, p.color(MapColor.CONTEXT_STROKE), f.px(1));
        }
        ProjectedUnits units = f.map().units(f.level());
        int drawn = 0;
        if (units != null) {
            fill(g, PolygonPaths.of(units, f, i -> tone(units, i) == 0), p.color(MapColor.FILL));
            fill(g, PolygonPaths.of(units, f, i -> tone(units, i) == 1), p.color(MapColor.FILL_ALT));
            // units only a few pixels across read as a mosaic of the two tones; a border per unit would
            // turn it into a solid mesh and triple the paint time of a city-wide grid view
            if (units.typicalSize * f.scale() >= f.px(MIN_BORDERED_PX)) {
                stroke(g, PolygonPaths.of(units, f, PolygonPaths.ALL), p.color(MapColor.STROKE_MINOR),
                        f.px(units.size() > 5000 && f.level() == Level.GRID ? 0.6 : 1));
            }
            drawn = units.size();
        }
        // borders of the coarser levels, thicker the coarser, so the hierarchy reads at a glance
        double width = 1.6;
        for (int i = f.map().detailLevels().indexOf(f.level()) - 1; i >= 0; i--) {
            ProjectedUnits parent = f.map().units(f.map().detailLevels().get(i));
            stroke(g, PolygonPaths.of(parent, f, PolygonPaths.ALL), p.color(MapColor.STROKE), f.px(width));
            width += 0.8;
        }
        ProjectedUnits outline = f.map().units(f.map().outlineLevel());
        if (outline != null) {
            Shape shape = PolygonPaths.of(outline, f, PolygonPaths.ALL);
            stroke(g, shape, p.color(MapColor.GLOW), f.px(14));
            stroke(g, shape, p.color(MapColor.GLOW), f.px(7));
            stroke(g, shape, p.color(MapColor.OUTLINE), f.px(2.5));
        }
        return drawn;
    }

    /** Alternating tone, stable per unit code so a unit keeps its tone across zooms. */
    private static int tone(ProjectedUnits u, int i) {
        return Math.floorMod(u.units[i].code().hashCode(), 2);
    }

    private static void fill(Graphics2D g, Shape s, Color c) {
        if (c != null) {
            g.setColor(c);
            g.fill(s);
        }
    }

    private static void stroke(Graphics2D g, Shape s, Color c, double width) {
        if (c != null) {
            g.setColor(c);
            // hairlines: butt caps and bevel joins cost far less to stroke and look the same
            g.setStroke(width < 1.5 ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL)
                    : new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(s);
        }
    }
}
