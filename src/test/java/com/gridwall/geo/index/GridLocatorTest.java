package com.gridwall.geo.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Level;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import com.gridwall.geo.generate.SyntheticGridMap;
import com.gridwall.geo.io.MapLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The locator against the definition: brute-force {@code Geometry.covers} with the lowest code
 * winning. Random points, every vertex (shared by 2+ grids), edge midpoints, points outside;
 * queried from two threads at once.
 */
class GridLocatorTest {
    private static final GeometryFactory F = new GeometryFactory();

    @Test
    void hongqiAgreesWithCoversOnRandomVertexAndEdgePointsFromTwoThreads() throws Exception {
        GridMap map = MapLoader.load(Path.of("maps/hongqi.geojson"));
        checkAgainstCovers(map, 100_000, 1);
    }

    @Test
    void syntheticMapAgreesWithCoversToo() throws Exception {
        GridMap map = SyntheticGridMap.generate(3_000, 5);
        checkAgainstCovers(map, 50_000, 2);
    }

    @Test
    void overlappingAndHoledGridsStillFollowCoversWithLowestCode() throws Exception {
        // not a tiling: B overlaps A, C has a hole holding D; the shortcut table must stay exact
        org.locationtech.jts.io.WKTReader wkt = new org.locationtech.jts.io.WKTReader();
        List<MapUnit> units = List.of(
                grid("0B", wkt.read("POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))")),
                grid("0A", wkt.read("POLYGON ((1 1, 3 1, 3 3, 1 3, 1 1))")),
                grid("0C", wkt.read("POLYGON ((4 0, 8 0, 8 4, 4 4, 4 0), (5 1, 7 1, 6 3, 5 1))")),
                grid("0D", wkt.read("POLYGON ((5 1, 7 1, 6 3, 5 1))")));
        GridLocator locator = new GridLocator(units);
        assertEquals("0A", locator.gridAt(1.5, 1.5));
        assertEquals("0B", locator.gridAt(0.5, 0.5));
        assertEquals("0A", locator.gridAt(1, 1.5), "on A's edge inside B: A is lower");
        assertEquals("0C", locator.gridAt(6, 1), "on the shared hole edge: C is lower than D");
        assertEquals("0D", locator.gridAt(6, 2));
        assertNull(locator.gridAt(3.5, 2));
        SplittableRandom random = new SplittableRandom(11);
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            points.add(new double[] {random.nextDouble(-0.5, 8.5), random.nextDouble(-0.5, 4.5)});
            // points on the lattice of integer halves hit edges and vertices
            points.add(new double[] {random.nextInt(-1, 18) / 2.0, random.nextInt(-1, 10) / 2.0});
        }
        String[] expected = bruteForce(units, points, new int[points.size()]);
        for (int i = 0; i < points.size(); i++) {
            assertEquals(expected[i], locator.gridAt(points.get(i)[0], points.get(i)[1]), points.get(i)[0] + " " + points.get(i)[1]);
        }
    }

    private static MapUnit grid(String code, org.locationtech.jts.geom.Geometry g) {
        return new MapUnit(code, code, Level.GRID, null, g, false);
    }

    @Test
    void nullOutsideEveryGrid() {
        GridMap map = SyntheticGridMap.generate(100, 1);
        GridLocator locator = GridLocator.forMap(map);
        Envelope b = map.bounds();
        assertNull(locator.gridAt(b.getMinX() - 0.01, b.getMinY()));
        assertNull(locator.gridAt(0, 0));
        assertNull(locator.gridAt(Double.NaN, Double.NaN));
        assertNull(new GridLocator(List.of()).gridAt(121.4, 31.2), "a map without grids resolves nothing");
        assertEquals(map.unitsAt(Level.GRID).size(), locator.size());
        assertTrue(locator.shortcutShare() > 0.5, "most cells answer without the tree: " + locator.shortcutShare());
    }

    private static void checkAgainstCovers(GridMap map, int randomPoints, long seed) throws Exception {
        List<MapUnit> grids = map.unitsAt(Level.GRID);
        List<double[]> points = new ArrayList<>();
        Envelope b = map.bounds();
        b.expandBy(b.getWidth() * 0.05, b.getHeight() * 0.05);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < randomPoints; i++) {
            points.add(new double[] {random.nextDouble(b.getMinX(), b.getMaxX()), random.nextDouble(b.getMinY(), b.getMaxY())});
        }
        for (MapUnit g : grids) {
            Coordinate[] c = g.geometry().getCoordinates();
            for (int i = 0; i < c.length; i++) {
                points.add(new double[] {c[i].x, c[i].y});
                if (i > 0) {
                    points.add(new double[] {(c[i - 1].x + c[i].x) / 2, (c[i - 1].y + c[i].y) / 2});
                }
            }
        }
        int[] covering = new int[points.size()];
        String[] expected = bruteForce(grids, points, covering);
        int ties = 0;
        int outside = 0;
        for (int c : covering) {
            ties += c > 1 ? 1 : 0;
        }
        for (String e : expected) {
            outside += e == null ? 1 : 0;
        }
        assertTrue(ties > 1000, "vertices shared by several grids must be exercised: " + ties);
        assertTrue(outside > 1000, "points outside every grid must be exercised: " + outside);

        GridLocator locator = GridLocator.forMap(map);
        PreparedGridIndex peer = new PreparedGridIndex(grids);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int offset = t;
                runs.add(pool.submit(() -> {
                    int checked = 0;
                    // both threads walk all points, from different ends, so they overlap on every grid
                    for (int k = 0; k < points.size(); k++) {
                        int i = offset == 0 ? k : points.size() - 1 - k;
                        double[] p = points.get(i);
                        assertEquals(expected[i], locator.gridAt(p[0], p[1]), () -> "locator at " + p[0] + " " + p[1]);
                        checked++;
                    }
                    return checked;
                }));
            }
            for (Future<Integer> r : runs) {
                assertEquals(points.size(), r.get());
            }
        } finally {
            pool.shutdown();
        }
        for (int i = 0; i < points.size(); i++) {
            double[] p = points.get(i);
            assertEquals(expected[i], peer.gridAt(p[0], p[1]), "peer");
        }
    }

    /** The definition: among grids whose polygon covers the point, the lowest code; null if none. */
    private static String[] bruteForce(List<MapUnit> grids, List<double[]> points, int[] covering) {
        STRtree tree = new STRtree();
        grids.forEach(g -> tree.insert(g.geometry().getEnvelopeInternal(), g));
        String[] out = new String[points.size()];
        for (int i = 0; i < points.size(); i++) {
            double[] p = points.get(i);
            Point pt = F.createPoint(new Coordinate(p[0], p[1]));
            String best = null;
            for (Object o : tree.query(new Envelope(p[0], p[0], p[1], p[1]))) {
                MapUnit g = (MapUnit) o;
                if (g.geometry().covers(pt)) {
                    covering[i]++;
                    if (best == null || g.code().compareTo(best) < 0) {
                        best = g.code();
                    }
                }
            }
            out[i] = best;
        }
        return out;
    }
}
