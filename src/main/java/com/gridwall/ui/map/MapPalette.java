package com.gridwall.ui.map;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Paint;

/** The resolved colours of the map at one moment (from CSS). Immutable; a null paint means "do not paint". */
public final class MapPalette {
    private final Map<MapColor, Paint> paints;

    MapPalette(Map<MapColor, Paint> paints) {
        this.paints = new EnumMap<>(MapColor.class);
        this.paints.putAll(paints);
    }

    public Paint get(MapColor c) {
        return paints.get(c);
    }

    public boolean has(MapColor c) {
        return paints.get(c) != null;
    }
}
