package com.gridwall.ui.map.layer;

import com.gridwall.ui.i18n.Messages;
import java.text.NumberFormat;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The choropleth's key: the metric and its unit, then one row per class with a swatch (the same CSS
 * ramp as the map, {@code .legend-swatch.choro-N}) and the value range. Rows are built once (five)
 * and only their texts change. Confined to the FX thread.
 */
final class ChoroplethLegend extends VBox {
    private Messages messages;
    private final Label title = new Label();
    private final HBox[] rows = new HBox[ClassBreaks.MAX_CLASSES];
    private final Region[] swatches = new Region[ClassBreaks.MAX_CLASSES];
    private final Label[] ranges = new Label[ClassBreaks.MAX_CLASSES];
    private final Label empty = new Label();
    private ChoroplethLayer.Legend shown;

    ChoroplethLegend(Messages messages) {
        this.messages = messages;
        getStyleClass().add("layer-legend");
        setId("layer-legend");
        title.getStyleClass().add("layer-legend-title");
        empty.getStyleClass().add("layer-legend-range");
        empty.setText(messages.get("layer.legend.empty"));
        getChildren().add(title);
        for (int i = 0; i < rows.length; i++) {
            swatches[i] = new Region();
            swatches[i].getStyleClass().add("layer-legend-swatch");
            ranges[i] = new Label();
            ranges[i].getStyleClass().add("layer-legend-range");
            rows[i] = new HBox(swatches[i], ranges[i]);
            rows[i].getStyleClass().add("layer-legend-row");
            getChildren().add(rows[i]);
        }
        getChildren().add(empty);
        setMouseTransparent(true);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }

    /** Switches the legend's language; the shown legend is written again. */
    void setMessages(Messages m) {
        messages = m;
        empty.setText(m.get("layer.legend.empty"));
        ChoroplethLayer.Legend again = shown;
        shown = null;
        if (again != null) {
            show(again);
        }
    }

    void show(ChoroplethLayer.Legend legend) {
        if (legend == shown) {
            return;
        }
        shown = legend;
        ChoroplethMetric m = legend.metric();
        title.setText(messages.get(m.messageKey()) + " (" + messages.get(m.unitKey()) + ")");
        ClassBreaks b = legend.breaks();
        for (int i = 0; i < rows.length; i++) {
            boolean on = i < b.size();
            rows[i].setVisible(on);
            rows[i].setManaged(on);
            if (on) {
                swatches[i].getStyleClass().setAll("layer-legend-swatch", "choro-" + (b.colourIndex(i, 5) + 1));
                ranges[i].setText(range(m, b, i));
            }
        }
        empty.setVisible(b.size() == 0);
        empty.setManaged(b.size() == 0);
    }

    String range(ChoroplethMetric m, ClassBreaks b, int i) {
        String hi = format(m, b.upper(i));
        if (i == 0) {
            return b.lower(0) == b.upper(0) ? hi : format(m, b.lower(0)) + " – " + hi;
        }
        return "> " + format(m, b.lower(i)) + " – " + hi;
    }

    private String format(ChoroplethMetric m, double v) {
        NumberFormat f = NumberFormat.getNumberInstance(messages.locale());
        if (m == ChoroplethMetric.COMPLETION) {
            f.setMaximumFractionDigits(0);
            return f.format(v * 100) + "%";
        }
        f.setMaximumFractionDigits(m == ChoroplethMetric.DENSITY ? (v < 10 ? 1 : 0) : 0);
        return f.format(v);
    }

    /** The range texts shown (tests). */
    java.util.List<String> rangeTexts() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].isVisible()) {
                out.add(ranges[i].getText());
            }
        }
        return out;
    }

    String titleText() {
        return title.getText();
    }
}
