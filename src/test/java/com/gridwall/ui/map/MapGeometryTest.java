package com.gridwall.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Level;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import com.gridwall.ui.TestMaps;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The map view's pure parts: projection, hit testing, view maths, level of detail, label collision. */
class MapGeometryTest {
    private final GridMap map = TestMaps.district(3);
    private final ProjectedMap projected = new ProjectedMap(map);

    @Test
    void everyGridIsFoundAtItsOwnInteriorPoint() {
        ProjectedUnits grids = projected.units(Level.GRID);
        assertEquals(map.unitsAt(Level.GRID).size(), grids.size());
        for (int k = 0; k < grids.size(); k++) {
            MapUnit u = grids.unit(k);
            var p = u.geometry().getInteriorPoint();
            int hit = projected.hitIndex(Level.GRID).find(Mercator.x(p.getX()), Mercator.y(p.getY()));
            assertEquals(u.code(), grids.unit(hit).code());
        }
        assertEquals(-1, projected.hitIndex(Level.GRID).find(Mercator.x(100), Mercator.y(10)), "far away: nothing");
    }

    @Test
    void theDistrictIsTheOutlineAndStreetsAreTheFirstLevelOfDetail() {
        assertEquals(Level.DISTRICT, projected.outlineLevel());
        assertEquals(List.of(Level.STREET, Level.COMMUNITY, Level.GRID), projected.detailLevels());
        assertEquals(2, projected.context().size());
    }

    @Test
    void zoomingAtAPointKeepsThatPointStill() {
        Viewport v = new Viewport(0.01, 1000, 2000);
        Viewport z = v.zoomedAt(3, 200, 100, 800, 600);
        assertEquals(v.worldX(200, 800), z.worldX(200, 800), 1e-6);
        assertEquals(v.worldY(100, 600), z.worldY(100, 600), 1e-6);
        assertEquals(0.03, z.scale(), 1e-12);
        Viewport p = v.panned(50, -20);
        assertEquals(v.worldX(100, 800), p.worldX(150, 800), 1e-6, "the content follows the pointer");
    }

    @Test
    void levelOfDetailGoesStreetsThenCommunitiesThenGridsAsTheScaleGrows() {
        double fit = 0.01;
        double street = projected.units(Level.STREET).typicalSize;
        assertEquals(Level.STREET, LevelOfDetail.choose(projected, fit, fit, 150));
        double community = projected.units(Level.COMMUNITY).typicalSize;
        double grid = projected.units(Level.GRID).typicalSize;
        assertTrue(street > community && community > grid);
        assertEquals(Level.COMMUNITY, LevelOfDetail.choose(projected, 151 / community, 1e-9, 150));
        assertEquals(Level.GRID, LevelOfDetail.choose(projected, 151 / grid, 1e-9, 150));
        assertEquals(Level.STREET, LevelOfDetail.choose(projected, 151 / grid, 151 / grid, 150),
                "never finer than streets at the fitted view");
    }

    @Test
    void placedLabelsNeverOverlap() {
        LabelPlacer placer = new LabelPlacer(1000, 800, 2);
        SplittableRandom rnd = new SplittableRandom(7);
        List<double[]> kept = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < 2000; i++) {
            double cx = rnd.nextDouble(1000);
            double cy = rnd.nextDouble(800);
            double w = 20 + rnd.nextDouble(80);
            double h = 18;
            if (placer.tryPlace(cx, cy, w, h)) {
                kept.add(new double[] {cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2});
            } else {
                refused++;
            }
        }
        assertTrue(kept.size() > 50 && refused > 0);
        for (int i = 0; i < kept.size(); i++) {
            for (int j = i + 1; j < kept.size(); j++) {
                double[] a = kept.get(i);
                double[] b = kept.get(j);
                assertFalse(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3], "labels " + i + " and " + j + " overlap");
            }
        }
    }
}
