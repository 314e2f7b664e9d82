package com.gridwall.ui.panel;

import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * CSS hooks for controls that paint on a Canvas: a Canvas cannot be styled, so such controls expose
 * paints and a font as styleable properties and panels.css sets them from the colour tokens.
 */
final class CssMeta {
    private CssMeta() {
    }

    static <S extends Styleable> CssMetaData<S, Paint> paint(String cssName, Function<S, StyleableObjectProperty<Paint>> property) {
        return new CssMetaData<>(cssName, StyleConverter.getPaintConverter()) {
            @Override
            public boolean isSettable(S s) {
                return !property.apply(s).isBound();
            }

            @Override
            public StyleableProperty<Paint> getStyleableProperty(S s) {
                return property.apply(s);
            }
        };
    }

    static <S extends Styleable> CssMetaData<S, Font> font(String cssName, Function<S, StyleableObjectProperty<Font>> property, Font initial) {
        return new CssMetaData<>(cssName, StyleConverter.getFontConverter(), initial) {
            @Override
            public boolean isSettable(S s) {
                return !property.apply(s).isBound();
            }

            @Override
            public StyleableProperty<Font> getStyleableProperty(S s) {
                return property.apply(s);
            }
        };
    }
}
