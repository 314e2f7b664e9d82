package com.gridwall.geo.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Level;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Dimension;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** Asserts that every level of a map tiles its parent: no gap, no overlap, each child in its parent only. */
final class TilingCheck {
    static final double REL_AREA_TOLERANCE = 1e-9;

    private TilingCheck() {
    }

    static void assertTiles(GridMap map) {
        for (MapUnit u : map.units()) {
            assertTrue(u.geometry().isValid(), "invalid geometry " + u.code());
        }
        for (Level level : List.of(Level.DISTRICT, Level.STREET, Level.COMMUNITY)) {
            for (MapUnit parent : map.unitsAt(level)) {
                List<MapUnit> kids = map.children(parent.code());
                assertTrue(!kids.isEmpty(), parent.code() + " has no children");
                List<Geometry> geoms = kids.stream().map(MapUnit::geometry).toList();
                Geometry union = UnaryUnionOp.union(geoms);
                double gap = union.symDifference(parent.geometry()).getArea();
                assertTrue(gap <= REL_AREA_TOLERANCE * parent.geometry().getArea(),
                        parent.code() + ": children differ from parent by area " + gap);
                double sum = geoms.stream().mapToDouble(Geometry::getArea).sum();
                assertEquals(parent.geometry().getArea(), sum, REL_AREA_TOLERANCE * parent.geometry().getArea(),
                        parent.code() + ": children's areas do not add up (overlap or gap)");
            }
        }
        for (Level level : List.of(Level.STREET, Level.COMMUNITY, Level.GRID)) {
            assertNoOverlapAndOneParent(map, level);
        }
    }

    private static void assertNoOverlapAndOneParent(GridMap map, Level level) {
        List<MapUnit> units = map.unitsAt(level);
        STRtree tree = new STRtree();
        units.forEach(u -> tree.insert(u.geometry().getEnvelopeInternal(), u));
        STRtree parents = new STRtree();
        map.unitsAt(Level.values()[level.ordinal() - 1]).forEach(p -> parents.insert(p.geometry().getEnvelopeInternal(), p));
        for (MapUnit u : units) {
            for (Object o : tree.query(u.geometry().getEnvelopeInternal())) {
                MapUnit other = (MapUnit) o;
                if (other != u) {
                    int ii = u.geometry().relate(other.geometry()).get(Location.INTERIOR, Location.INTERIOR);
                    assertTrue(ii < Dimension.A, u.code() + " overlaps " + other.code());
                }
            }
            List<String> covering = new ArrayList<>();
            for (Object o : parents.query(u.geometry().getEnvelopeInternal())) {
                MapUnit p = (MapUnit) o;
                if (p.geometry().covers(u.geometry())) {
                    covering.add(p.code());
                }
            }
            assertEquals(List.of(u.parentCode()), covering, u.code() + " must lie in exactly its parent");
        }
    }
}
