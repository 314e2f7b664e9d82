package com.gridwall.geo.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.gridwall.domain.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Turns one GeoJSON Feature node into a {@link RawFeature}, reporting every bad field to
 * {@link Problems}. Geometry goes through jts-io per feature (its collection reader drops
 * properties). Two modes: hierarchical files carry code/name/level/parent; plain files (any
 * city's district outlines) only name/adcode/id, and each feature becomes a top-level district.
 * Not thread-safe (one instance per load).
 */
final class FeatureReader {
    private final GeoJsonReader geoJson;
    private final boolean hierarchical;
    private final Problems problems;
    private final List<String> repairs = new ArrayList<>();

    FeatureReader(GeometryFactory factory, boolean hierarchical, Problems problems) {
        this.geoJson = new GeoJsonReader(factory);
        this.hierarchical = hierarchical;
        this.problems = problems;
    }

    /** The feature (incomplete when it has a problem, already reported), or null if not a feature at all. */
    RawFeature read(int index, JsonNode feature) {
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asText(null))) {
            problems.feature(index, null, "type", "not a GeoJSON Feature");
            return null;
        }
        JsonNode props = feature.path("properties");
        if (!props.isMissingNode() && !props.isNull() && !props.isObject()) {
            problems.feature(index, null, "properties", "expected an object, got " + kind(props));
            return null;
        }
        int before = problems.lines().size();
        String code = hierarchical ? requiredCode(index, props) : plainCode(index, feature, props);
        String name = text(index, code, props, "name");
        Level level = Level.DISTRICT;
        String parent = null;
        boolean context = false;
        if (hierarchical) {
            level = level(index, code, props);
            parent = codeValue(index, code, props, "parent");
            context = flag(index, code, props, "context");
            if (name == null && !props.has("name")) {
                problems.feature(index, code, "name", "missing");
            }
        }
        Geometry geometry = geometry(index, code, feature.path("geometry"));
        boolean complete = problems.lines().size() == before;
        return new RawFeature(index, code, name == null ? code : name, level, parent, geometry, context, complete);
    }

    private String requiredCode(int index, JsonNode props) {
        String code = codeValue(index, null, props, "code");
        if (code == null && !props.has("code")) {
            problems.feature(index, null, "code", "missing");
        }
        return code;
    }

    /** code, else adcode, else the feature id, else properties.id, else the feature's index. */
    private String plainCode(int index, JsonNode feature, JsonNode props) {
        for (String field : new String[] {"code", "adcode"}) {
            if (props.has(field) && !props.get(field).isNull()) {
                return codeValue(index, null, props, field);
            }
        }
        JsonNode id = feature.path("id");
        if (id.isTextual() || id.isIntegralNumber()) {
            return id.asText();
        }
        if (props.has("id") && !props.get("id").isNull()) {
            return codeValue(index, null, props, "id");
        }
        return Integer.toString(index);
    }

    private String codeValue(int index, String code, JsonNode props, String field) {
        JsonNode v = props.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber() || (v.isTextual() && !v.asText().isBlank())) {
            return v.asText().trim();
        }
        problems.feature(index, code, field, "expected a non-empty string or integer, got " + kind(v));
        return null;
    }

    private String text(int index, String code, JsonNode props, String field) {
        JsonNode v = props.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            problems.feature(index, code, field, "expected a string, got " + kind(v));
            return null;
        }
        return v.asText();
    }

    private Level level(int index, String code, JsonNode props) {
        JsonNode v = props.path("level");
        if (v.isMissingNode() || v.isNull()) {
            problems.feature(index, code, "level", "missing (one of district, street, community, grid)");
            return null;
        }
        if (!v.isTextual()) {
            problems.feature(index, code, "level", "expected a string, got " + kind(v));
            return null;
        }
        Level level = Level.parseMapName(v.asText());
        if (level == null) {
            problems.feature(index, code, "level",
                    "unknown level '" + v.asText() + "' (expected district, street, community or grid)");
        }
        return level;
    }

    private boolean flag(int index, String code, JsonNode props, String field) {
        JsonNode v = props.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            problems.feature(index, code, field, "expected true or false, got " + kind(v));
            return false;
        }
        return v.asBoolean();
    }

    private Geometry geometry(int index, String code, JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            problems.feature(index, code, "geometry", "missing");
            return null;
        }
        Geometry g;
        try {
            g = geoJson.read(node.toString());
        } catch (Exception e) {
            // jts-io reports malformed coordinates as parse or runtime errors alike
            problems.feature(index, code, "geometry", "unreadable: " + e.getMessage());
            return null;
        }
        Envelope env = g.getEnvelopeInternal();
        if (!env.isNull() && (env.getMinX() < -180 || env.getMaxX() > 180 || env.getMinY() < -90 || env.getMaxY() > 90)) {
            problems.feature(index, code, "geometry",
                    "coordinates out of lon/lat range (RFC 7946 requires EPSG:4326 longitude, latitude): " + env);
            return null;
        }
        GeometryRepair.Result r = GeometryRepair.repair(g);
        if (r.rejection() != null) {
            problems.feature(index, code, "geometry", r.rejection());
            return null;
        }
        if (r.note() != null) {
            repairs.add("feature #" + index + (code == null ? "" : " (code " + code + ")") + ": " + r.note());
        }
        return r.geometry();
    }

    /** Repairs made so far, one line each. */
    List<String> repairs() {
        return repairs;
    }

    static String kind(JsonNode v) {
        if (v.isTextual()) {
            return "string '" + v.asText() + "'";
        }
        if (v.isNumber()) {
            return "number " + v.asText();
        }
        if (v.isBoolean()) {
            return "boolean " + v.asText();
        }
        return v.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
