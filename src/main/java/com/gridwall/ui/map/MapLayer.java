package com.gridwall.ui.map;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/**
 * One canvas of the map's layer stack (base polygons, highlight, labels; later choropleth, markers,
 * heatmap). A layer only repaints when marked dirty or when the view it was painted for is no longer
 * usable. A <em>cached</em> layer paints the whole cache area (the view plus a margin) and is then
 * moved and scaled as an image while the user pans and zooms, until the view settles; a dynamic layer
 * repaints for every view change and should therefore be cheap. Confined to the FX thread.
 */
public abstract class MapLayer {
    private final Canvas canvas = new Canvas();
    private final boolean cached;
    private boolean dirty = true;

    protected MapLayer(boolean cached, String styleClass) {
        this.cached = cached;
        canvas.getStyleClass().add(styleClass);
        canvas.setMouseTransparent(true);
    }

    /** Asks for a repaint at the next pulse (e.g. new data for a choropleth). */
    public final void markDirty() {
        dirty = true;
    }

    public final boolean isDirty() {
        return dirty;
    }

    public final boolean isCached() {
        return cached;
    }

    final Canvas canvas() {
        return canvas;
    }

    final void repaint(MapFrame frame) {
        if (canvas.getWidth() != frame.width() || canvas.getHeight() != frame.height()) {
            canvas.setWidth(frame.width());
            canvas.setHeight(frame.height());
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, frame.width(), frame.height());
        paint(g, frame);
        dirty = false;
    }

    /** Paints this layer for {@code frame} on a cleared canvas of the frame's size. */
    protected abstract void paint(GraphicsContext g, MapFrame frame);
}
