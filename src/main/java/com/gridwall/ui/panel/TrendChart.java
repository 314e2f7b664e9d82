package com.gridwall.ui.panel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * 24-hour trend of received and resolved incidents, painted on one Canvas from the model's
 * primitive arrays (no node per point): received as a glowing area, resolved as a line, hour
 * labels under the axis, a marker on the current bucket and a legend. Colours and font come from
 * CSS ({@code -gw-trend-*}). FX thread only.
 */
public class TrendChart extends WallControl {
    private static final CssMetaData<TrendChart, Paint> RECEIVED = CssMeta.paint("-gw-trend-received", c -> c.receivedColor);
    private static final CssMetaData<TrendChart, Paint> RESOLVED = CssMeta.paint("-gw-trend-resolved", c -> c.resolvedColor);
    private static final CssMetaData<TrendChart, Paint> GRID = CssMeta.paint("-gw-trend-grid", c -> c.gridColor);
    private static final CssMetaData<TrendChart, Paint> TEXT = CssMeta.paint("-gw-trend-text", c -> c.textColor);
    private static final CssMetaData<TrendChart, Paint> NOW = CssMeta.paint("-gw-trend-now", c -> c.nowColor);
    private static final CssMetaData<TrendChart, Font> FONT = CssMeta.font("-gw-trend-font", c -> c.chartFont,
            Font.font(PanelStyles.FONT_FAMILY, 16));
    private static final List<CssMetaData<? extends Styleable, ?>> CSS;

    static {
        List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>(Control.getClassCssMetaData());
        list.addAll(List.of(RECEIVED, RESOLVED, GRID, TEXT, NOW, FONT));
        CSS = Collections.unmodifiableList(list);
    }

    private final ObjectProperty<TrendModel> model = new SimpleObjectProperty<>(this, "model");
    final StyleableObjectProperty<Paint> receivedColor = new SimpleStyleableObjectProperty<>(RECEIVED, this, "receivedColor");
    final StyleableObjectProperty<Paint> resolvedColor = new SimpleStyleableObjectProperty<>(RESOLVED, this, "resolvedColor");
    final StyleableObjectProperty<Paint> gridColor = new SimpleStyleableObjectProperty<>(GRID, this, "gridColor");
    final StyleableObjectProperty<Paint> textColor = new SimpleStyleableObjectProperty<>(TEXT, this, "textColor");
    final StyleableObjectProperty<Paint> nowColor = new SimpleStyleableObjectProperty<>(NOW, this, "nowColor");
    final StyleableObjectProperty<Font> chartFont = new SimpleStyleableObjectProperty<>(FONT, this, "chartFont",
            Font.font(PanelStyles.FONT_FAMILY, 16));

    public TrendChart() {
        getStyleClass().add("trend-chart");
    }

    public final ObjectProperty<TrendModel> modelProperty() {
        return model;
    }

    public final TrendModel getModel() {
        return model.get();
    }

    public final void setModel(TrendModel m) {
        model.set(m);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return CSS;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TrendChartSkin(this);
    }
}
