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
    LABEL_HALO("-map-label-halo"),
    /* layers (ui.map.layer): choropleth classes low to high, severities 1..4, heat ramp low to high */
    CHORO_1("-map-choro-1"),
    CHORO_2("-map-choro-2"),
    CHORO_3("-map-choro-3"),
    CHORO_4("-map-choro-4"),
    CHORO_5("-map-choro-5"),
    SEV_1("-map-sev-1"),
    SEV_2("-map-sev-2"),
    SEV_3("-map-sev-3"),
    SEV_4("-map-sev-4"),
    MARKER_RING("-map-marker-ring"),
    HEAT_1("-map-heat-1"),
    HEAT_2("-map-heat-2"),
    HEAT_3("-map-heat-3"),
    HEAT_4("-map-heat-4");

    private final String cssProperty;

    MapColor(String cssProperty) {
        this.cssProperty = cssProperty;
    }

    public String cssProperty() {
        return cssProperty;
    }
}
