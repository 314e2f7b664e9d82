package com.gridwall.geo.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Level;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.domain.UnitInfo;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import com.gridwall.geo.io.MapLoader;
import com.gridwall.geo.io.MapWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed 红旗区 map: counts, exact tiling, codes, plausibility; and that make-map reproduces it. */
class HongqiMapTest {
    static final Path FILE = Path.of("maps/hongqi.geojson");
    static GridMap map;

    @BeforeAll
    static void load() throws Exception {
        map = MapLoader.load(FILE);
    }

    @Test
    void regeneratingGivesTheCommittedFileByteForByte() throws Exception {
        GridMap fresh = HongqiMapGenerator.generate(Path.of("maps/sources"), HongqiMapGenerator.DEFAULT_SEED);
        byte[] first = MapWriter.toBytes(fresh);
        byte[] second = MapWriter.toBytes(HongqiMapGenerator.generate(Path.of("maps/sources"), HongqiMapGenerator.DEFAULT_SEED));
        assertArrayEquals(first, second, "two runs differ");
        assertArrayEquals(Files.readAllBytes(FILE), first, "maps/hongqi.geojson is stale: run make-map");
        byte[] otherSeed = MapWriter.toBytes(HongqiMapGenerator.generate(Path.of("maps/sources"), 7));
        assertTrue(!java.util.Arrays.equals(first, otherSeed), "the seed must matter");
    }

    @Test
    void realCodesAndNamesFromTheDivisionsList() throws Exception {
        List<Division> divisions = DivisionsCsv.read(Path.of("maps/sources/hongqi-divisions.csv"));
        for (Division d : divisions) {
            MapUnit u = map.unit(d.code());
            assertEquals(d.name(), u.name(), d.code());
            assertEquals(d.level(), u.level(), d.code());
        }
        assertEquals(divisions.size(), 1 + map.unitsAt(Level.STREET).size() + map.unitsAt(Level.COMMUNITY).size());
    }

    @Test
    void everyLevelTilesItsParentExactly() {
        TilingCheck.assertTiles(map);
    }

    @Test
    void codesExtendTheirParentsCodes() {
        for (MapUnit u : map.units()) {
            if (u.parentCode() == null) {
                continue;
            }
            assertTrue(u.code().startsWith(u.parentCode()), u.code());
            int extra = switch (u.level()) {
                case STREET -> 3;
                case COMMUNITY -> 3;
                case GRID -> 3;
                default -> throw new AssertionError(u.code());
            };
            assertEquals(u.parentCode().length() + extra, u.code().length(), u.code());
            assertTrue(u.code().chars().allMatch(Character::isDigit), u.code());
        }
    }

    @Test
    void urbanCommunitiesHaveDenserGridsThanVillages() {
        UnitDirectory dir = map.directory();
        double[] urban = new double[2];
        double[] village = new double[2];
        for (UnitInfo c : dir.at(Level.COMMUNITY)) {
            double[] acc = c.urban() ? urban : village;
            acc[0] += map.children(c.code()).size();
            acc[1] += c.areaKm2();
        }
        double urbanDensity = urban[0] / urban[1];
        double villageDensity = village[0] / village[1];
        assertTrue(urbanDensity > 2 * villageDensity, "urban " + urbanDensity + "/km², villages " + villageDensity + "/km²");
    }

    @Test
    void urbanStreetsAreSmallerAndNearerTheCityCentreThanTowns() {
        UnitDirectory dir = map.directory();
        // the district seat given by the source outline file
        double cx = 113.875245;
        double cy = 35.30385;
        Map<Boolean, List<UnitInfo>> byKind = dir.at(Level.STREET).stream().collect(Collectors.partitioningBy(UnitInfo::urban));
        assertEquals(5, byKind.get(true).size());
        assertEquals(2, byKind.get(false).size());
        double maxUrbanArea = byKind.get(true).stream().mapToDouble(UnitInfo::areaKm2).max().orElseThrow();
        double minTownArea = byKind.get(false).stream().mapToDouble(UnitInfo::areaKm2).min().orElseThrow();
        assertTrue(maxUrbanArea < minTownArea, maxUrbanArea + " vs " + minTownArea);
        double urbanDist = byKind.get(true).stream().mapToDouble(u -> Math.hypot(u.lon() - cx, u.lat() - cy)).average().orElseThrow();
        double townDist = byKind.get(false).stream().mapToDouble(u -> Math.hypot(u.lon() - cx, u.lat() - cy)).average().orElseThrow();
        assertTrue(urbanDist < townDist, urbanDist + " vs " + townDist);
    }

    @Test
    void metadataRecordsProvenance() {
        Map<String, String> m = map.metadata();
        for (String key : List.of("source.outlines", "licence.outlines", "source.divisions", "licence.divisions",
                "real", "synthetic", "synthetic_levels", "crs", "generator", "seed")) {
            assertTrue(m.containsKey(key) && !m.get(key).isBlank(), key);
        }
        assertEquals(Long.toString(HongqiMapGenerator.DEFAULT_SEED), m.get("seed"));
    }

    @Test
    void gridAllocationSumsExactlyAndFavoursDensity() {
        List<GridAllocation.Claim> claims = List.of(new GridAllocation.Claim("a", 1, 5), new GridAllocation.Claim("b", 1, 1),
                new GridAllocation.Claim("c", 3.3, 1));
        Map<String, Integer> counts = GridAllocation.allocate(claims, 23);
        assertEquals(23, counts.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(counts.get("a") > counts.get("b"));
        assertTrue(counts.values().stream().allMatch(n -> n >= GridAllocation.MIN_PER_COMMUNITY));
    }
}
