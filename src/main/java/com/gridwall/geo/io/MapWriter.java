package com.gridwall.geo.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
 * polygon order), so output depends only on the map's shapes: the same map gives the same bytes.
 * Coordinates are written as decimals that read back to the same double, so geometry round-trips
 * exactly. Stateless and thread-safe.
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
        // assembled by hand around generator output, so the file reads one feature per line
        out.write("{\"type\":\"FeatureCollection\",\n\"metadata\":".getBytes(StandardCharsets.UTF_8));
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, String> e : new TreeMap<>(map.metadata()).entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        out.write(",\n\"features\":[".getBytes(StandardCharsets.UTF_8));
        String separator = "\n";
        for (MapUnit u : map.units()) {
            out.write(separator.getBytes(StandardCharsets.UTF_8));
            separator = ",\n";
            try (JsonGenerator g = generator(out)) {
                feature(g, u);
            }
        }
        out.write("\n]}\n".getBytes(StandardCharsets.UTF_8));
    }

    private static JsonGenerator generator(OutputStream out) throws IOException {
        return JSON.createGenerator(out, JsonEncoding.UTF8).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
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

    /**
     * The coordinate as text that reads back to the same double, and is the same on every JDK
     * (Double.toString is not: JDK 19 changed it). Values on the generator's 1e-7 grid are written
     * as at most 7 decimals; dyadic values (the source outlines use 1/1024°) as their exact
     * decimal; anything else falls back to Double.toString.
     */
    static String decimal(double v) {
        double scaled = v * 1e7;
        if (Math.abs(scaled) < 1e15) {
            long units = Math.round(scaled);
            if (units / 1e7 == v) {
                String text = new BigDecimal(BigInteger.valueOf(units), 7).stripTrailingZeros().toPlainString();
                return text.indexOf('.') < 0 ? text + ".0" : text;
            }
        }
        if (v * 1024 == Math.rint(v * 1024)) {
            return new BigDecimal(v).toPlainString();
        }
        return Double.toString(v);
    }

    private static void ring(JsonGenerator g, LineString ring, boolean ccw) throws IOException {
        Coordinate[] c = ring.getCoordinates();
        boolean reverse = Orientation.isCCW(c) != ccw;
        g.writeStartArray();
        for (int i = 0; i < c.length; i++) {
            Coordinate p = c[reverse ? c.length - 1 - i : i];
            g.writeStartArray();
            g.writeNumber(decimal(p.x));
            g.writeNumber(decimal(p.y));
            g.writeEndArray();
        }
        g.writeEndArray();
    }
}
