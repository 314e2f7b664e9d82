package com.gridwall.ui.map;

/**
 * The map's colour roles. Each is a CSS property of {@code .map-view} (e.g. {@code -map-fill}) that
 * styles/wall.css points at a token of styles/tokens.css; Java never names a colour.
 */
public enum MapColor {
    BACKGROUND("-map-background"),
    CONTEXT_FILL("-map-context-fill"),
    CONTEXT_STROKE("-map-context-stroke"),
    CONTEXT_LABEL("-map-context-label"),
    FILL("-map-fill"),
    FILL_ALT("-map-fill-alt"),
    STROKE_MINOR("-map-stroke-minor"),
    STROKE("-map-stroke"),
    OUTLINE("-map-outline"),
    GLOW("-map-glow"),
    LABEL("-map-label"),
    LABEL_MAJOR("-map-label-major"),
    LABEL_HALO("-map-label-halo");

    private final String cssProperty;

    MapColor(String cssProperty) {
        this.cssProperty = cssProperty;
    }

    public String cssProperty() {
        return cssProperty;
    }
}
