package com.gridwall.geo.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a {@link GridMap} as the GeoJSON that {@link MapLoader} reads: a FeatureCollection with a
 * "metadata" member, one feature per line (readable diffs), rings oriented as RFC 7946 asks
 * (exterior counter-clockwise). Geometries are written normalized (canonical ring start and
 * polygon order), so output depends only on the map's shapes: the same map gives the same bytes. Coordinates use the shortest decimal that reads back to the same double, so geometry
 * round-trips exactly. Stateless and thread-safe.
 */
public final class MapWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private MapWriter() {
    }

    /** Writes atomically: a reader never sees a half-written file. */
    public static void write(GridMap map, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve(file.getFileName() + ".tmp");
        try {
            Files.write(tmp, toBytes(map));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static byte[] toBytes(GridMap map) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        write(map, out);
        return out.toByteArray();
    }

    public static void write(GridMap map, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeRaw('\n');
            g.writeObjectFieldStart("metadata");
            for (Map.Entry<String, String> e : new TreeMap<>(map.metadata()).entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeRaw('\n');
            g.writeArrayFieldStart("features");
            for (MapUnit u : map.units()) {
                g.writeRaw('\n');
                feature(g, u);
            }
            g.writeRaw('\n');
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void feature(JsonGenerator g, MapUnit u) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("properties");
        g.writeStringField("code", u.code());
        g.writeStringField("name", u.name());
        g.writeStringField("level", u.level().name().toLowerCase(Locale.ROOT));
        if (u.parentCode() != null) {
            g.writeStringField("parent", u.parentCode());
        }
        if (u.context()) {
            g.writeBooleanField("context", true);
        }
        g.writeEndObject();
        g.writeObjectFieldStart("geometry");
        // canonical ring start and polygon order: overlay output order is not stable between runs
        Geometry geom = u.geometry().norm();
        if (geom instanceof Polygon p) {
            g.writeStringField("type", "Polygon");
            g.writeFieldName("coordinates");
            polygon(g, p);
        } else {
            g.writeStringField("type", "MultiPolygon");
            g.writeFieldName("coordinates");
            g.writeStartArray();
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                polygon(g, (Polygon) geom.getGeometryN(i));
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void polygon(JsonGenerator g, Polygon p) throws IOException {
        g.writeStartArray();
        ring(g, p.getExteriorRing(), true);
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
            ring(g, p.getInteriorRingN(h), false);
        }
        g.writeEndArray();
    }

    private static void ring(JsonGenerator g, LineString ring, boolean ccw) throws IOException {
        Coordinate[] c = ring.getCoordinates();
        boolean reverse = Orientation.isCCW(c) != ccw;
        g.writeStartArray();
        for (int i = 0; i < c.length; i++) {
            Coordinate p = c[reverse ? c.length - 1 - i : i];
            g.writeStartArray();
            g.writeNumber(p.x);
            g.writeNumber(p.y);
            g.writeEndArray();
        }
        g.writeEndArray();
    }
}
