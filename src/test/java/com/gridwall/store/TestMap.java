package com.gridwall.store;

import com.gridwall.domain.GridResolver;
import com.gridwall.domain.Level;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.domain.UnitInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * A small hierarchy: district D → streets S0, S1 → communities S?C0, S?C1 → grids S?C?G0..G1 (8 grids),
 * laid out as a 4 x 2 lattice of 0.01° cells from (120.00, 30.00); a point outside it is outside.
 */
final class TestMap {
    static final double LON0 = 120.0;
    static final double LAT0 = 30.0;
    static final double CELL = 0.01;

    private TestMap() {
    }

    static UnitDirectory directory() {
        List<UnitInfo> u = new ArrayList<>();
        u.add(new UnitInfo("D", "区", Level.DISTRICT, null, LON0, LAT0, 10, true));
        for (int s = 0; s < 2; s++) {
            String sc = "S" + s;
            u.add(new UnitInfo(sc, sc, Level.STREET, "D", LON0, LAT0, 5, true));
            for (int c = 0; c < 2; c++) {
                String cc = sc + "C" + c;
                u.add(new UnitInfo(cc, cc, Level.COMMUNITY, sc, LON0, LAT0, 2, true));
                for (int g = 0; g < 2; g++) {
                    u.add(new UnitInfo(cc + "G" + g, cc + "G" + g, Level.GRID, cc, LON0, LAT0, 1, true));
                }
            }
        }
        return new UnitDirectory(u);
    }

    static List<String> grids() {
        List<String> g = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            for (int c = 0; c < 2; c++) {
                for (int k = 0; k < 2; k++) {
                    g.add("S" + s + "C" + c + "G" + k);
                }
            }
        }
        return g;
    }

    /** Cell (x, y), x in 0..3, y in 0..1, holds grid number x * 2 + y. */
    static GridResolver resolver() {
        List<String> grids = grids();
        return (lon, lat) -> {
            int x = (int) Math.floor((lon - LON0) / CELL);
            int y = (int) Math.floor((lat - LAT0) / CELL);
            if (x < 0 || x > 3 || y < 0 || y > 1) {
                return null;
            }
            return grids.get(x * 2 + y);
        };
    }
}
