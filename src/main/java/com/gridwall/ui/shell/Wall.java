package com.gridwall.ui.shell;

import com.gridwall.geo.GridMap;
import com.gridwall.ui.FrameLoop;
import com.gridwall.ui.i18n.Messages;
import com.gridwall.ui.map.MapView;
import com.gridwall.ui.map.layer.MapLayers;
import com.gridwall.domain.Lang;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The whole wall: title bar, map (or the error view), panel slots, all in the 1920x1080 design
 * scaled to the screen, driven by one {@link FrameLoop}. Build and use on the FX thread.
 */
public final class Wall {
    private final ObjectProperty<Messages> messages = new SimpleObjectProperty<>(this, "messages");
    private final FrameLoop loop = new FrameLoop();
    private final TitleBar titleBar;
    private final WallLayout layout;
    private final DesignScaler scaler;
    private MapView mapView;
    private MapLayers mapLayers;
    private StackPane mapFrame;
    private ObjectProperty<Lang> lang;

    public Wall(Messages messages) {
        this(messages, DesignScaler.DESIGN_WIDTH, DesignScaler.DESIGN_HEIGHT);
    }

    /** A wall whose design is {@code designWidth x designHeight} (1920x1080, or 3840x1080 for 32:9). */
    public Wall(Messages messages, double designWidth, double designHeight) {
        this.messages.set(messages);
        titleBar = new TitleBar(messages);
        titleBar.attach(loop);
        layout = new WallLayout(titleBar);
        layout.setLeft(new SlotPlaceholder(), new SlotPlaceholder(), new SlotPlaceholder());
        layout.setRight(new SlotPlaceholder(), new SlotPlaceholder(), new SlotPlaceholder());
        layout.setBottom(new SlotPlaceholder());
        scaler = new DesignScaler(layout, designWidth, designHeight);
        scaler.getStyleClass().add("wall-root");
        // one language switch reaches every text the shell owns; panels follow the presenter's language
        this.messages.addListener((o, a, m) -> {
            titleBar.setMessages(m);
            if (mapView != null) {
                mapView.setMessages(m);
                mapLayers.setMessages(m);
            }
        });
    }

    /** The wall's language (zh-CN by default, English with --lang en; the L key switches it). */
    public ObjectProperty<Lang> langProperty() {
        if (lang == null) {
            lang = new SimpleObjectProperty<>(this, "lang", messages.get().lang());
            lang.addListener((o, a, l) -> messages.set(Messages.of(l)));
        }
        return lang;
    }

    /** The messages of the wall's current language. */
    public Messages messages() {
        return messages.get();
    }

    /** Shows {@code map} in the centre and its name in the title. */
    public MapView showMap(GridMap map) {
        if (mapView == null) {
            mapView = new MapView(messages.get());
            mapView.setId("map-view");
            mapView.renderScaleProperty().bind(scaler.factorProperty());
            mapView.attach(loop);
            mapLayers = MapLayers.install(mapView, loop, messages.get());
        }
        mapView.setMap(map);
        titleBar.setTitle(map.title());
        Label level = new Label();
        level.getStyleClass().add("map-level");
        level.setId("map-level");
        level.textProperty().bind(Bindings.createStringBinding(() -> {
            com.gridwall.domain.Level l = mapView.levelProperty().get();
            Messages m = messages.get();
            return l == null ? "" : m.format("map.level.indicator", l.label(m.lang()));
        }, mapView.levelProperty(), messages));
        Label hint = new Label();
        hint.textProperty().bind(messages.map(m -> m.get("map.hint")));
        hint.getStyleClass().add("map-hint");
        VBox status = new VBox(level, hint);
        status.getStyleClass().add("map-status");
        status.setMouseTransparent(true);
        status.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane.setAlignment(status, Pos.BOTTOM_LEFT);
        mapView.reserveArea(status);
        StackPane centre = new StackPane(mapView, mapLayers.controls(), status);
        mapFrame = centre;
        centre.getStyleClass().add("map-frame");
        layout.setCenter(centre);
        return mapView;
    }

    /** Shows the styled error view where the map would be; the title stays generic. */
    public void showError(String file, String reason) {
        titleBar.setTitle(null);
        layout.setCenter(new ErrorView(messages.get(), file, reason));
    }

    /** The scene root. */
    public Parent root() {
        return scaler;
    }

    /** The stack holding the map and its overlays (alert banner, breadcrumb, legend go here), or null. */
    public StackPane mapFrame() {
        return mapFrame;
    }

    public FrameLoop frameLoop() {
        return loop;
    }

    public WallLayout layout() {
        return layout;
    }

    public TitleBar titleBar() {
        return titleBar;
    }

    public DesignScaler scaler() {
        return scaler;
    }

    /** The map view, or null while an error is shown instead. */
    public MapView mapView() {
        return mapView;
    }

    /** The map's data layers (choropleth, markers, heatmap), or null while no map is shown. */
    public MapLayers mapLayers() {
        return mapLayers;
    }

    public void start() {
        loop.start();
    }

    /**
     * Lays out and renders one complete, settled frame now, without waiting for pulses: for
     * snapshots and tests. The scene must already be set.
     */
    public void renderNow() {
        scaler.applyCss();
        scaler.layout();
        if (mapView != null) {
            mapView.renderSettled();
        }
        loop.tick(System.nanoTime());
        scaler.applyCss(); // nodes the tick added (an alert row) have no size before their CSS
        scaler.layout();
        if (mapView != null) {
            // the tick may have shown alerts or a breadcrumb over the map: labels keep clear of them
            mapView.renderSettled();
        }
    }
}
