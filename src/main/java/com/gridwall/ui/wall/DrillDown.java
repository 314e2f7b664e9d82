package com.gridwall.ui.wall;

import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The wall's scope: the whole area (null) or one street, community or grid. Every KPI and list is
 * scoped to it; {@link #up()} goes to the parent, {@link #home()} to the whole area. Confined to
 * the FX thread.
 */
public final class DrillDown {
    private final GridMap map;
    private final ObjectProperty<MapUnit> scope = new SimpleObjectProperty<>(this, "scope");

    public DrillDown(GridMap map) {
        this.map = map;
    }

    public ObjectProperty<MapUnit> scopeProperty() {
        return scope;
    }

    public MapUnit scope() {
        return scope.get();
    }

    public void select(MapUnit unit) {
        scope.set(unit);
    }

    /** One level up; at a top unit (a street, or the district itself) back to the whole area. */
    public void up() {
        MapUnit u = scope.get();
        if (u == null) {
            return;
        }
        MapUnit parent = u.parentCode() == null ? null : map.unit(u.parentCode());
        // the district is the map's whole area: there is no separate scope for it
        scope.set(parent == null || parent.level() == com.gridwall.domain.Level.DISTRICT ? null : parent);
    }

    public void home() {
        scope.set(null);
    }

    /** The chain from the top unit down to the scope (empty for the whole area). */
    public List<MapUnit> chain() {
        List<MapUnit> out = new ArrayList<>();
        for (MapUnit u = scope.get(); u != null; u = u.parentCode() == null ? null : map.unit(u.parentCode())) {
            if (u.level() != com.gridwall.domain.Level.DISTRICT) {
                out.add(0, u);
            }
        }
        return out;
    }
}
