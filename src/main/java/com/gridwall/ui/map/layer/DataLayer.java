package com.gridwall.ui.map.layer;

import com.gridwall.ui.map.MapFrame;
import com.gridwall.ui.map.MapLayer;
import java.awt.Graphics2D;

/**
 * A map layer painted from the current {@link MapOverlayModel}, which can be switched off. The model
 * and the switch are set on the FX thread and read once per paint on the render thread (volatile);
 * both mark the layer dirty so the next pulse asks for one repaint.
 */
public abstract class DataLayer extends MapLayer {
    private volatile MapOverlayModel model = MapOverlayModel.EMPTY;
    private volatile boolean shown = true;

    public final void setModel(MapOverlayModel m) {
        model = m;
        if (shown) {
            markDirty();
        }
    }

    public final MapOverlayModel model() {
        return model;
    }

    public final void setShown(boolean on) {
        if (on != shown) {
            shown = on;
            markDirty();
        }
    }

    public final boolean isShown() {
        return shown;
    }

    /** The key of a layer switched off: it paints nothing. */
    private static final Object HIDDEN = new Object();

    /** The switch and model read for the key, so the paint right after it draws what the key says. */
    private record Read(boolean shown, MapOverlayModel model) {
    }

    private Read read; // render thread only

    @Override
    protected final Object pictureKey(MapFrame frame) {
        read = new Read(shown, model);
        return read.shown ? pictureKey(frame, read.model) : HIDDEN;
    }

    /** See {@link com.gridwall.ui.map.MapLayer#pictureKey}; null (the default) repaints on every new model. */
    protected Object pictureKey(MapFrame frame, MapOverlayModel model) {
        return null;
    }

    @Override
    protected final int paint(Graphics2D g, MapFrame frame) {
        Read r = read != null ? read : new Read(shown, model);
        read = null;
        return r.shown ? paint(g, frame, r.model) : 0;
    }

    /** Paints {@code model} for {@code frame}; returns the number of items drawn. */
    protected abstract int paint(Graphics2D g, MapFrame frame, MapOverlayModel model);
}
