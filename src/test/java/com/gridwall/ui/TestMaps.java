package com.gridwall.ui;

import com.gridwall.domain.Level;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A small four-level map built with JTS for UI tests: one district (an irregular hexagon near Xinxiang),
 * streets as vertical strips, communities as 2x2 blocks of a street, grids as 5x5 blocks of a community,
 * each clipped to the district, plus two muted context districts.
 */
public final class TestMaps {
    private static final GeometryFactory GF = new GeometryFactory();

    private TestMaps() {
    }

    public static GridMap district(int streets) {
        Geometry district = GF.createPolygon(new Coordinate[] {
            new Coordinate(113.80, 35.25), new Coordinate(113.95, 35.22), new Coordinate(114.02, 35.30),
            new Coordinate(113.98, 35.38), new Coordinate(113.84, 35.40), new Coordinate(113.78, 35.32),
            new Coordinate(113.80, 35.25)});
        List<MapUnit> units = new ArrayList<>();
        units.add(new MapUnit("410702", "红旗区", Level.DISTRICT, null, district, false));
        Envelope e = district.getEnvelopeInternal();
        double sw = e.getWidth() / streets;
        for (int s = 0; s < streets; s++) {
            String sc = "410702" + String.format("%03d", s + 1);
            Geometry street = box(e.getMinX() + s * sw, e.getMinY(), e.getMinX() + (s + 1) * sw, e.getMaxY())
                    .intersection(district);
            units.add(new MapUnit(sc, "测试街道" + (s + 1), Level.STREET, "410702", street, false));
            Envelope se = street.getEnvelopeInternal();
            int c = 0;
            for (int cx = 0; cx < 2; cx++) {
                for (int cy = 0; cy < 2; cy++) {
                    Geometry community = cell(se, 2, cx, cy).intersection(street);
                    if (community.isEmpty() || community.getArea() < 1e-8) {
                        continue;
                    }
                    String cc = sc + String.format("%03d", ++c);
                    units.add(new MapUnit(cc, "社区" + (s + 1) + "-" + c, Level.COMMUNITY, sc, community, false));
                    Envelope ce = community.getEnvelopeInternal();
                    int g = 0;
                    for (int gx = 0; gx < 5; gx++) {
                        for (int gy = 0; gy < 5; gy++) {
                            Geometry grid = cell(ce, 5, gx, gy).intersection(community);
                            if (grid.isEmpty() || grid.getArea() < 1e-9) {
                                continue;
                            }
                            units.add(new MapUnit(cc + String.format("%02d", ++g), "网格" + (s + 1) + "-" + c + "-" + g,
                                    Level.GRID, cc, grid, false));
                        }
                    }
                }
            }
        }
        units.add(new MapUnit("410703", "卫滨区", Level.DISTRICT, null, box(113.60, 35.20, 113.78, 35.42), true));
        units.add(new MapUnit("410704", "凤泉区", Level.DISTRICT, null, box(114.02, 35.20, 114.20, 35.42), true));
        return new GridMap("红旗区", units, Map.of("synthetic", "true"));
    }

    private static Geometry cell(Envelope e, int n, int i, int j) {
        double w = e.getWidth() / n;
        double h = e.getHeight() / n;
        return box(e.getMinX() + i * w, e.getMinY() + j * h, e.getMinX() + (i + 1) * w, e.getMinY() + (j + 1) * h);
    }

    private static Geometry box(double x0, double y0, double x1, double y1) {
        return GF.toGeometry(new Envelope(x0, x1, y0, y1));
    }
}
