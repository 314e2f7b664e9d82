package com.gridwall.ui.map;

import java.awt.Graphics2D;

/**
 * One painter of the map's static image (base polygons, labels; later choropleth, heatmap, markers).
 * Layers paint bottom to top into one off-screen image on the map's render thread (Java2D, anti-aliased);
 * the view then only moves and scales that image while the user pans and zooms, and asks for a new image
 * when the view settles or the image no longer covers it. {@link #paint} therefore runs on the render
 * thread and must only read immutable data (the frame, store snapshots); a layer whose data changed
 * calls {@link #markDirty()} from the FX thread. Per-frame items (hover, selection) are overlay nodes,
 * not layers.
 */
public abstract class MapLayer {
    private volatile boolean dirty = true;

    /** Asks for a new static image at the next pulse (e.g. new data for a choropleth). */
    public final void markDirty() {
        dirty = true;
    }

    public final boolean isDirty() {
        return dirty;
    }

    final void clean() {
        dirty = false;
    }

    /** The key of a layer whose picture depends on the frame only (base polygons, labels). */
    protected static final Object FRAME_ONLY = new Object() {
        @Override
        public String toString() {
            return "frame-only";
        }
    };

    /** Paints this layer for {@code frame} over the layers below it; returns a count for diagnostics (e.g. labels placed). */
    protected abstract int paint(Graphics2D g, MapFrame frame);

    /**
     * What this layer's picture depends on besides the frame, or null if it cannot tell (it is then painted
     * every time). Two paints for equal frames and equal non-null keys must give the same pixels, so the
     * render thread may reuse the pixels of the first ({@link LayerPictures}): a data repaint then costs the
     * layers whose data changed, not the 4K polygons and labels. Called on the render thread right before
     * {@link #paint} would be; a layer may keep what it computed here for that paint.
     */
    protected Object pictureKey(MapFrame frame) {
        return null;
    }

    /**
     * True if this layer's picture depends on the frame's reserved areas (the overlays it keeps clear of,
     * like the labels). Kept pictures of layers that do not are reused when only those areas change.
     */
    protected boolean usesReservedAreas() {
        return false;
    }

    /**
     * Where this layer's picture for {@code frame} can differ between keys {@code before} and {@code after}
     * (both from {@link #pictureKey}), as image rectangles; null if it cannot tell or the change is
     * large. A paint clipped to them over the old pixels (the layers below restored there first) must give
     * the new picture. By default null.
     */
    protected java.util.List<java.awt.Rectangle> changedArea(MapFrame frame, Object before, Object after) {
        return null;
    }

    /**
     * Paints the picture of {@code key} (a key this layer gave for {@code frame}) inside {@code clip}
     * only: the pixels {@link #paint} gave for that key, there. Used with {@link #changedArea}; a layer
     * that gives changed areas implements it. By default, a clipped {@link #paint}.
     */
    protected int paintKey(Graphics2D g, MapFrame frame, Object key, java.awt.Rectangle clip) {
        g.clip(clip);
        return paint(g, frame);
    }
}
