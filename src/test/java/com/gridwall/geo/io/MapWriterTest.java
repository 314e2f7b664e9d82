package com.gridwall.geo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import com.gridwall.geo.generate.SyntheticGridMap;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Polygon;

class MapWriterTest {
    @Test
    void everyCoordinateReadsBackToTheSameDouble() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 3) {
                case 0 -> Math.round(random.nextDouble(-180, 180) * 1e7) / 1e7; // the generator's grid
                case 1 -> Math.round(random.nextDouble(-180, 180) * 1024) / 1024.0; // the source outlines
                default -> random.nextDouble(-180, 180); // anything else
            };
            String text = MapWriter.decimal(v);
            assertEquals(v, Double.parseDouble(text), text);
            if (i % 3 == 0) {
                assertTrue(text.length() - text.indexOf('.') - 1 <= 7, text);
            }
        }
        assertEquals("114.0", MapWriter.decimal(114));
        assertEquals("113.9677734375", MapWriter.decimal(113.9677734375));
    }

    @Test
    void writtenMapLoadsBackWithIdenticalGeometryAndRfc7946Orientation() throws Exception {
        GridMap map = SyntheticGridMap.generate(300, 3);
        byte[] bytes = MapWriter.toBytes(map);
        GridMap back = MapLoader.parse("written", bytes);
        assertEquals(map.units().size(), back.units().size());
        assertEquals(map.metadata(), back.metadata());
        for (MapUnit u : map.units()) {
            MapUnit b = back.unit(u.code());
            assertEquals(u.name(), b.name());
            assertEquals(u.level(), b.level());
            assertEquals(u.parentCode(), b.parentCode());
            assertTrue(u.geometry().norm().equalsExact(b.geometry().norm()), u.code());
            Polygon p = (Polygon) b.geometry().getGeometryN(0);
            assertTrue(Orientation.isCCW(p.getExteriorRing().getCoordinates()), "exterior ring counter-clockwise: " + u.code());
        }
    }
}
