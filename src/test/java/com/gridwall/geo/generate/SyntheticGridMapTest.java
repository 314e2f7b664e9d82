package com.gridwall.geo.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Level;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import com.gridwall.geo.io.MapLoader;
import com.gridwall.geo.io.MapWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SyntheticGridMapTest {
    @Test
    void shanghaiScaleHasAboutFortyThousandGridsInAFullHierarchy() {
        GridMap map = SyntheticGridMap.generate(40_000, 1);
        assertEquals(40_000, map.unitsAt(Level.GRID).size());
        int odd = SyntheticGridMap.generate(40_009, 1).unitsAt(Level.GRID).size(); // a prime: approximated
        assertTrue(Math.abs(odd - 40_009) <= 400, "grids " + odd);
        assertEquals(1, map.unitsAt(Level.DISTRICT).size());
        assertTrue(map.unitsAt(Level.STREET).size() > 100);
        assertTrue(map.unitsAt(Level.COMMUNITY).size() > 5_000);
        for (MapUnit g : map.unitsAt(Level.GRID)) {
            assertTrue(g.code().startsWith(g.parentCode()) && g.code().length() == g.parentCode().length() + 3, g.code());
        }
    }

    @Test
    void levelsTileExactly() {
        TilingCheck.assertTiles(SyntheticGridMap.generate(2_000, 9));
    }

    @Test
    void deterministicPerSeedAndLoadableAfterWriting() throws Exception {
        byte[] a = MapWriter.toBytes(SyntheticGridMap.generate(500, 4));
        byte[] b = MapWriter.toBytes(SyntheticGridMap.generate(500, 4));
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, MapWriter.toBytes(SyntheticGridMap.generate(500, 5))));
        GridMap back = MapLoader.parse("synthetic", a);
        assertEquals(SyntheticGridMap.generate(500, 4).unitsAt(Level.GRID).size(), back.unitsAt(Level.GRID).size());
        assertTrue(back.repairs().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> SyntheticGridMap.generate(0, 1));
    }
}
