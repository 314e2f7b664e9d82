package com.gridwall.ui.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;

/**
 * The CSS properties of {@link MapView}: one paint per {@link MapColor} plus the label font family
 * and size. The values come from styles (wall.css points them at tokens.css); the Java defaults are
 * null so that a missing style shows as "not painted", never as a colour chosen in code.
 */
final class MapCss {
    static final Map<MapColor, CssMetaData<MapView, Paint>> PAINTS = new EnumMap<>(MapColor.class);
    static final CssMetaData<MapView, String> FONT_FAMILY = new CssMetaData<>(
            "-map-label-font-family", StyleConverter.getStringConverter(), null) {
        @Override
        public boolean isSettable(MapView v) {
            return !v.labelFontFamilyProperty().isBound();
        }

        @Override
        @SuppressWarnings("unchecked")
        public StyleableProperty<String> getStyleableProperty(MapView v) {
            return (StyleableProperty<String>) v.labelFontFamilyProperty();
        }
    };
    static final CssMetaData<MapView, Number> FONT_SIZE = new CssMetaData<>(
            "-map-label-font-size", StyleConverter.getSizeConverter(), 16) {
        @Override
        public boolean isSettable(MapView v) {
            return !v.labelFontSizeProperty().isBound();
        }

        @Override
        @SuppressWarnings("unchecked")
        public StyleableProperty<Number> getStyleableProperty(MapView v) {
            return (StyleableProperty<Number>) v.labelFontSizeProperty();
        }
    };
    static final List<CssMetaData<? extends Styleable, ?>> ALL;

    static {
        for (MapColor c : MapColor.values()) {
            PAINTS.put(c, new CssMetaData<>(c.cssProperty(), StyleConverter.getPaintConverter(), null) {
                @Override
                public boolean isSettable(MapView v) {
                    return !v.paintProperty(c).isBound();
                }

                @Override
                public StyleableProperty<Paint> getStyleableProperty(MapView v) {
                    return v.paintProperty(c);
                }
            });
        }
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        all.addAll(PAINTS.values());
        all.add(FONT_FAMILY);
        all.add(FONT_SIZE);
        ALL = Collections.unmodifiableList(all);
    }

    private MapCss() {
    }

    static Map<MapColor, StyleableObjectProperty<Paint>> newPaintProperties(MapView bean) {
        Map<MapColor, StyleableObjectProperty<Paint>> m = new EnumMap<>(MapColor.class);
        for (MapColor c : MapColor.values()) {
            m.put(c, new SimpleStyleableObjectProperty<>(PAINTS.get(c), bean, c.name(), null));
        }
        return m;
    }
}
