package com.gridwall.geo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Level;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapLoaderTest {
    static final Path HONGQI = Path.of("maps/hongqi.geojson");
    static final Path XINXIANG = Path.of("maps/sources/xinxiang-districts.geojson");
    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[113.0,35.0],[113.1,35.0],[113.1,35.1],[113.0,35.1],[113.0,35.0]]]}";

    @TempDir
    Path dir;

    @Test
    void hongqiHasTheRightCountsPerLevel() throws Exception {
        GridMap map = MapLoader.load(HONGQI);
        assertEquals(1, map.unitsAt(Level.DISTRICT).size());
        assertEquals(11, map.contextUnits().size());
        assertEquals(7, map.unitsAt(Level.STREET).size());
        assertEquals(80, map.unitsAt(Level.COMMUNITY).size());
        assertEquals(613, map.unitsAt(Level.GRID).size());
        assertEquals("新乡市红旗区", map.title());
        assertEquals("红旗区", map.unit("410702").name());
        assertEquals("曙光社区居民委员会", map.unit("410702001016").name());
        assertTrue(map.metadata().get("synthetic_levels").contains("grid"));
        assertTrue(map.metadata().get("licence.outlines").contains("MIT"));
        assertTrue(map.repairs().isEmpty(), "the generated map needs no repair: " + map.repairs());
        assertEquals(4, map.ancestry(map.unitsAt(Level.GRID).get(0).code()).size());
    }

    @Test
    void bundledResourceLoadsLikeTheFile() throws Exception {
        GridMap map = MapLoader.loadResource(MapLoader.DEFAULT_RESOURCE);
        assertEquals(613, map.unitsAt(Level.GRID).size());
        MapLoadException e = assertThrows(MapLoadException.class, () -> MapLoader.loadResource("/maps/nope.geojson"));
        assertTrue(e.getMessage().contains("classpath:/maps/nope.geojson") && e.getMessage().contains("resource not found"), e.getMessage());
    }

    @Test
    void plainXinxiangFileLoadsAsTwelveTopLevelDistrictsWithRepairsReported() throws Exception {
        GridMap map = MapLoader.load(XINXIANG);
        assertEquals(12, map.units().size());
        for (MapUnit u : map.units()) {
            assertEquals(Level.DISTRICT, u.level());
            assertNull(u.parentCode());
            assertFalse(u.context());
            assertTrue(u.geometry().isValid(), u.code());
        }
        assertEquals("红旗区", map.unit("410702").name());
        assertFalse(map.repairs().isEmpty(), "the source has self-touching rings that must be repaired");
        assertTrue(map.repairs().stream().allMatch(r -> r.matches("feature #\\d+ \\(code \\d{6}\\): repaired \\(.+"))
                , map.repairs().toString());
    }

    @Test
    void plainFileWithoutCodesUsesAdcodeIdOrIndex() throws Exception {
        Path f = write("{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"name\":\"甲\",\"adcode\":110101},\"geometry\":" + SQUARE + "},"
                + "{\"type\":\"Feature\",\"id\":\"B7\",\"properties\":{\"name\":\"乙\"},\"geometry\":" + shifted(1) + "},"
                + "{\"type\":\"Feature\",\"properties\":null,\"geometry\":" + shifted(2) + "}]}");
        GridMap map = MapLoader.load(f);
        assertEquals("甲", map.unit("110101").name());
        assertEquals("乙", map.unit("B7").name());
        assertEquals("2", map.unit("2").name());
        assertEquals(3, map.unitsAt(Level.DISTRICT).size());
    }

    @Test
    void missingFileNamesTheFile() {
        Path missing = dir.resolve("absent.geojson");
        MapLoadException e = assertThrows(MapLoadException.class, () -> MapLoader.load(missing));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("file not found"), e.getMessage());
    }

    @Test
    void truncatedJsonNamesFileAndPosition() throws Exception {
        byte[] full = Files.readAllBytes(HONGQI);
        Path f = dir.resolve("truncated.geojson");
        Files.write(f, Arrays.copyOf(full, full.length / 2));
        MapLoadException e = assertThrows(MapLoadException.class, () -> MapLoader.load(f));
        assertTrue(e.getMessage().contains("truncated.geojson") && e.getMessage().contains("not valid JSON")
                && e.getMessage().contains("line "), e.getMessage());
    }

    @Test
    void garbageBytesAreNotJson() throws Exception {
        Path f = dir.resolve("garbage.geojson");
        Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff});
        MapLoadException e = assertThrows(MapLoadException.class, () -> MapLoader.load(f));
        assertTrue(e.getMessage().contains("garbage.geojson") && e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void jsonThatIsNotAFeatureCollectionIsRefused() throws Exception {
        MapLoadException e = assertThrows(MapLoadException.class, () -> MapLoader.load(write("[1,2,3]")));
        assertTrue(e.getMessage().contains("not a GeoJSON FeatureCollection"), e.getMessage());
    }

    @Test
    void everyBadFieldIsListedWithFeatureIndexCodeAndField() throws Exception {
        Path f = write("{\"type\":\"FeatureCollection\",\"features\":["
                + feature("410702", "红旗区", "\"district\"", null, SQUARE) + ","
                + feature("410702001", "西街街道", "3", "410702", SQUARE) + ","
                + feature("410702002", "东街街道", "\"town\"", "410702", SQUARE) + ","
                + feature("410702001", "重复", "\"district\"", null, SQUARE) + ","
                + feature("410702003", "渠东街道", "\"street\"", "999", SQUARE) + ","
                + feature("410702003001", "跳级社区", "\"community\"", "410702", SQUARE) + ","
                + "{\"type\":\"Feature\",\"properties\":{\"code\":\"410702004\",\"name\":[1],\"level\":\"street\",\"parent\":\"410702\"},\"geometry\":" + SQUARE + "}" + ","
                + feature("410702005", "线", "\"street\"", "410702", "{\"type\":\"LineString\",\"coordinates\":[[113,35],[113.1,35.1]]}") + ","
                + feature("410702006", "坏坐标", "\"street\"", "410702", "{\"type\":\"Polygon\",\"coordinates\":[[[113,35],[\"x\",35]]]}") + ","
                + feature("410702007", "投影坐标", "\"street\"", "410702", "{\"type\":\"Polygon\",\"coordinates\":[[[500000,3900000],[500100,3900000],[500100,3900100],[500000,3900000]]]}")
                + "]}");
        MapLoadException e = assertThrows(MapLoadException.class, () -> MapLoader.load(f));
        String m = e.getMessage();
        assertTrue(m.contains(f.toString()), m);
        assertTrue(m.contains("feature #1 (code 410702001): level: expected a string, got number 3"), m);
        assertTrue(m.contains("feature #2 (code 410702002): level: unknown level 'town'"), m);
        assertTrue(m.contains("feature #3 (code 410702001): code: duplicate code, first used by feature #1"), m);
        assertTrue(m.contains("feature #4 (code 410702003): parent: unknown parent code 999"), m);
        assertTrue(m.contains("feature #5 (code 410702003001): parent: parent 410702 is a district, a community needs a parent one level up"), m);
        assertTrue(m.contains("feature #6 (code 410702004): name: expected a string, got array"), m);
        assertTrue(m.contains("feature #7 (code 410702005): geometry: geometry is LineString, expected Polygon or MultiPolygon"), m);
        assertTrue(m.contains("feature #8 (code 410702006): geometry: unreadable"), m);
        assertTrue(m.contains("feature #9 (code 410702007): geometry: coordinates out of lon/lat range"), m);
        assertEquals(9, e.problems().size(), m);
    }

    @Test
    void aRepairThatChangesTheAreaTooMuchIsRejectedWithCodeAndReason() throws Exception {
        // a bow-tie: GeometryFixer keeps both lobes, whose area differs from the ring's signed area
        String bowTie = "{\"type\":\"Polygon\",\"coordinates\":[[[113,35],[113.2,35.1],[113.2,35],[113,35.1],[113,35]]]}";
        Path f = write("{\"type\":\"FeatureCollection\",\"features\":["
                + feature("1", "蝴蝶", "\"district\"", null, bowTie) + "]}");
        MapLoadException e = assertThrows(MapLoadException.class, () -> MapLoader.load(f));
        assertTrue(e.getMessage().matches("(?s).*feature #0 \\(code 1\\): geometry: invalid \\(Self-intersection at .*\\) and the repair changes the area by .*%.*"),
                e.getMessage());
    }

    @Test
    void aSmallRepairIsMadeAndReported() throws Exception {
        // a repeated vertex plus a tiny spike: valid after repair, area change far below 1%
        String spiky = "{\"type\":\"Polygon\",\"coordinates\":[[[113,35],[113.1,35],[113.1,35],[113.1,35.1],[113.05,35.1],[113.0501,35.2],[113.0502,35.1],[113,35.1],[113,35]]]}";
        String selfTouch = "{\"type\":\"Polygon\",\"coordinates\":[[[113,35],[113.2,35],[113.2,35.2],[113.1,35.2],[113.15,35.1],[113.1,35.05],[113.05,35.1],[113.1,35.2],[113,35.2],[113,35]]]}";
        Path f = write("{\"type\":\"FeatureCollection\",\"features\":["
                + feature("1", "尖", "\"district\"", null, spiky) + ","
                + feature("2", "自接触", "\"district\"", null, selfTouch) + "]}");
        GridMap map = MapLoader.load(f);
        assertTrue(map.unit("2").geometry().isValid());
        assertTrue(map.repairs().stream().anyMatch(r -> r.startsWith("feature #1 (code 2): repaired (")), map.repairs().toString());
    }

    @Test
    void metadataMustBeAnObjectOfStrings() throws Exception {
        Path f = write("{\"type\":\"FeatureCollection\",\"metadata\":{\"source\":\"x\",\"bad\":{\"a\":1}},\"features\":["
                + feature("1", "甲", "\"district\"", null, SQUARE) + "]}");
        MapLoadException e = assertThrows(MapLoadException.class, () -> MapLoader.load(f));
        assertTrue(e.getMessage().contains("metadata: bad: expected a string, got object"), e.getMessage());
        Path ok = write("{\"type\":\"FeatureCollection\",\"metadata\":{\"source\":\"x\",\"seed\":7},\"features\":["
                + feature("1", "甲", "\"district\"", null, SQUARE) + "]}");
        assertEquals("7", MapLoader.load(ok).metadata().get("seed"));
        assertEquals("x", MapLoader.load(ok).metadata().get("source"));
    }

    private static String feature(String code, String name, String levelJson, String parent, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"level\":" + levelJson
                + (parent == null ? "" : ",\"parent\":\"" + parent + "\"") + "},\"geometry\":" + geometry + "}";
    }

    private static String shifted(int k) {
        return SQUARE.replace("113.0,", (113 + k) + ".0,").replace("113.1,", (113 + k) + ".1,");
    }

    private Path write(String json) throws IOException {
        Path f = Files.createTempFile(dir, "map", ".geojson");
        Files.writeString(f, json, StandardCharsets.UTF_8);
        return f;
    }
}
