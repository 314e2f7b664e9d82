package com.gridwall.ui.map;

import com.gridwall.domain.Level;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Names of the units at the current level of detail, never overlapping: biggest units first, a label
 * only where it fits inside its unit's box, with a halo for legibility over any fill. The font (the
 * bundled CJK face, from CSS) is set on the Graphics2D explicitly.
 */
public final class LabelLayer extends MapLayer {
    @Override
    protected boolean usesReservedAreas() {
        return true;
    }

    /** Label size relative to the CSS label font, per level: coarser units get larger names. */
    private static final Map<Level, Double> SIZE_FACTOR = Map.of(
            Level.DISTRICT, 1.5, Level.STREET, 1.375, Level.COMMUNITY, 1.125, Level.GRID, 1.0);

    @Override
    protected Object pictureKey(MapFrame frame) {
        return FRAME_ONLY;
    }

    @Override
    protected int paint(Graphics2D g, MapFrame f) {
        ProjectedUnits u = f.map().units(f.level());
        if (u == null || f.labelFont() == null) {
            return 0;
        }
        boolean major = f.level() == Level.STREET || f.level() == Level.DISTRICT;
        Font font = (major && f.labelFontBold() != null ? f.labelFontBold() : f.labelFont()).deriveFont(
                (float) f.px(f.labelFont().getSize2D() * SIZE_FACTOR.getOrDefault(f.level(), 1.0)));
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        List<Integer> candidates = new ArrayList<>();
        for (int k = 0; k < u.size(); k++) {
            double lx = f.toImageX(u.labelX[k]);
            double ly = f.toImageY(u.labelY[k]);
            if (lx >= 0 && ly >= 0 && lx <= f.width() && ly <= f.height()
                    && (u.maxX[k] - u.minX[k]) * f.scale() > font.getSize2D() * 1.5) {
                candidates.add(k);
            }
        }
        candidates.sort((a, b) -> Double.compare(u.area[b], u.area[a]));
        Color fill = f.palette().color(major ? MapColor.LABEL_MAJOR : MapColor.LABEL);
        Color halo = f.palette().color(MapColor.LABEL_HALO);
        BasicStroke haloStroke = new BasicStroke((float) f.px(4), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        LabelPlacer placer = new LabelPlacer(f.width(), f.height(), f.px(4));
        for (javafx.geometry.Rectangle2D r : f.reserved()) {
            // overlays (info card, status) keep their area free of labels
            placer.reserve(f.viewLeft() + r.getMinX(), f.viewTop() + r.getMinY(), r.getWidth(), r.getHeight());
        }
        double h = fm.getAscent() + fm.getDescent();
        int placed = 0;
        for (int k : candidates) {
            String name = u.units[k].name();
            double w = fm.stringWidth(name);
            double unitW = (u.maxX[k] - u.minX[k]) * f.scale();
            double unitH = (u.maxY[k] - u.minY[k]) * f.scale();
            if (w > unitW * 1.1 || h > unitH) {
                continue;
            }
            double cx = f.toImageX(u.labelX[k]);
            double cy = f.toImageY(u.labelY[k]);
            if (cx - w / 2 < 0 || cx + w / 2 > f.width() || cy - h / 2 < 0 || cy + h / 2 > f.height()
                    || !f.notCutByView(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
                    || !placer.tryPlace(cx, cy, w, h)) {
                continue;
            }
            GlyphVector gv = font.createGlyphVector(g.getFontRenderContext(), name);
            Shape text = gv.getOutline((float) (cx - w / 2), (float) (cy - h / 2 + fm.getAscent()));
            if (halo != null) {
                g.setColor(halo);
                g.setStroke(haloStroke);
                g.draw(text);
            }
            if (fill != null) {
                g.setColor(fill);
                g.fill(text);
            }
            placed++;
        }
        return placed;
    }
}
