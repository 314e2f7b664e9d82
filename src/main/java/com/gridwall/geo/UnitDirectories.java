package com.gridwall.geo;

import com.gridwall.domain.Level;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.domain.UnitInfo;
import com.gridwall.geo.projection.EllipsoidalArea;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;

/** Builds the geometry-free {@link UnitDirectory} of a map. Stateless and thread-safe. */
final class UnitDirectories {
    private UnitDirectories() {
    }

    static UnitDirectory of(GridMap map) {
        Map<String, Boolean> urban = new HashMap<>();
        List<UnitInfo> infos = new ArrayList<>();
        for (Level level : Level.values()) {
            for (MapUnit u : map.unitsAt(level)) {
                boolean isUrban = isUrban(u, urban);
                urban.put(u.code(), isUrban);
                Coordinate p = InteriorPointArea.getInteriorPoint(u.geometry());
                infos.add(new UnitInfo(u.code(), u.name(), u.level(), u.parentCode(), p.x, p.y,
                        EllipsoidalArea.km2(u.geometry()), isUrban));
            }
        }
        return new UnitDirectory(infos);
    }

    private static boolean isUrban(MapUnit u, Map<String, Boolean> known) {
        return switch (u.level()) {
            case DISTRICT -> false;
            case STREET -> Urbanity.isUrbanStreet(u.name());
            case COMMUNITY -> Urbanity.isUrbanCommunity(u.name());
            case GRID -> u.parentCode() != null && known.getOrDefault(u.parentCode(), false);
        };
    }
}
