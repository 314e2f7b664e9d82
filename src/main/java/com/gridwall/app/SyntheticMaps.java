package com.gridwall.app;

import com.gridwall.domain.Level;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** TEMPORARY stand-in until geo's synthetic generator is merged. */
final class SyntheticMaps {
    private SyntheticMaps() {
    }

    static GridMap generate(int grids, long seed) {
        GeometryFactory gf = new GeometryFactory();
        SplittableRandom rnd = new SplittableRandom(seed);
        int side = (int) Math.ceil(Math.sqrt(grids));
        double x0 = 121.2;
        double y0 = 30.9;
        double size = 0.6;
        double cell = size / side;
        List<MapUnit> units = new ArrayList<>();
        units.add(new MapUnit("31", "测试市", Level.DISTRICT, null,
                gf.toGeometry(new org.locationtech.jts.geom.Envelope(x0, x0 + size, y0, y0 + size)), false));
        int streetsSide = 4;
        int commSide = 20;
        for (int s = 0; s < streetsSide * streetsSide; s++) {
            double sx = x0 + (s % streetsSide) * size / streetsSide;
            double sy = y0 + (s / streetsSide) * size / streetsSide;
            units.add(new MapUnit("31" + s, "街道" + s, Level.STREET, "31",
                    gf.toGeometry(new org.locationtech.jts.geom.Envelope(sx, sx + size / streetsSide, sy, sy + size / streetsSide)), false));
        }
        for (int c = 0; c < commSide * commSide; c++) {
            double cx = x0 + (c % commSide) * size / commSide;
            double cy = y0 + (c / commSide) * size / commSide;
            int s = (int) ((cx - x0) / (size / streetsSide)) + streetsSide * (int) ((cy - y0) / (size / streetsSide));
            units.add(new MapUnit("31" + s + "-" + c, "社区" + c, Level.COMMUNITY, "31" + s,
                    gf.toGeometry(new org.locationtech.jts.geom.Envelope(cx, cx + size / commSide, cy, cy + size / commSide)), false));
        }
        int n = 0;
        for (int i = 0; i < side && n < grids; i++) {
            for (int j = 0; j < side && n < grids; j++, n++) {
                double gx = x0 + i * cell;
                double gy = y0 + j * cell;
                double j1 = cell * 0.1 * (rnd.nextDouble() - 0.5);
                Coordinate[] ring = {
                    new Coordinate(gx, gy), new Coordinate(gx + cell / 2, gy + j1), new Coordinate(gx + cell, gy),
                    new Coordinate(gx + cell + j1, gy + cell / 2), new Coordinate(gx + cell, gy + cell),
                    new Coordinate(gx + cell / 2, gy + cell - j1), new Coordinate(gx, gy + cell),
                    new Coordinate(gx - j1, gy + cell / 2), new Coordinate(gx, gy)};
                int c = (int) ((gx + cell / 2 - x0) / (size / commSide)) + commSide * (int) ((gy + cell / 2 - y0) / (size / commSide));
                int s = (int) ((gx + cell / 2 - x0) / (size / streetsSide)) + streetsSide * (int) ((gy + cell / 2 - y0) / (size / streetsSide));
                units.add(new MapUnit("g" + n, "网格" + n, Level.GRID, "31" + s + "-" + c, gf.createPolygon(ring), false));
            }
        }
        return new GridMap("测试市", units, Map.of());
    }
}
