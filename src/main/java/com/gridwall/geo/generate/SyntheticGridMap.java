package com.gridwall.geo.generate;

import com.gridwall.domain.Level;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A synthetic city of any size (e.g. Shanghai's ~40,000 grids) for benchmarks and UI stress
 * tests: a jittered lattice whose cells are grids; blocks of cells form communities, blocks of
 * communities streets, the whole lattice one district. Neighbours share the very same lattice
 * vertices, so every level tiles its parent exactly; 40,000 grids take about a second on 2 cores.
 * Deterministic for a given size and seed. Stateless.
 */
public final class SyntheticGridMap {
    public static final String DISTRICT_CODE = "990100";
    /** Grids per community block (columns × rows) and communities per street block. */
    static final int COMMUNITY_COLS = 3;
    static final int COMMUNITY_ROWS = 2;
    static final int STREET_COLS = 5;
    static final int STREET_ROWS = 5;
    /** Cell size in degrees (about 400 m × 450 m near Shanghai) and the lattice origin. */
    private static final double CELL_DEG = 0.004;
    private static final double ORIGIN_LON = 121.05;
    private static final double ORIGIN_LAT = 30.85;
    /** Vertex jitter as a share of the cell: below 1/4 no cell can fold over. */
    private static final double JITTER = 0.22;

    private SyntheticGridMap() {
    }

    /**
     * A map of about {@code grids} grids: exactly that many when it factors into a lattice of
     * reasonable shape (40,000 = 250 × 160), else the nearest cols × rows, within a few percent.
     */
    public static GridMap generate(int grids, long seed) {
        if (grids < 1) {
            throw new IllegalArgumentException("grids must be positive: " + grids);
        }
        int[] shape = shape(grids);
        int cols = shape[0];
        int rows = shape[1];
        Coordinate[][] lattice = lattice(cols, rows, new SplittableRandom(seed));
        GeometryFactory f = new GeometryFactory();
        int comCols = ceilDiv(cols, COMMUNITY_COLS);
        int comRows = ceilDiv(rows, COMMUNITY_ROWS);
        int streetCols = ceilDiv(comCols, STREET_COLS);
        int streetRows = ceilDiv(comRows, STREET_ROWS);

        List<MapUnit> districts = List.of(new MapUnit(DISTRICT_CODE, "合成区", Level.DISTRICT, null,
                block(f, lattice, 0, 0, cols, rows), false));
        List<MapUnit> streets = new ArrayList<>();
        List<MapUnit> communities = new ArrayList<>();
        List<MapUnit> gridUnits = new ArrayList<>();
        int streetNo = 0;
        for (int sr = 0; sr < streetRows; sr++) {
            for (int sc = 0; sc < streetCols; sc++) {
                String street = DISTRICT_CODE + String.format("%03d", ++streetNo);
                int c0 = sc * STREET_COLS * COMMUNITY_COLS;
                int r0 = sr * STREET_ROWS * COMMUNITY_ROWS;
                streets.add(new MapUnit(street, "合成第" + streetNo + "街道", Level.STREET, DISTRICT_CODE,
                        block(f, lattice, c0, r0, Math.min(cols, c0 + STREET_COLS * COMMUNITY_COLS),
                                Math.min(rows, r0 + STREET_ROWS * COMMUNITY_ROWS)), false));
                int communityNo = 0;
                for (int cr = sr * STREET_ROWS; cr < Math.min(comRows, (sr + 1) * STREET_ROWS); cr++) {
                    for (int cc = sc * STREET_COLS; cc < Math.min(comCols, (sc + 1) * STREET_COLS); cc++) {
                        String community = street + String.format("%03d", ++communityNo);
                        int gc0 = cc * COMMUNITY_COLS;
                        int gr0 = cr * COMMUNITY_ROWS;
                        int gc1 = Math.min(cols, gc0 + COMMUNITY_COLS);
                        int gr1 = Math.min(rows, gr0 + COMMUNITY_ROWS);
                        communities.add(new MapUnit(community, "第" + streetNo + "-" + communityNo + "社区", Level.COMMUNITY,
                                street, block(f, lattice, gc0, gr0, gc1, gr1), false));
                        int gridNo = 0;
                        for (int r = gr0; r < gr1; r++) {
                            for (int c = gc0; c < gc1; c++) {
                                gridUnits.add(new MapUnit(community + String.format("%03d", ++gridNo),
                                        "第" + streetNo + "-" + communityNo + "社区第" + gridNo + "网格", Level.GRID, community,
                                        block(f, lattice, c, r, c + 1, r + 1), false));
                            }
                        }
                    }
                }
            }
        }
        List<MapUnit> units = new ArrayList<>(districts);
        units.addAll(streets);
        units.addAll(communities);
        units.addAll(gridUnits);
        Map<String, String> meta = new TreeMap<>();
        meta.put("title", "合成城市 " + gridUnits.size() + " 网格");
        meta.put("synthetic_levels", "district,street,community,grid");
        meta.put("generator", "com.gridwall.geo.generate.SyntheticGridMap: jittered lattice");
        meta.put("seed", Long.toString(seed));
        meta.put("crs", "EPSG:4326 longitude, latitude (RFC 7946)");
        return new GridMap(meta.get("title"), units, meta);
    }

    /** cols × rows: an exact factorization with aspect between 1 and 2 if there is one, else approximate. */
    static int[] shape(int grids) {
        int ideal = Math.max(1, (int) Math.round(Math.sqrt(grids * 1.25)));
        for (int d = 0; d <= ideal; d++) {
            for (int cols : new int[] {ideal - d, ideal + d}) {
                if (cols >= 1 && grids % cols == 0) {
                    int rows = grids / cols;
                    if (cols >= rows && cols <= 2 * rows) {
                        return new int[] {cols, rows};
                    }
                }
            }
        }
        return new int[] {ideal, Math.max(1, (int) Math.round((double) grids / ideal))};
    }

    private static Coordinate[][] lattice(int cols, int rows, SplittableRandom random) {
        Coordinate[][] p = new Coordinate[cols + 1][rows + 1];
        for (int c = 0; c <= cols; c++) {
            for (int r = 0; r <= rows; r++) {
                double jx = c == 0 || c == cols ? 0 : (random.nextDouble() * 2 - 1) * JITTER;
                double jy = r == 0 || r == rows ? 0 : (random.nextDouble() * 2 - 1) * JITTER;
                p[c][r] = new Coordinate(ORIGIN_LON + (c + jx) * CELL_DEG, ORIGIN_LAT + (r + jy) * CELL_DEG);
            }
        }
        return p;
    }

    /** The polygon of lattice cells [c0, c1) × [r0, r1): every lattice vertex on its border, counter-clockwise. */
    private static Polygon block(GeometryFactory f, Coordinate[][] p, int c0, int r0, int c1, int r1) {
        List<Coordinate> ring = new ArrayList<>(2 * (c1 - c0 + r1 - r0) + 1);
        for (int c = c0; c < c1; c++) {
            ring.add(p[c][r0]);
        }
        for (int r = r0; r < r1; r++) {
            ring.add(p[c1][r]);
        }
        for (int c = c1; c > c0; c--) {
            ring.add(p[c][r1]);
        }
        for (int r = r1; r > r0; r--) {
            ring.add(p[c0][r]);
        }
        ring.add(p[c0][r0]);
        return f.createPolygon(ring.stream().map(Coordinate::copy).toArray(Coordinate[]::new));
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
