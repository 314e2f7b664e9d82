package com.gridwall.ui.map;

import com.gridwall.domain.Level;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link GridMap} projected once for drawing: one {@link ProjectedUnits} per level present, the
 * muted context units, and a hit index per level. Built off the FX thread if wanted; immutable after.
 */
public final class ProjectedMap {
    private final GridMap source;
    private final Map<Level, ProjectedUnits> byLevel = new EnumMap<>(Level.class);
    private final Map<Level, UnitHitIndex> hitIndex = new EnumMap<>(Level.class);
    private final ProjectedUnits context;
    private final List<Level> detailLevels;
    private final Level outlineLevel;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;

    public ProjectedMap(GridMap source) {
        this.source = source;
        for (Level level : Level.values()) {
            List<MapUnit> units = source.unitsAt(level);
            if (!units.isEmpty()) {
                ProjectedUnits p = new ProjectedUnits(units);
                byLevel.put(level, p);
                hitIndex.put(level, new UnitHitIndex(p));
            }
        }
        context = new ProjectedUnits(source.contextUnits());
        List<Level> present = new ArrayList<>(byLevel.keySet());
        outlineLevel = present.isEmpty() ? null : present.get(0);
        // A single top unit (the district) is the frame, not a level of detail: its view shows the next level.
        if (present.size() > 1 && byLevel.get(present.get(0)).size() == 1) {
            present.remove(0);
        }
        detailLevels = List.copyOf(present);
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (ProjectedUnits p : byLevel.values()) {
            for (int i = 0; i < p.size(); i++) {
                x0 = Math.min(x0, p.minX[i]);
                y0 = Math.min(y0, p.minY[i]);
                x1 = Math.max(x1, p.maxX[i]);
                y1 = Math.max(y1, p.maxY[i]);
            }
        }
        if (x0 > x1) {
            x0 = y0 = 0;
            x1 = y1 = 1;
        }
        minX = x0;
        minY = y0;
        maxX = x1;
        maxY = y1;
    }

    public GridMap source() {
        return source;
    }

    /** Levels that can be shown as the level of detail, coarse to fine. */
    public List<Level> detailLevels() {
        return detailLevels;
    }

    /** The coarsest level present: drawn as the glowing outline of the area. */
    public Level outlineLevel() {
        return outlineLevel;
    }

    public ProjectedUnits units(Level level) {
        return byLevel.get(level);
    }

    public ProjectedUnits context() {
        return context;
    }

    UnitHitIndex hitIndex(Level level) {
        return hitIndex.get(level);
    }

    public double minX() {
        return minX;
    }

    public double minY() {
        return minY;
    }

    public double maxX() {
        return maxX;
    }

    public double maxY() {
        return maxY;
    }
}
