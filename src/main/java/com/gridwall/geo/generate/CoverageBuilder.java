package com.gridwall.geo.generate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.noding.snapround.SnapRoundingNoder;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * Turns the outline plus every cut of every level into one exact polygonal coverage: all lines are
 * snap-rounded together (so shared edges have identical vertices), polygonized into faces, and each
 * face inside the outline is given to the unit the partition tree assigns to its interior point.
 * A unit is then the union of its faces, a parent the union of its children's faces: the levels
 * tile each other exactly by construction, with no overlay arithmetic between neighbours.
 * Stateless and thread-safe.
 */
final class CoverageBuilder {
    private CoverageBuilder() {
    }

    /** Faces by finest-unit code, in first-seen order. */
    static Map<String, List<Polygon>> faces(Geometry outline, List<LineString> cuts, PartitionNode root,
                                            PrecisionModel precision, GeometryFactory factory) {
        List<SegmentString> input = new ArrayList<>();
        for (int i = 0; i < outline.getNumGeometries(); i++) {
            Polygon p = (Polygon) outline.getGeometryN(i);
            input.add(new NodedSegmentString(p.getExteriorRing().getCoordinates(), null));
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                input.add(new NodedSegmentString(p.getInteriorRingN(h).getCoordinates(), null));
            }
        }
        for (LineString cut : cuts) {
            input.add(new NodedSegmentString(cut.getCoordinates(), null));
        }
        SnapRoundingNoder noder = new SnapRoundingNoder(precision);
        noder.computeNodes(input);
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(uniqueSegments(noder.getNodedSubstrings(), factory));
        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(outline);
        Map<String, List<Polygon>> byUnit = new LinkedHashMap<>();
        for (Object o : polygonizer.getPolygons()) {
            Polygon face = (Polygon) o;
            Coordinate p = InteriorPointArea.getInteriorPoint(face);
            if (p == null || inside.locate(p) != Location.INTERIOR) {
                continue;
            }
            byUnit.computeIfAbsent(root.locate(p.x, p.y), k -> new ArrayList<>()).add(face);
        }
        return byUnit;
    }

    /** The union of faces that share exact edges. */
    static Geometry union(Collection<Polygon> faces, GeometryFactory factory) {
        return CoverageUnion.union(factory.createMultiPolygon(faces.toArray(Polygon[]::new)));
    }

    /** Every noded segment once, as a two-point line (the polygonizer needs unique edges). */
    private static List<LineString> uniqueSegments(Collection<SegmentString> noded, GeometryFactory factory) {
        Set<List<Double>> seen = new HashSet<>();
        List<LineString> out = new ArrayList<>();
        for (SegmentString s : noded) {
            Coordinate[] c = s.getCoordinates();
            for (int i = 1; i < c.length; i++) {
                Coordinate a = c[i - 1];
                Coordinate b = c[i];
                if (a.equals2D(b)) {
                    continue;
                }
                boolean forward = a.x < b.x || (a.x == b.x && a.y < b.y);
                Coordinate p = forward ? a : b;
                Coordinate q = forward ? b : a;
                if (seen.add(List.of(p.x, p.y, q.x, q.y))) {
                    out.add(factory.createLineString(new Coordinate[] {p.copy(), q.copy()}));
                }
            }
        }
        return out;
    }
}
