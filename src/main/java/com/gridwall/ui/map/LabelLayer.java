package com.gridwall.ui.map;

import com.gridwall.domain.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Names of the units at the current level of detail, never overlapping: biggest units first, a label
 * only where it fits inside its unit's box, with a halo for legibility over any fill. The font is set
 * on the GraphicsContext explicitly (canvas text ignores CSS). Painted into the static image above the polygons.
 */
public final class LabelLayer extends MapLayer {
    /** Label size relative to the CSS label font, per level: coarser units get larger names. */
    private static final Map<Level, Double> SIZE_FACTOR = Map.of(
            Level.DISTRICT, 1.5, Level.STREET, 1.375, Level.COMMUNITY, 1.125, Level.GRID, 1.0);

    private final Map<String, Double> widths = new HashMap<>();
    private final Text measure = new Text();
    private Font measuredFont;
    private int placed;

    /** Labels drawn in the last paint. */
    public int placedCount() {
        return placed;
    }

    @Override
    protected void paint(GraphicsContext g, MapFrame f) {
        placed = 0;
        ProjectedUnits u = f.map().units(f.level());
        if (u == null || f.labelFont() == null) {
            return;
        }
        Font base = f.labelFont();
        Font font = Font.font(base.getFamily(), f.px(base.getSize() * SIZE_FACTOR.getOrDefault(f.level(), 1.0)));
        if (!font.equals(measuredFont)) {
            widths.clear();
            measuredFont = font;
            measure.setFont(font);
        }
        List<Integer> candidates = new ArrayList<>();
        for (int k = 0; k < u.size(); k++) {
            double lx = f.toCanvasX(u.labelX[k]);
            double ly = f.toCanvasY(u.labelY[k]);
            if (lx >= 0 && ly >= 0 && lx <= f.width() && ly <= f.height()
                    && (u.maxX[k] - u.minX[k]) * f.scale() > font.getSize() * 1.5) {
                candidates.add(k);
            }
        }
        candidates.sort((a, b) -> Double.compare(u.area[b], u.area[a]));
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        Paint fill = f.palette().get(f.level() == Level.STREET || f.level() == Level.DISTRICT
                ? MapColor.LABEL_MAJOR : MapColor.LABEL);
        Paint halo = f.palette().get(MapColor.LABEL_HALO);
        LabelPlacer placer = new LabelPlacer(f.width(), f.height(), f.px(4));
        double h = font.getSize() * 1.2;
        for (int k : candidates) {
            String name = u.units[k].name();
            double w = widths.computeIfAbsent(name, this::width);
            double unitW = (u.maxX[k] - u.minX[k]) * f.scale();
            double unitH = (u.maxY[k] - u.minY[k]) * f.scale();
            if (w > unitW * 1.1 || h > unitH) {
                continue;
            }
            double cx = f.toCanvasX(u.labelX[k]);
            double cy = f.toCanvasY(u.labelY[k]);
            if (cx - w / 2 < 0 || cx + w / 2 > f.width() || cy - h / 2 < 0 || cy + h / 2 > f.height()
                    || !placer.tryPlace(cx, cy, w, h)) {
                continue;
            }
            if (halo != null) {
                g.setStroke(halo);
                g.setLineWidth(f.px(4));
                g.strokeText(name, cx, cy);
            }
            if (fill != null) {
                g.setFill(fill);
                g.fillText(name, cx, cy);
            }
            placed++;
        }
    }

    private double width(String text) {
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }
}
