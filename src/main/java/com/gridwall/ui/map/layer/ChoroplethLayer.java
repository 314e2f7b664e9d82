package com.gridwall.ui.map.layer;

import com.gridwall.domain.UnitDirectory;
import com.gridwall.domain.UnitInfo;
import com.gridwall.ui.map.MapColor;
import com.gridwall.ui.map.MapFrame;
import com.gridwall.ui.map.PaintYield;
import com.gridwall.ui.map.PolygonPaths;
import com.gridwall.ui.map.ProjectedUnits;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Colours every unit of the frame's level by the chosen {@link ChoroplethMetric}, in quantile classes
 * ({@link ClassBreaks}) with the ramp {@code -map-choro-1..5}; units without a value keep the base fill.
 * One path per class, so 40,000 grids are five fills and one stroke. The breaks used by the last paint
 * are published for the legend (volatile). Painted on the render thread.
 */
public final class ChoroplethLayer extends DataLayer {
    static final MapColor[] RAMP = {MapColor.CHORO_1, MapColor.CHORO_2, MapColor.CHORO_3, MapColor.CHORO_4, MapColor.CHORO_5};

    /** What the legend shows: the metric and its breaks as painted. */
    public record Legend(ChoroplethMetric metric, ClassBreaks breaks) {
    }

    private volatile ChoroplethMetric metric = ChoroplethMetric.OPEN;
    private volatile Legend legend = new Legend(ChoroplethMetric.OPEN, ClassBreaks.NONE);

    public void setMetric(ChoroplethMetric m) {
        if (m != metric) {
            metric = m;
            markDirty();
        }
    }

    public ChoroplethMetric metric() {
        return metric;
    }

    /** The breaks of the newest paint. */
    public Legend legend() {
        return legend;
    }

    /** The metric's value for unit {@code k}: densities divided by km², completion in 0..1. */
    static double value(MapOverlayModel model, ChoroplethMetric m, ProjectedUnits units, int k, UnitDirectory dir) {
        String code = units.unit(k).code();
        double v = model.metrics().value(code, m);
        if (m == ChoroplethMetric.DENSITY && !Double.isNaN(v)) {
            UnitInfo info = dir == null ? null : dir.unit(code);
            v = info == null || info.areaKm2() <= 0 ? Double.NaN : v / info.areaKm2();
        }
        return v;
    }

    /**
     * What the picture shows: the metric, each unit's class (-1 without a value) and each class's colour.
     * The breaks' exact bounds may move while every unit keeps its class: then the picture is the same.
     */
    private record Picture(ChoroplethMetric metric, int[] classes, int[] colours) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Picture p && p.metric == metric && Arrays.equals(p.classes, classes)
                    && Arrays.equals(p.colours, colours);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(classes) * 31 + metric.hashCode();
        }
    }

    /** Beyond this many units of a new class, the whole layer is painted again. */
    static final int MAX_CHANGED_UNITS = 128;

    /** Classes worked out for the key, painted by the paint right after it (render thread only). */
    private Picture prepared;
    private MapFrame preparedFrame;
    private MapOverlayModel preparedModel;

    @Override
    protected Object pictureKey(MapFrame f, MapOverlayModel model) {
        ChoroplethMetric m = metric;
        prepared = classify(f, model, m);
        preparedFrame = f;
        preparedModel = model;
        return prepared;
    }

    private Picture classify(MapFrame f, MapOverlayModel model, ChoroplethMetric m) {
        ProjectedUnits units = f.map().units(f.level());
        if (units == null || model.metrics() == UnitMetricSource.NONE) {
            legend = new Legend(m, ClassBreaks.NONE);
            return new Picture(m, new int[0], new int[0]);
        }
        UnitDirectory dir = f.map().source().directory();
        double[] values = new double[units.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = value(model, m, units, k, dir);
        }
        ClassBreaks breaks = ClassBreaks.of(values);
        int[] classes = new int[values.length];
        for (int k = 0; k < values.length; k++) {
            classes[k] = breaks.classOf(values[k]);
        }
        int[] colours = new int[breaks.size()];
        for (int c = 0; c < colours.length; c++) {
            colours[c] = breaks.colourIndex(c, RAMP.length);
        }
        legend = new Legend(m, breaks);
        return new Picture(m, classes, colours);
    }

    @Override
    protected int paint(Graphics2D g, MapFrame f, MapOverlayModel model) {
        // what the key said, even if the metric was switched meanwhile: kept pixels must match their key
        Picture p = prepared != null && preparedFrame == f && preparedModel == model ? prepared : classify(f, model, metric);
        prepared = null;
        return paintPicture(g, f, p, null);
    }

    /** Units that changed class, as their outlines' bounds; null if metric or colours changed, or many units. */
    @Override
    protected List<Rectangle> changedArea(MapFrame f, Object before, Object after) {
        ProjectedUnits units = f.map().units(f.level());
        if (!(before instanceof Picture a) || !(after instanceof Picture b) || a.metric != b.metric
                || !Arrays.equals(a.colours, b.colours) || units == null
                || a.classes.length != units.size() || b.classes.length != units.size()) {
            return null;
        }
        int margin = reach(f);
        List<Rectangle> out = new ArrayList<>();
        for (int k = 0; k < units.size(); k++) {
            if (a.classes[k] != b.classes[k]) {
                if (out.size() >= MAX_CHANGED_UNITS) {
                    return null; // a repaint of all classes is cheaper than so many small ones
                }
                out.add(units.imageBounds(k, f, margin));
            }
        }
        return out;
    }

    @Override
    protected int paintKey(Graphics2D g, MapFrame f, Object key, Rectangle clip) {
        if (!(key instanceof Picture p)) {
            return super.paintKey(g, f, key, clip);
        }
        g.clip(clip);
        return paintPicture(g, f, p, clip);
    }

    /** Pixels beyond a unit's bounds its paint can touch: the class border's half width and its anti-aliasing. */
    private static int reach(MapFrame f) {
        return (int) Math.ceil(f.px(1)) + 2;
    }

    /** Paints {@code p}; with a clip, only the units that meet it are put into the paths (same pixels there). */
    private static int paintPicture(Graphics2D g, MapFrame f, Picture p, Rectangle clip) {
        ProjectedUnits units = f.map().units(f.level());
        if (units == null || p.classes.length == 0) {
            return 0;
        }
        int[] classes = p.classes;
        boolean[] near = null;
        if (clip != null) {
            // a unit whose fill, border or anti-aliasing reaches into the clip
            int margin = reach(f);
            near = new boolean[classes.length];
            for (int k = 0; k < classes.length; k++) {
                near[k] = classes[k] >= 0 && units.imageBounds(k, f, margin).intersects(clip);
            }
        }
        boolean[] in = near;
        int painted = 0;
        for (int c = 0; c < p.colours.length; c++) {
            Color colour = f.palette().color(RAMP[p.colours[c]]);
            if (colour == null) {
                continue;
            }
            int cls = c;
            g.setColor(colour);
            int before = painted;
            for (int k : classes) {
                painted += k == cls ? 1 : 0;
            }
            if (painted > before) {
                PaintYield.point();
                g.fill(PolygonPaths.of(units, f, k -> classes[k] == cls && (in == null || in[k])));
            }
        }
        Color border = f.palette().color(MapColor.STROKE_MINOR);
        if (border != null && painted > 0) {
            PaintYield.point();
            g.setColor(border);
            g.setStroke(new BasicStroke((float) f.px(units.size() > 5000 ? 0.6 : 1), BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_BEVEL));
            g.draw(PolygonPaths.of(units, f, k -> classes[k] >= 0 && (in == null || in[k])));
        }
        return painted;
    }
}
