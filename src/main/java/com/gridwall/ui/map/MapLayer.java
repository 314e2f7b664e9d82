package com.gridwall.ui.map;

import javafx.scene.canvas.GraphicsContext;

/**
 * One painter of the map's static image (base polygons, labels; later choropleth, heatmap, markers).
 * All layers paint, bottom to top, into one off-screen canvas that is turned into a single opaque
 * image; the view then only moves and scales that image while the user pans and zooms, and asks the
 * layers to paint again when the view settles or the image no longer covers it. A layer whose data
 * changed calls {@link #markDirty()}. Per-frame items (hover, selection) are not layers but overlay
 * nodes. Confined to the FX thread.
 */
public abstract class MapLayer {
    private boolean dirty = true;

    /** Asks for a repaint of the static image at the next pulse (e.g. new data for a choropleth). */
    public final void markDirty() {
        dirty = true;
    }

    public final boolean isDirty() {
        return dirty;
    }

    final void painted() {
        dirty = false;
    }

    /** Paints this layer for {@code frame} over the layers below it. */
    protected abstract void paint(GraphicsContext g, MapFrame frame);
}
