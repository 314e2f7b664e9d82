package com.gridwall.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Level;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.domain.UnitInfo;
import com.gridwall.geo.io.MapLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class GridMapDirectoryTest {
    @Test
    void directoryHasEveryOwnUnitWithInteriorPointAreaAndUrbanFlag() throws Exception {
        GridMap map = MapLoader.load(Path.of("maps/hongqi.geojson"));
        UnitDirectory dir = map.directory();
        assertSame(dir, map.directory(), "computed once");
        assertEquals(1 + 7 + 80 + 613, dir.all().size());
        assertNull(dir.unit("410703"), "context units are not part of the hierarchy");
        GeometryFactory f = new GeometryFactory();
        for (UnitInfo u : dir.all()) {
            MapUnit m = map.unit(u.code());
            assertTrue(m.geometry().contains(f.createPoint(new Coordinate(u.lon(), u.lat()))), u.code());
            assertEquals(m.parentCode(), u.parentCode());
            assertTrue(u.areaKm2() > 0, u.code());
        }
        double district = dir.unit("410702").areaKm2();
        double streets = dir.at(Level.STREET).stream().mapToDouble(UnitInfo::areaKm2).sum();
        assertEquals(district, streets, district * 1e-9);
        // sanity range: the source outline (quantised to ~0.001°) gives about 158 km²
        assertTrue(district > 120 && district < 180, "area " + district);

        assertEquals(5, dir.at(Level.STREET).stream().filter(UnitInfo::urban).count());
        assertFalse(dir.unit("410702100").urban(), "洪门镇 is a town");
        assertTrue(dir.unit("410702100001").urban(), "文渊社区 in a town is still urban");
        assertFalse(dir.unit("410702002200").urban(), "东关村 in an urban street is a village");
        assertTrue(dir.unit("410702007400").urban(), "…实业公司社区 is a community");
        for (UnitInfo g : dir.at(Level.GRID)) {
            assertEquals(dir.unit(g.parentCode()).urban(), g.urban(), g.code());
        }
        assertEquals("410702001", dir.ancestorAt("410702001016001", Level.STREET));
    }
}
