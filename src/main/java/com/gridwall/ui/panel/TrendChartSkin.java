package com.gridwall.ui.panel;

import com.gridwall.domain.Lang;
import java.time.LocalDateTime;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Legend nodes (two, fixed) over one Canvas that repaints when the model, size, language or style
 * changes. When the chart is short (a 16:9 wall in replay mode, whose timeline takes the bottom of
 * the side columns), the legend moves to the left of the plot and the hour labels are left out, so
 * the curves keep most of the height instead of the chart drawing nothing.
 */
final class TrendChartSkin extends SkinBase<TrendChart> {
    private static final int[] HOUR_STEPS = {1, 2, 3, 4, 6, 12, 24};
    /** Heights (layout px) below which the legend goes beside the plot, and above which it returns on top. */
    private static final double COMPACT_BELOW = 120;
    private static final double REGULAR_ABOVE = 132;
    /** Canvas height below which the hour labels are left out. */
    private static final double HOUR_LABELS_FROM = 90;
    private final Canvas canvas = new Canvas();
    private final Pane plotHolder = new Pane(canvas);
    private final Label receivedLegend = new Label();
    private final Label resolvedLegend = new Label();
    private final HBox legendRow = new HBox();
    private final VBox legendColumn = new VBox();
    private final BorderPane root = new BorderPane();
    private boolean compact;
    private final Text measure = new Text();

    TrendChartSkin(TrendChart chart) {
        super(chart);
        receivedLegend.getStyleClass().addAll("trend-legend", "trend-legend-received");
        resolvedLegend.getStyleClass().addAll("trend-legend", "trend-legend-resolved");
        receivedLegend.setGraphic(swatch("trend-swatch-received"));
        resolvedLegend.setGraphic(swatch("trend-swatch-resolved"));
        receivedLegend.setMinWidth(Region.USE_PREF_SIZE);
        resolvedLegend.setMinWidth(Region.USE_PREF_SIZE);
        legendRow.getChildren().addAll(receivedLegend, resolvedLegend);
        legendRow.getStyleClass().add("trend-legend-row");
        legendColumn.getStyleClass().add("trend-legend-column");
        plotHolder.setMinSize(0, 0);
        canvas.widthProperty().bind(plotHolder.widthProperty());
        canvas.heightProperty().bind(plotHolder.heightProperty());
        canvas.setManaged(false);
        root.setTop(legendRow);
        root.setCenter(plotHolder);
        root.getStyleClass().add("trend-frame");
        getChildren().add(root);
        registerChangeListener(chart.heightProperty(), o -> placeLegend(chart.getHeight()));

        registerChangeListener(chart.modelProperty(), o -> redraw());
        registerChangeListener(chart.langProperty(), o -> redraw());
        registerChangeListener(canvas.widthProperty(), o -> redraw());
        registerChangeListener(canvas.heightProperty(), o -> redraw());
        for (var p : new javafx.beans.value.ObservableValue<?>[] {chart.receivedColor, chart.resolvedColor,
                chart.gridColor, chart.textColor, chart.nowColor, chart.chartFont}) {
            registerChangeListener(p, o -> redraw());
        }
        redraw();
    }

    /** Legend on top, or beside the plot when the chart is short (with some hysteresis, so it does not flip). */
    private void placeLegend(double height) {
        boolean want = compact ? height < REGULAR_ABOVE : height < COMPACT_BELOW;
        if (want == compact) {
            return;
        }
        compact = want;
        if (compact) {
            root.setTop(null);
            legendRow.getChildren().clear();
            legendColumn.getChildren().setAll(receivedLegend, resolvedLegend);
            root.setLeft(legendColumn);
        } else {
            root.setLeft(null);
            legendColumn.getChildren().clear();
            legendRow.getChildren().setAll(receivedLegend, resolvedLegend);
            root.setTop(legendRow);
        }
    }

    /** Whether the legend stands beside the plot (for tests). */
    boolean compact() {
        return compact;
    }

    private static Region swatch(String styleClass) {
        Region r = new Region();
        r.getStyleClass().addAll("trend-swatch", styleClass);
        return r;
    }

    /** The whole chart from the model's arrays: O(buckets) strokes, no nodes. */
    void redraw() {
        TrendChart c = getSkinnable();
        Lang lang = c.getLang();
        receivedLegend.setText(PanelText.text(lang, "trend.received"));
        resolvedLegend.setText(PanelText.text(lang, "trend.resolved"));
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        Font font = c.chartFont.get();
        g.setFont(font);
        TrendModel m = c.getModel();
        // until panels.css has styled the chart there is nothing to paint with (Java names no colours)
        if (w < 40 || h < 24 || c.receivedColor.get() == null || c.resolvedColor.get() == null
                || c.gridColor.get() == null || c.textColor.get() == null || c.nowColor.get() == null) {
            return;
        }
        if (m == null || m.buckets() == 0) {
            fill(g, c.textColor.get());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(PanelText.text(lang, "trend.noData"), w / 2, h / 2);
            return;
        }
        int top = niceCeiling(m.max());
        double labelH = textHeight(font);
        double left = textWidth(font, PanelText.count(lang, top)) + 10;
        double right = 8;
        double plotTop = Math.ceil(labelH / 2) + 2;
        boolean hourLabels = h >= HOUR_LABELS_FROM;
        double bottom = hourLabels ? h - labelH - 8 : h - Math.ceil(labelH / 2) - 2;
        double plotW = w - left - right;
        double plotH = bottom - plotTop;
        int n = m.buckets();
        double step = plotW / n;

        // horizontal grid lines with count labels at 0, half and top
        g.setLineWidth(1);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        boolean halfLabel = plotH / 2 >= labelH + 2; // else the half label would touch the others
        for (int k = 0; k <= 2; k++) {
            double y = Math.round(bottom - plotH * k / 2.0) + 0.5;
            stroke(g, c.gridColor.get());
            g.setLineDashes(k == 0 ? null : new double[] {3, 4});
            g.strokeLine(left, y, w - right, y);
            if (k != 1 || halfLabel) {
                fill(g, c.textColor.get());
                g.fillText(PanelText.count(lang, (long) top * k / 2), left - 6, y);
            }
        }
        g.setLineDashes(null);

        int last = m.currentBucket() >= 0 ? m.currentBucket() : n - 1;
        double[] xs = new double[last + 2];
        double[] ys = new double[last + 2];
        // received: area under a line
        for (int i = 0; i <= last; i++) {
            xs[i] = left + (i + 0.5) * step;
            ys[i] = bottom - plotH * m.receivedAt(i) / top;
        }
        Paint received = c.receivedColor.get();
        if (received instanceof Color rc) {
            xs[last + 1] = xs[last];
            ys[last + 1] = bottom;
            double[] ax = new double[last + 3];
            double[] ay = new double[last + 3];
            System.arraycopy(xs, 0, ax, 0, last + 2);
            System.arraycopy(ys, 0, ay, 0, last + 2);
            ax[last + 2] = xs[0];
            ay[last + 2] = bottom;
            g.setFill(rc.deriveColor(0, 1, 1, 0.22));
            g.fillPolygon(ax, ay, last + 3);
        }
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineWidth(2.5);
        stroke(g, received);
        g.strokePolyline(xs, ys, last + 1);
        for (int i = 0; i <= last; i++) {
            ys[i] = bottom - plotH * m.resolvedAt(i) / top;
        }
        stroke(g, c.resolvedColor.get());
        g.strokePolyline(xs, ys, last + 1);

        if (hourLabels) {
            drawHourLabels(g, c, m, left, step, bottom, plotW, font);
        }
        if (m.currentBucket() >= 0) {
            drawNowMarker(g, c, lang, left + (m.currentBucket() + 0.5) * step, plotTop, bottom, w - right, font);
        }
    }

    /** Hour labels at bucket starts on whole hours, every k hours so that they never touch. */
    private void drawHourLabels(GraphicsContext g, TrendChart c, TrendModel m, double left, double step,
                                double bottom, double plotW, Font font) {
        double labelW = textWidth(font, "00:00") + 14;
        double pxPerHour = step * 60.0 / m.bucketMinutes();
        int every = HOUR_STEPS[HOUR_STEPS.length - 1];
        for (int s : HOUR_STEPS) {
            if (s * pxPerHour >= labelW) {
                every = s;
                break;
            }
        }
        fill(g, c.textColor.get());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double halfLabel = textWidth(font, "00:00") / 2;
        for (int i = 0; i < m.buckets(); i++) {
            LocalDateTime t = m.bucketStart(i);
            if (t.getMinute() != 0 || t.getHour() % every != 0) {
                continue;
            }
            double x = left + i * step;
            x = Math.max(x, left + halfLabel - 4);
            x = Math.min(x, left + plotW - halfLabel);
            g.fillText(String.format("%02d:00", t.getHour()), x, bottom + 6);
        }
    }

    private void drawNowMarker(GraphicsContext g, TrendChart c, Lang lang, double x, double top, double bottom,
                               double maxX, Font font) {
        stroke(g, c.nowColor.get());
        g.setLineWidth(1.5);
        g.setLineDashes(4, 3);
        g.strokeLine(x, top, x, bottom);
        g.setLineDashes(null);
        String label = PanelText.text(lang, "trend.now");
        double tw = textWidth(font, label);
        fill(g, c.nowColor.get());
        g.setTextBaseline(VPos.TOP);
        boolean leftSide = x + 6 + tw > maxX;
        g.setTextAlign(leftSide ? TextAlignment.RIGHT : TextAlignment.LEFT);
        g.fillText(label, leftSide ? x - 6 : x + 6, top);
    }

    private static void fill(GraphicsContext g, Paint p) {
        g.setFill(p);
    }

    private static void stroke(GraphicsContext g, Paint p) {
        g.setStroke(p);
    }

    private double textWidth(Font font, String s) {
        measure.setFont(font);
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }

    private double textHeight(Font font) {
        measure.setFont(font);
        measure.setText("0");
        return measure.getLayoutBounds().getHeight();
    }

    /** 1, 2 or 5 times a power of ten, at least max (and at least 5, so an idle day still has a scale). */
    static int niceCeiling(int max) {
        int v = Math.max(5, max);
        int p = 1;
        while (p * 10 <= v) {
            p *= 10;
        }
        for (int f : new int[] {1, 2, 5, 10}) {
            if (f * p >= v) {
                return f * p;
            }
        }
        return 10 * p;
    }
}
