package com.gridwall.ui.map.layer;

import com.gridwall.ui.i18n.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;

/**
 * The small bar on the map that switches the data layers on and off and picks the choropleth metric.
 * Each button names its keyboard shortcut. Pure view: the buttons are bound to {@link MapLayers}'
 * properties. Confined to the FX thread.
 */
final class LayerToggleBar extends HBox {
    private final ObjectProperty<Messages> messages;

    LayerToggleBar(Messages initial, MapLayers layers) {
        messages = new SimpleObjectProperty<>(this, "messages", initial);
        getStyleClass().add("layer-toggle-bar");
        setId("layer-toggle-bar");
        getChildren().addAll(
                toggle("layer.toggle.choropleth", "layer-toggle-choropleth", layers.choroplethProperty()),
                metric(layers),
                toggle("layer.toggle.markers", "layer-toggle-markers", layers.markersProperty()),
                toggle("layer.toggle.heatmap", "layer-toggle-heatmap", layers.heatmapProperty()));
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }

    /** Switches the buttons' language. */
    void setMessages(Messages m) {
        messages.set(m);
    }

    private ToggleButton toggle(String key, String id, BooleanProperty on) {
        ToggleButton b = new ToggleButton();
        b.textProperty().bind(messages.map(m -> m.get(key)));
        b.setId(id);
        b.getStyleClass().add("layer-toggle");
        b.setFocusTraversable(false);
        b.selectedProperty().bindBidirectional(on);
        return b;
    }

    private Button metric(MapLayers layers) {
        Button b = new Button();
        b.setId("layer-metric");
        b.getStyleClass().add("layer-metric");
        b.setFocusTraversable(false);
        b.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get().get(layers.metricProperty().get().messageKey()) + " ▸",
                messages, layers.metricProperty()));
        b.disableProperty().bind(layers.choroplethProperty().not());
        b.setOnAction(e -> layers.metricProperty().set(layers.metricProperty().get().next()));
        return b;
    }
}
