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

    @Override
    protected final int paint(Graphics2D g, MapFrame frame) {
        return shown ? paint(g, frame, model) : 0;
    }

    /** Paints {@code model} for {@code frame}; returns the number of items drawn. */
    protected abstract int paint(Graphics2D g, MapFrame frame, MapOverlayModel model);
}
