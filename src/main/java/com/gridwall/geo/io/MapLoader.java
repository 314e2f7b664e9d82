package com.gridwall.geo.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.gridwall.domain.Level;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Loads a GeoJSON (RFC 7946) FeatureCollection into a {@link GridMap}: all or nothing. Either every
 * feature is read, repaired if needed and fits the hierarchy, or a {@link MapLoadException} lists
 * every problem found. Stateless and thread-safe.
 *
 * <p>Hierarchical files (any feature has a {@code level}) need code, name, level and, below
 * district level, a parent one level up. Plain files load each feature as a top-level district.
 */
public final class MapLoader {
    /** Where the jar carries the bundled map. */
    public static final String DEFAULT_RESOURCE = "/maps/hongqi.geojson";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private MapLoader() {
    }

    public static GridMap load(Path file) throws MapLoadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new MapLoadException(file.toString(), List.of("file not found"));
        } catch (IOException e) {
            throw new MapLoadException(file.toString(), List.of("cannot read: " + e));
        }
        return parse(file.toString(), bytes);
    }

    /** Loads a map bundled on the class path, e.g. {@link #DEFAULT_RESOURCE}. */
    public static GridMap loadResource(String resource) throws MapLoadException {
        String source = "classpath:" + resource;
        try (InputStream in = MapLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new MapLoadException(source, List.of("resource not found"));
            }
            return parse(source, in.readAllBytes());
        } catch (IOException e) {
            throw new MapLoadException(source, List.of("cannot read: " + e));
        }
    }

    /** Parses map bytes; {@code source} names them in messages. */
    public static GridMap parse(String source, byte[] bytes) throws MapLoadException {
        Problems problems = new Problems();
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new MapLoadException(source, List.of("not valid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
        } catch (IOException e) {
            throw new MapLoadException(source, List.of("cannot read: " + e));
        }
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asText(null))) {
            throw new MapLoadException(source, List.of("not a GeoJSON FeatureCollection (top-level \"type\" must be \"FeatureCollection\")"));
        }
        JsonNode features = root.path("features");
        if (!features.isArray()) {
            throw new MapLoadException(source, List.of("\"features\" must be an array"));
        }
        Map<String, String> metadata = metadata(root.path("metadata"), problems);
        boolean hierarchical = false;
        for (JsonNode f : features) {
            hierarchical |= f.path("properties").has("level");
        }
        FeatureReader reader = new FeatureReader(new GeometryFactory(), hierarchical, problems);
        List<RawFeature> raw = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            RawFeature f = reader.read(i, features.get(i));
            if (f != null) {
                raw.add(f);
            }
        }
        if (features.isEmpty()) {
            problems.file("the FeatureCollection has no features");
        }
        checkHierarchy(raw, problems);
        if (!problems.isEmpty()) {
            throw new MapLoadException(source, problems.lines());
        }
        List<MapUnit> units = new ArrayList<>(raw.size());
        for (RawFeature f : raw) {
            // all complete here: any incomplete feature has reported a problem
            units.add(new MapUnit(f.code(), f.name(), f.level(), f.parentCode(), f.geometry(), f.context()));
        }
        return new GridMap(title(metadata, units, source), units, metadata, reader.repairs());
    }

    private static Map<String, String> metadata(JsonNode node, Problems problems) {
        Map<String, String> out = new TreeMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            problems.file("metadata: expected an object of strings, got " + FeatureReader.kind(node));
            return out;
        }
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                out.put(e.getKey(), e.getValue().asText());
            } else {
                problems.file("metadata: " + e.getKey() + ": expected a string, got " + FeatureReader.kind(e.getValue()));
            }
        });
        return out;
    }

    /** Unique codes; each parent exists and sits exactly one level above its child. */
    private static void checkHierarchy(List<RawFeature> raw, Problems problems) {
        Map<String, RawFeature> byCode = new HashMap<>();
        for (RawFeature f : raw) {
            if (f.code() == null) {
                continue;
            }
            RawFeature first = byCode.putIfAbsent(f.code(), f);
            if (first != null) {
                problems.feature(f.index(), f.code(), "code", "duplicate code, first used by feature #" + first.index());
            }
        }
        for (RawFeature f : raw) {
            if (!f.complete()) {
                continue;
            }
            if (f.parentCode() == null) {
                if (f.level() != Level.DISTRICT && !f.context()) {
                    problems.feature(f.index(), f.code(), "parent", "missing: a " + f.level().name().toLowerCase(java.util.Locale.ROOT)
                            + " needs a parent one level up");
                }
                continue;
            }
            RawFeature parent = byCode.get(f.parentCode());
            if (parent == null) {
                problems.feature(f.index(), f.code(), "parent", "unknown parent code " + f.parentCode());
            } else if (parent.level() != null && parent.level().child() != f.level()) {
                problems.feature(f.index(), f.code(), "parent", "parent " + parent.code() + " is a "
                        + parent.level().name().toLowerCase(java.util.Locale.ROOT) + ", a "
                        + f.level().name().toLowerCase(java.util.Locale.ROOT) + " needs a parent one level up");
            } else if (parent.context() != f.context()) {
                problems.feature(f.index(), f.code(), "parent", "parent " + parent.code() + " is context-only but its child is not, or vice versa");
            }
        }
    }

    private static String title(Map<String, String> metadata, List<MapUnit> units, String source) {
        String t = metadata.get("title");
        if (t != null && !t.isBlank()) {
            return t;
        }
        for (MapUnit u : units) {
            if (u.parentCode() == null && !u.context()) {
                return u.name();
            }
        }
        return source;
    }
}
