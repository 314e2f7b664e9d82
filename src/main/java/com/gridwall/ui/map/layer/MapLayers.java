package com.gridwall.ui.map.layer;

import com.gridwall.store.snapshot.WallSnapshot;
import com.gridwall.ui.FrameLoop;
import com.gridwall.ui.i18n.Messages;
import com.gridwall.ui.map.MapView;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The map's data layers and their controls: choropleth, heatmap and markers painted into the static
 * image, the pulse rings of new incidents as an overlay, the toggle bar and the legend.
 *
 * <p>Feed it with {@link #setModel} or {@link #setSnapshot} from the wall's single snapshot pull per
 * pulse; it never pulls anything itself. A new model reaches the painted layers at most every
 * {@link #REPAINT_NANOS}, or twice the last repaint's duration if longer (a static repaint at 4K takes tens
 * of ms on the render thread, far more on a busy machine; at 10k events/s
 * the snapshot changes every pulse), while the pulse rings react at once.
 *
 * <p>Keys (on the map view): C choropleth, N next metric, P incident markers, H heatmap. Confined to
 * the FX thread.
 */
public final class MapLayers {
    /**
     * Minimum time between two data repaints of the static image. Each new image costs the pulse that
     * shows it, and the one after, a repaint of the whole map area (50-80 ms at 4K in software rendering,
     * measured), so every 2 s at most keeps such pulses under 2% of them (fewer when repaints are slow, see
     * {@link #repaintInterval}); rings and alerts still react to every new incident at once. Measured with
     * `bench wall`: small-case p95 14.8-18.4 ms at 2 s against 19.3-21.2 ms at 1 s.
     */
    public static final long REPAINT_NANOS = 2_000_000_000L;
    /** Longest time between two data repaints, however slow a repaint is. */
    public static final long MAX_REPAINT_NANOS = 4_000_000_000L;

    private final MapView view;
    private final ChoroplethLayer choropleth = new ChoroplethLayer();
    private final HeatmapLayer heatmap = new HeatmapLayer();
    private final MarkerLayer markers = new MarkerLayer();
    private final PulseOverlay pulses = new PulseOverlay();
    private final ChoroplethLegend legend;
    private final LayerToggleBar bar;
    private final StackPane controls;
    private final BooleanProperty choroplethOn = new SimpleBooleanProperty(this, "choropleth", true);
    private final BooleanProperty markersOn = new SimpleBooleanProperty(this, "markers", true);
    private final BooleanProperty heatmapOn = new SimpleBooleanProperty(this, "heatmap", false);
    private final ObjectProperty<ChoroplethMetric> metric = new SimpleObjectProperty<>(this, "metric", ChoroplethMetric.OPEN);
    private MapOverlayModel model = MapOverlayModel.EMPTY;
    private MapOverlayModel painted = MapOverlayModel.EMPTY;
    private MapOverlayModel ringed = MapOverlayModel.EMPTY;
    private long paintedAt = Long.MIN_VALUE;
    private long models;

    private MapLayers(MapView view, Messages messages) {
        this.view = view;
        legend = new ChoroplethLegend(messages);
        bar = new LayerToggleBar(messages, this);
        view.addLayer(choropleth, 1);
        view.addLayer(heatmap, 2);
        // markers under the labels: names stay legible over dense markers
        view.addLayer(markers, 3);
        view.addOverlayNode(pulses);
        // toggles stacked over the legend in the bottom-right corner: the top of the map holds the
        // breadcrumb and alerts, the top-left the unit card, the bottom-left the level status
        VBox corner = new VBox(8, bar, legend);
        corner.setAlignment(Pos.BOTTOM_RIGHT);
        corner.setPickOnBounds(false);
        corner.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        legend.managedProperty().bind(legend.visibleProperty());
        StackPane.setAlignment(corner, Pos.BOTTOM_RIGHT);
        // labels are placed around the toggles and the legend, never under them
        view.reserveArea(bar);
        view.reserveArea(legend);
        controls = new StackPane(corner);
        controls.getStyleClass().add("layer-controls");
        controls.setPickOnBounds(false);
        legend.visibleProperty().bind(choroplethOn);
        choroplethOn.addListener((o, a, b) -> choropleth.setShown(b));
        markersOn.addListener((o, a, b) -> {
            markers.setShown(b);
            pulses.setVisible(b);
        });
        heatmapOn.addListener((o, a, b) -> heatmap.setShown(b));
        heatmap.setShown(heatmapOn.get());
        metric.addListener((o, a, b) -> choropleth.setMetric(b));
        view.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (handleKey(e)) {
                e.consume();
            }
        });
        legend.show(choropleth.legend());
    }

    /** Adds the layers to {@code view} and renders them on {@code loop}'s pulses. */
    public static MapLayers install(MapView view, FrameLoop loop, Messages messages) {
        MapLayers layers = new MapLayers(view, messages);
        loop.addPulseListener(layers::pulse);
        return layers;
    }

    /** Switches the language of the toggles and the legend. */
    public void setMessages(Messages messages) {
        bar.setMessages(messages);
        legend.setMessages(messages);
    }

    /** The toggle bar (top right) and legend (bottom right) to lay over the map, in one pass-through pane. */
    public Node controls() {
        return controls;
    }

    /** The newest data; cheap (no copy). Call at most once per pulse, from the wall's snapshot pull. */
    public void setModel(MapOverlayModel m) {
        if (m != model) {
            model = m;
            models++;
        }
    }

    /** Same as {@code setModel(MapOverlayModel.of(s))}. */
    public void setSnapshot(WallSnapshot s) {
        if (s != null) {
            setModel(MapOverlayModel.of(s));
        }
    }

    /** One pulse: start rings for new incidents, hand the newest model to the painted layers if due, update the legend. */
    public void pulse(long nowNanos) {
        if (model != ringed) {
            // rings react to every new model at once (a scan of the markers' times), not to repaints
            pulses.onModel(model, nowNanos);
            ringed = model;
        }
        if (model != painted && (paintedAt == Long.MIN_VALUE || nowNanos - paintedAt >= repaintInterval())) {
            choropleth.setModel(model);
            heatmap.setModel(model);
            markers.setModel(model);
            painted = model;
            paintedAt = nowNanos;
        }
        pulses.pulse(view, nowNanos);
        legend.show(choropleth.legend());
    }

    /**
     * {@link #REPAINT_NANOS}, or four times the last repaint's duration if longer, but never more than
     * {@link #MAX_REPAINT_NANOS}: the render thread then spends at most about a quarter of its time on data
     * repaints and leaves the cores to the pulses (a 4K repaint on a busy two-core wall PC can take longer
     * than the interval), while the data shown is never older than a few seconds.
     */
    long repaintInterval() {
        return Math.min(MAX_REPAINT_NANOS, Math.max(REPAINT_NANOS, 4 * view.lastRepaintNanos()));
    }

    /** Pushes the newest model to the layers now, ignoring the repaint interval (snapshots, tests). */
    public void flush() {
        paintedAt = Long.MIN_VALUE;
        pulse(System.nanoTime());
    }

    /** Handles the layer shortcuts; true if the key was one of them. */
    public boolean handleKey(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return false;
        }
        switch (e.getCode()) {
            case C -> choroplethOn.set(!choroplethOn.get());
            case N -> metric.set(metric.get().next());
            case P -> markersOn.set(!markersOn.get());
            case H -> heatmapOn.set(!heatmapOn.get());
            default -> {
                return false;
            }
        }
        return true;
    }

    public BooleanProperty choroplethProperty() {
        return choroplethOn;
    }

    public BooleanProperty markersProperty() {
        return markersOn;
    }

    public BooleanProperty heatmapProperty() {
        return heatmapOn;
    }

    public ObjectProperty<ChoroplethMetric> metricProperty() {
        return metric;
    }

    public ChoroplethLayer choroplethLayer() {
        return choropleth;
    }

    public HeatmapLayer heatmapLayer() {
        return heatmap;
    }

    public MarkerLayer markersLayer() {
        return markers;
    }

    /** Distinct models received (benchmarks: models per pulse). */
    public long modelsReceived() {
        return models;
    }

    /** Pulse rings alive now. */
    public int pulsesAlive() {
        return pulses.alive();
    }

    /** The pulse rings' node (tests). */
    PulseOverlay pulseOverlay() {
        return pulses;
    }

    /** Texts of the legend's rows (tests). */
    public java.util.List<String> legendRanges() {
        return legend.rangeTexts();
    }

    public boolean legendRangesVisible() {
        return legend.isVisible();
    }

    public String legendTitle() {
        return legend.titleText();
    }
}
