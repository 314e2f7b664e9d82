package com.gridwall.ui.map;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The resolved colours of the map at one moment (from CSS), also converted for the render thread's
 * Java2D painters. Immutable and thread-safe; a null colour means "do not paint".
 */
public final class MapPalette {
    private final Map<MapColor, Paint> paints;
    private final Map<MapColor, java.awt.Color> awt = new EnumMap<>(MapColor.class);

    MapPalette(Map<MapColor, Paint> paints) {
        this.paints = new EnumMap<>(MapColor.class);
        this.paints.putAll(paints);
        paints.forEach((k, p) -> {
            if (p instanceof Color c) {
                awt.put(k, new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(),
                        (float) c.getOpacity()));
            }
        });
    }

    /** The CSS paint (FX thread). */
    public Paint get(MapColor c) {
        return paints.get(c);
    }

    /** The same colour for Java2D painters; null if unset or not a plain colour. */
    public java.awt.Color color(MapColor c) {
        return awt.get(c);
    }

    public boolean has(MapColor c) {
        return awt.get(c) != null;
    }

    /** The background as premultiplied ARGB, 0 (transparent) if unset. */
    int backgroundArgb() {
        java.awt.Color c = awt.get(MapColor.BACKGROUND);
        if (c == null) {
            return 0;
        }
        int a = c.getAlpha();
        return a << 24 | c.getRed() * a / 255 << 16 | c.getGreen() * a / 255 << 8 | c.getBlue() * a / 255;
    }
}
