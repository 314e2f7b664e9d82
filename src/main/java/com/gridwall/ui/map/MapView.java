package com.gridwall.ui.map;

import com.gridwall.domain.Level;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import com.gridwall.ui.FrameLoop;
import com.gridwall.ui.PulseActivity;
import com.gridwall.ui.RenderedFrames;
import com.gridwall.ui.i18n.Messages;
import com.gridwall.ui.theme.WallTheme;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;

/**
 * The map of the wall: a stack of canvas layers over a projected {@link GridMap}, with smooth pan and
 * zoom, levels of detail, hover, selection and an info card for the selected unit.
 *
 * <p>Rendering happens only in {@link #pulse(long)}, called once per pulse by the {@link FrameLoop};
 * input just moves the camera or changes the selection and marks layers dirty. Canvases are sized in
 * device pixels ({@link #renderScaleProperty()}: device pixels per layout pixel) so the map stays
 * crisp when the 1920x1080 design is scaled up to a 4K or 8K wall.
 *
 * <p>Colours and the label font come from CSS ({@code .map-view} in styles/wall.css). Confined to the
 * FX thread.
 */
public final class MapView extends Region {
    /** A level of detail is shown once its typical unit is at least this many design pixels across. */
    private static final double LOD_MIN_UNIT_PX = 90;

    private final Map<MapColor, StyleableObjectProperty<Paint>> paints = MapCss.newPaintProperties(this);
    private final StyleableObjectProperty<String> labelFontFamily =
            new SimpleStyleableObjectProperty<>(MapCss.FONT_FAMILY, this, "labelFontFamily", null);
    private final StyleableObjectProperty<Number> labelFontSize =
            new SimpleStyleableObjectProperty<>(MapCss.FONT_SIZE, this, "labelFontSize", 16);
    private final DoubleProperty renderScale = new SimpleDoubleProperty(this, "renderScale", 1);
    private final ObjectProperty<MapUnit> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<MapUnit> hovered = new ReadOnlyObjectWrapper<>(this, "hovered");
    private final ReadOnlyObjectWrapper<Level> level = new ReadOnlyObjectWrapper<>(this, "level");
    private final ObjectProperty<Level> levelOverride = new SimpleObjectProperty<>(this, "levelOverride");

    private final MapCamera camera = new MapCamera();
    private final MapLayerStack stack = new MapLayerStack();
    private final BaseMapLayer base = new BaseMapLayer();
    private final LabelLayer labels = new LabelLayer();
    private final HighlightOverlay highlight = new HighlightOverlay();
    private boolean highlightDirty = true;
    private Viewport highlightView;
    private final UnitInfoCard card;
    private final List<javafx.scene.Node> overlays = new java.util.ArrayList<>();
    private ProjectedMap map;
    private MapPalette palette;
    private java.awt.Font labelFont;
    private java.awt.Font labelFontBold;

    public MapView(Messages messages) {
        getStyleClass().add("map-view");
        setFocusTraversable(true);
        card = new UnitInfoCard(messages);
        overlays.add(card);
        stack.add(base, 0);
        stack.add(labels, 1);
        getChildren().addAll(stack.node(), highlight, card);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        for (StyleableObjectProperty<Paint> p : paints.values()) {
            p.addListener((o, a, b) -> palette = null);
        }
        labelFontFamily.addListener((o, a, b) -> labelFont = null);
        labelFontSize.addListener((o, a, b) -> labelFont = null);
        selected.addListener((o, a, b) -> {
            highlightDirty = true;
            if (map != null) {
                card.show(map.source(), b);
            }
        });
        hovered.addListener((o, a, b) -> highlightDirty = true);
        renderScale.addListener((o, a, b) -> requestLayout());
        levelOverride.addListener((o, a, b) -> stack.invalidate());
        new MapInput(this, camera).install();
    }

    /** Switches the language of the view's own texts (the unit card). */
    public void setMessages(Messages messages) {
        card.setMessages(messages);
    }

    /** Shows {@code gridMap}, fitted to the view, with nothing selected. Projects all polygons once. */
    public void setMap(GridMap gridMap) {
        map = gridMap == null ? null : new ProjectedMap(gridMap);
        selected.set(null);
        hovered.set(null);
        camera.setMap(map);
        stack.invalidate();
    }

    public GridMap getMap() {
        return map == null ? null : map.source();
    }

    /** Registers this view with the wall's frame loop: it renders only there. */
    public void attach(FrameLoop loop) {
        loop.addPulseListener(this::pulse);
        // background repaints step aside while the loop's frames are produced; the scene says when one is out
        PulseActivity activity = loop.activity();
        stack.yieldTo(activity);
        if (getScene() != null) {
            RenderedFrames.of(getScene()).track(activity);
        }
        sceneProperty().addListener((o, before, now) -> {
            if (before != null) {
                RenderedFrames.of(before).untrack(activity);
            }
            if (now != null) {
                RenderedFrames.of(now).track(activity);
            }
        });
    }

    /** Adds a layer (choropleth, heatmap, markers...) at {@code index} among the painters (0 = bottom; base 0, labels 1). */
    public void addLayer(MapLayer layer, int index) {
        stack.add(layer, index);
    }

    public List<MapLayer> layers() {
        return stack.layers();
    }

    @Override
    protected void layoutChildren() {
        double rs = renderScale.get();
        camera.resize(Math.max(1, Math.round(getWidth() * rs)), Math.max(1, Math.round(getHeight() * rs)));
        double inset = 16;
        double cw = Math.min(card.prefWidth(-1), Math.max(0, getWidth() - 2 * inset));
        card.resizeRelocate(inset, inset, cw, card.prefHeight(cw));
    }

    /** One frame: advance the camera, then repaint what is dirty. Called by the frame loop. */
    public void pulse(long nowNanos) {
        camera.step(nowNanos);
        render(camera.settled(nowNanos));
    }

    /** Ends any glide and renders the final, crisp view now, painting on this thread (snapshots, tests). */
    public void renderSettled() {
        camera.jumpTo(camera.target());
        render(true, true);
    }

    /** Renders the current camera view as a frame in motion would, never waiting for a repaint (benchmarks). */
    public void renderMoving() {
        render(false, false);
    }

    /** Renders the current view as a settled frame would: asks for a crisp repaint but does not wait (benchmarks). */
    public void renderPaused() {
        render(true, false);
    }

    private void render(boolean settled) {
        render(settled, false);
    }

    private void render(boolean settled, boolean paintNow) {
        if (map == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        Viewport view = camera.current();
        Level lod = levelOverride.get() != null && map.units(levelOverride.get()) != null
                ? levelOverride.get()
                : LevelOfDetail.choose(map, view.scale(), camera.fitted().scale(), LOD_MIN_UNIT_PX * renderScale.get());
        MapFrame frame = new MapFrame(map, lod, view.scale(), view.offsetX(camera.width()),
                view.offsetY(camera.height()), (int) camera.width(), (int) camera.height(), renderScale.get(),
                palette(), labelFont(false), labelFont(true), 0, 0, (int) camera.width(), (int) camera.height(),
                reservedAreas());
        stack.render(view, frame, renderScale.get(), settled, paintNow);
        level.set(stack.shownLevel());
        if (highlightDirty || !view.equals(highlightView)) {
            highlight.update(map, view, camera.width(), camera.height(), renderScale.get(), hovered.get(), selected.get());
            highlightDirty = false;
            highlightView = view;
        }
    }

    /**
     * Adds a node over the map image, under the info card (e.g. the pulses of new markers). The node
     * positions itself in this view's layout coordinates; it is not managed.
     */
    public void addOverlayNode(javafx.scene.Node node) {
        node.setManaged(false);
        getChildren().add(getChildren().indexOf(card), node);
    }

    /** Device pixels per layout pixel of this view (the design scale). */
    public double renderScale() {
        return renderScale.get();
    }

    /** Glides to show the world box (Web Mercator metres, y down) with a margin; used to zoom onto an area. */
    public void flyTo(double minX, double minY, double maxX, double maxY) {
        double w = Math.max(maxX - minX, 1);
        double h = Math.max(maxY - minY, 1);
        double s = Math.min(camera.width() / w, camera.height() / h) * 0.8;
        s = Math.min(s, camera.fitted().scale() * 40);
        camera.jumpTo(new Viewport(s, (minX + maxX) / 2, (minY + maxY) / 2));
    }

    /** Zooms onto the units' bounding box (emergency area, drill-down). */
    public void flyTo(java.util.Collection<MapUnit> units) {
        double x0 = Double.POSITIVE_INFINITY, y0 = x0, x1 = Double.NEGATIVE_INFINITY, y1 = x1;
        for (MapUnit unit : units) {
            ProjectedUnits u = map == null ? null : map.units(unit.level());
            int k = u == null ? -1 : u.indexOf(unit);
            if (k >= 0) {
                x0 = Math.min(x0, u.minX[k]);
                y0 = Math.min(y0, u.minY[k]);
                x1 = Math.max(x1, u.maxX[k]);
                y1 = Math.max(y1, u.maxY[k]);
            }
        }
        if (x0 <= x1) {
            flyTo(x0, y0, x1, y1);
        }
    }

    /** Keeps labels out of the area {@code overlay} covers on this view (e.g. a status box over the map). */
    public void reserveArea(javafx.scene.Node overlay) {
        if (!overlays.contains(overlay)) {
            overlays.add(overlay);
        }
    }

    /** Visible overlays' areas in this view's device pixels, labels stay out of them. */
    /** Device pixels the overlays' reserved areas are rounded out to. */
    private static final double RESERVED_GRID = 32;

    private List<javafx.geometry.Rectangle2D> reservedAreas() {
        List<javafx.geometry.Rectangle2D> out = new java.util.ArrayList<>();
        double rs = renderScale.get();
        for (javafx.scene.Node n : overlays) {
            if (n.isVisible() && n.getScene() == getScene() && n.getScene() != null) {
                javafx.geometry.Bounds b = sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                // outward to a grid: an overlay that grows by a few pixels (a legend's numbers) keeps the
                // same reserved area, so the labels, and the map image, need no repaint for it
                double x0 = Math.floor(b.getMinX() * rs / RESERVED_GRID) * RESERVED_GRID;
                double y0 = Math.floor(b.getMinY() * rs / RESERVED_GRID) * RESERVED_GRID;
                double x1 = Math.ceil(b.getMaxX() * rs / RESERVED_GRID) * RESERVED_GRID;
                double y1 = Math.ceil(b.getMaxY() * rs / RESERVED_GRID) * RESERVED_GRID;
                out.add(new javafx.geometry.Rectangle2D(x0, y0, x1 - x0, y1 - y0));
            }
        }
        return List.copyOf(out);
    }

    private MapPalette palette() {
        if (palette == null) {
            Map<MapColor, Paint> m = new EnumMap<>(MapColor.class);
            paints.forEach((c, p) -> m.put(c, p.get()));
            palette = new MapPalette(m);
        }
        return palette;
    }

    /** The label font for the render thread (Java2D): the bundled face when CSS names its family. */
    private java.awt.Font labelFont(boolean bold) {
        if (labelFont == null && labelFontFamily.get() != null) {
            float size = labelFontSize.get().floatValue();
            labelFont = WallTheme.awtFont(labelFontFamily.get(), false).deriveFont(size);
            labelFontBold = WallTheme.awtFont(labelFontFamily.get(), true).deriveFont(size);
        }
        return bold ? labelFontBold : labelFont;
    }

    /** The font the labels are painted with (tests check it has every name's glyphs). */
    java.awt.Font paintedLabelFont() {
        StaticImage img = stack.shown();
        return img == null ? null : img.frame().labelFont();
    }

    /** The unit of the shown level under the layout point (x, y), or null. */
    public MapUnit unitAt(double x, double y) {
        Level shown = level.get();
        if (map == null || shown == null) {
            return null;
        }
        double rs = renderScale.get();
        Viewport v = camera.current();
        double wx = v.worldX(x * rs, camera.width());
        double wy = v.worldY(y * rs, camera.height());
        int k = map.hitIndex(shown).find(wx, wy);
        return k < 0 ? null : map.units(shown).unit(k);
    }

    /** Where the label anchor of {@code unit} is now, in layout coordinates of this view (tests click there). */
    public double[] anchorOf(MapUnit unit) {
        ProjectedUnits u = map.units(unit.level());
        int k = u.indexOf(unit);
        Viewport v = camera.current();
        double rs = renderScale.get();
        return new double[] {(u.labelX[k] * v.scale() + v.offsetX(camera.width())) / rs,
                (u.labelY[k] * v.scale() + v.offsetY(camera.height())) / rs};
    }

    void setHovered(MapUnit unit) {
        hovered.set(unit);
    }

    public ObjectProperty<MapUnit> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<MapUnit> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** The level of detail currently drawn. */
    public ReadOnlyObjectProperty<Level> levelProperty() {
        return level.getReadOnlyProperty();
    }

    /** Forces a level of detail (null: automatic by zoom). Benchmarks force grids. */
    public ObjectProperty<Level> levelOverrideProperty() {
        return levelOverride;
    }

    public DoubleProperty renderScaleProperty() {
        return renderScale;
    }

    public UnitInfoCard infoCard() {
        return card;
    }

    /** The camera's view now (device pixels per metre, centre in Web Mercator metres). */
    public Viewport viewport() {
        return camera.current();
    }

    /** The view the camera glides toward. */
    public Viewport targetViewport() {
        return camera.target();
    }

    public Viewport fittedViewport() {
        return camera.fitted();
    }

    /** Zooms by {@code factor} about the centre, immediately (snapshots, scripted views). */
    public void zoomImmediately(double factor) {
        camera.zoomAt(factor, camera.width() / 2, camera.height() / 2);
        camera.jumpTo(camera.target());
    }

    /**
     * Glides the view to frame {@code unit} (its bounding box with a margin); null glides back to the
     * whole area. Drill-down and alerts use it; the view settles over a few pulses.
     */
    public void flyTo(MapUnit unit) {
        if (map == null) {
            return;
        }
        if (unit == null || map.units(unit.level()) == null || map.units(unit.level()).indexOf(unit) < 0) {
            camera.reset();
            return;
        }
        ProjectedUnits u = map.units(unit.level());
        int k = u.indexOf(unit);
        double bw = Math.max(u.maxX[k] - u.minX[k], 1e-6);
        double bh = Math.max(u.maxY[k] - u.minY[k], 1e-6);
        double s = Math.min(camera.width() / bw, camera.height() / bh) * 0.8;
        camera.glideTo(new Viewport(s, (u.minX[k] + u.maxX[k]) / 2, (u.minY[k] + u.maxY[k]) / 2));
    }

    /** Glides the view to centre the point (lon, lat) at {@code zoom} times the fitted scale (alerts). */
    public void flyToPoint(double lon, double lat, double zoom) {
        if (map == null || !Double.isFinite(lon) || !Double.isFinite(lat)) {
            return;
        }
        camera.glideTo(new Viewport(camera.fitted().scale() * zoom, Mercator.x(lon), Mercator.y(lat)));
    }

    /** Jumps to a view (benchmarks). */
    public void jumpTo(Viewport v) {
        camera.jumpTo(v);
    }

    /** Size of the view in device pixels. */
    public double deviceWidth() {
        return camera.width();
    }

    public double deviceHeight() {
        return camera.height();
    }

    /** True while a requested repaint is not yet on screen. */
    public boolean repaintPending() {
        return stack.pending();
    }

    /** Paints on the FX thread instead of the render thread (tests that need exact frames). */
    public void setSynchronousPaint(boolean sync) {
        stack.setSynchronous(sync);
    }

    /** Repaint statistics of the render thread, one line (benchmarks). */
    public String repaintStats() {
        return stack.paintStats();
    }

    /** How long the render thread took to paint the newest image, nanoseconds (0 before the first). */
    public long lastRepaintNanos() {
        StaticImage img = stack.shown();
        return img == null ? 0 : img.renderNanos();
    }

    public long cacheRepaints() {
        return stack.repaints();
    }

    public int labelsPlaced() {
        StaticImage img = stack.shown();
        return img == null ? 0 : img.labelsPlaced();
    }

    StyleableObjectProperty<Paint> paintProperty(MapColor c) {
        return paints.get(c);
    }

    public Paint getPaint(MapColor c) {
        return paints.get(c).get();
    }

    StyleableObjectProperty<String> labelFontFamilyProperty() {
        return labelFontFamily;
    }

    StyleableObjectProperty<Number> labelFontSizeProperty() {
        return labelFontSize;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return MapCss.ALL;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return MapCss.ALL;
    }
}
