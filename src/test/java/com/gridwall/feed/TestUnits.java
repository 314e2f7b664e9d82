package com.gridwall.feed;

import com.gridwall.domain.Level;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.domain.UnitInfo;
import java.util.ArrayList;
import java.util.List;

/** A small made-up hierarchy around 新乡 for tests: 1 district, 2 streets, 4 communities, 16 grids. */
public final class TestUnits {
    private TestUnits() {
    }

    public static UnitDirectory small() {
        List<UnitInfo> u = new ArrayList<>();
        u.add(new UnitInfo("410702", "红旗区", Level.DISTRICT, null, 113.90, 35.30, 120, true));
        for (int s = 0; s < 2; s++) {
            String street = "410702" + (100 + s);
            u.add(new UnitInfo(street, "街道" + s, Level.STREET, "410702", 113.88 + s * 0.05, 35.29, 20, s == 0));
            for (int c = 0; c < 2; c++) {
                String community = street + (10 + c);
                u.add(new UnitInfo(community, "社区" + s + c, Level.COMMUNITY, street, 113.88 + s * 0.05 + c * 0.02, 35.29, 4, s == 0));
                for (int g = 0; g < 4; g++) {
                    u.add(new UnitInfo(community + "0" + g, "网格" + s + c + g, Level.GRID, community,
                            113.88 + s * 0.05 + c * 0.02 + g * 0.004, 35.28 + g * 0.004, 0.5, s == 0));
                }
            }
        }
        return new UnitDirectory(u);
    }
}
