package com.gridwall.ui.map.layer;

import com.gridwall.ui.i18n.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;

/**
 * The small bar on the map that switches the data layers on and off and picks the choropleth metric.
 * Each button names its keyboard shortcut. Pure view: the buttons are bound to {@link MapLayers}'
 * properties. Confined to the FX thread.
 */
final class LayerToggleBar extends HBox {
    LayerToggleBar(Messages messages, MapLayers layers) {
        getStyleClass().add("layer-toggle-bar");
        setId("layer-toggle-bar");
        getChildren().addAll(
                toggle(messages.get("layer.toggle.choropleth"), "layer-toggle-choropleth", layers.choroplethProperty()),
                metric(messages, layers),
                toggle(messages.get("layer.toggle.markers"), "layer-toggle-markers", layers.markersProperty()),
                toggle(messages.get("layer.toggle.heatmap"), "layer-toggle-heatmap", layers.heatmapProperty()));
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }

    private static ToggleButton toggle(String text, String id, BooleanProperty on) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.getStyleClass().add("layer-toggle");
        b.setFocusTraversable(false);
        b.selectedProperty().bindBidirectional(on);
        return b;
    }

    private static Button metric(Messages messages, MapLayers layers) {
        Button b = new Button();
        b.setId("layer-metric");
        b.getStyleClass().add("layer-metric");
        b.setFocusTraversable(false);
        b.textProperty().bind(layers.metricProperty().map(m -> messages.get(m.messageKey()) + " ▸"));
        b.disableProperty().bind(layers.choroplethProperty().not());
        b.setOnAction(e -> layers.metricProperty().set(layers.metricProperty().get().next()));
        return b;
    }
}
