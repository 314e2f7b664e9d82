package com.gridwall.ui.map;

import com.gridwall.domain.Level;

/**
 * Picks the level of detail for a scale. The fitted (district) view always shows the coarsest detail
 * level (streets); a finer level appears once its typical unit is at least {@code minUnitPixels}
 * across on screen and the view is zoomed in at least {@link #MIN_ZOOM_FOR_DETAIL} times past the fit,
 * so the district view shows streets, zooming in shows communities, then grids. Stateless.
 */
final class LevelOfDetail {
    static final double MIN_ZOOM_FOR_DETAIL = 1.4;

    private LevelOfDetail() {
    }

    static Level choose(ProjectedMap map, double scale, double fitScale, double minUnitPixels) {
        Level chosen = null;
        for (Level level : map.detailLevels()) {
            if (chosen == null
                    || scale >= fitScale * MIN_ZOOM_FOR_DETAIL && map.units(level).typicalSize * scale >= minUnitPixels) {
                chosen = level;
            }
        }
        return chosen;
    }
}
