package com.gridwall.geo.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Splits a region among weighted items by straight cuts, recursively: each cut divides the
 * items into two groups of about equal weight and is placed (by bisection) so that each side's
 * area is proportional to its group's weight. Items listed first end up nearest the core point
 * (e.g. urban streets nearest the city centre). Cut orientation follows the region's longer side,
 * jittered by the seeded random source, so the layout is deterministic for a given seed
 * ({@link StrictMath}: {@code Math.sin} may differ by an ulp once JIT-compiled, and would change
 * the output between two runs in one JVM).
 *
 * <p>The regions computed here are only a guide for placing finer cuts and for areas; the final
 * polygons come from {@link CoverageBuilder}, which nodes all cuts at once. Not thread-safe.
 */
final class RecursivePartition {
    /** One thing to place: its code and relative area. */
    record Item(String code, double weight) {
    }

    /** How far a cut line is drawn beyond its region, so that noding always closes the faces (degrees). */
    private static final double OVERSHOOT = 1e-6;
    private static final double MAX_JITTER_RAD = StrictMath.toRadians(20);

    private final GeometryFactory factory;
    private final SplittableRandom random;
    private final double coreX;
    private final double coreY;
    private final double lonScale;
    private final List<LineString> cuts;
    private final Map<String, Geometry> regions;

    /**
     * @param lonScale cos(latitude), so that "longer side" compares ground lengths
     * @param cuts     receives every cut segment
     * @param regions  receives the approximate region of every item
     */
    RecursivePartition(GeometryFactory factory, SplittableRandom random, double coreX, double coreY,
                       double lonScale, List<LineString> cuts, Map<String, Geometry> regions) {
        this.factory = factory;
        this.random = random;
        this.coreX = coreX;
        this.coreY = coreY;
        this.lonScale = lonScale;
        this.cuts = cuts;
        this.regions = regions;
    }

    PartitionNode partition(Geometry region, List<Item> items) {
        if (items.size() == 1) {
            regions.put(items.get(0).code(), region);
            return PartitionNode.unit(items.get(0).code());
        }
        double total = items.stream().mapToDouble(Item::weight).sum();
        int k = balancedSplit(items, total);
        double firstShare = items.subList(0, k).stream().mapToDouble(Item::weight).sum() / total;

        var env = region.getEnvelopeInternal();
        double angle = (env.getWidth() * lonScale >= env.getHeight() ? 0 : Math.PI / 2)
                + (random.nextDouble() * 2 - 1) * MAX_JITTER_RAD;
        double nx = StrictMath.cos(angle);
        double ny = StrictMath.sin(angle);
        var centre = env.centre();
        boolean firstLow = nx * coreX + ny * coreY <= nx * centre.x + ny * centre.y;
        double lowShare = firstLow ? firstShare : 1 - firstShare;

        HalfPlaneArea area = new HalfPlaneArea(region, nx, ny);
        double c = area.cutFor(lowShare);
        Geometry low = region.intersection(halfPlane(area, c, true));
        Geometry high = region.intersection(halfPlane(area, c, false));
        addCut(region, area, c);

        List<Item> first = items.subList(0, k);
        List<Item> rest = items.subList(k, items.size());
        PartitionNode lowNode = partition(low, firstLow ? first : rest);
        PartitionNode highNode = partition(high, firstLow ? rest : first);
        return PartitionNode.cut(nx, ny, c, lowNode, highNode);
    }

    /** The prefix length whose weight is closest to half the total (at least one item each side). */
    private static int balancedSplit(List<Item> items, double total) {
        int best = 1;
        double bestGap = Double.MAX_VALUE;
        double cum = 0;
        for (int i = 1; i < items.size(); i++) {
            cum += items.get(i - 1).weight();
            double gap = Math.abs(cum / total - 0.5);
            if (gap < bestGap) {
                bestGap = gap;
                best = i;
            }
        }
        return best;
    }

    /** A rectangle covering the region on one side of the cut. */
    private Polygon halfPlane(HalfPlaneArea a, double c, boolean low) {
        double margin = 1 + (a.maxV - a.minV) + (a.maxU - a.minU);
        double u0 = low ? a.minU - margin : c;
        double u1 = low ? c : a.maxU + margin;
        double v0 = a.minV - margin;
        double v1 = a.maxV + margin;
        return factory.createPolygon(new Coordinate[] {
            a.toXY(u0, v0), a.toXY(u1, v0), a.toXY(u1, v1), a.toXY(u0, v1), a.toXY(u0, v0)});
    }

    /** Records the pieces of the cut line inside the region, each drawn a little beyond it. */
    private void addCut(Geometry region, HalfPlaneArea a, double c) {
        LineString line = factory.createLineString(new Coordinate[] {
            a.toXY(c, a.minV - 1), a.toXY(c, a.maxV + 1)});
        Geometry inside = region.intersection(line);
        for (int i = 0; i < inside.getNumGeometries(); i++) {
            if (inside.getGeometryN(i) instanceof LineString piece && piece.getLength() > 0) {
                Coordinate s = piece.getCoordinateN(0);
                Coordinate e = piece.getCoordinateN(piece.getNumPoints() - 1);
                double len = s.distance(e);
                double dx = (e.x - s.x) / len * OVERSHOOT;
                double dy = (e.y - s.y) / len * OVERSHOOT;
                cuts.add(factory.createLineString(new Coordinate[] {
                    new Coordinate(s.x - dx, s.y - dy), new Coordinate(e.x + dx, e.y + dy)}));
            }
        }
    }

    /** Region in a rotated frame u = n·p, v = t·p, where cuts are lines u = c. */
    static final class HalfPlaneArea {
        private final double nx;
        private final double ny;
        private final List<double[]> us = new ArrayList<>();
        private final List<double[]> vs = new ArrayList<>();
        private final List<Double> signs = new ArrayList<>();
        private final double totalArea;
        double minU = Double.MAX_VALUE;
        double maxU = -Double.MAX_VALUE;
        double minV = Double.MAX_VALUE;
        double maxV = -Double.MAX_VALUE;

        HalfPlaneArea(Geometry region, double nx, double ny) {
            this.nx = nx;
            this.ny = ny;
            double sum = 0;
            for (int i = 0; i < region.getNumGeometries(); i++) {
                if (region.getGeometryN(i) instanceof Polygon p) {
                    sum += addRing(p.getExteriorRing().getCoordinates(), true);
                    for (int h = 0; h < p.getNumInteriorRing(); h++) {
                        sum += addRing(p.getInteriorRingN(h).getCoordinates(), false);
                    }
                }
            }
            totalArea = sum;
        }

        private double addRing(Coordinate[] ring, boolean shell) {
            double[] u = new double[ring.length];
            double[] v = new double[ring.length];
            for (int i = 0; i < ring.length; i++) {
                u[i] = nx * ring[i].x + ny * ring[i].y;
                v[i] = -ny * ring[i].x + nx * ring[i].y;
                minU = Math.min(minU, u[i]);
                maxU = Math.max(maxU, u[i]);
                minV = Math.min(minV, v[i]);
                maxV = Math.max(maxV, v[i]);
            }
            double signed = clippedSignedArea(u, v, Double.POSITIVE_INFINITY);
            // shells count positive, holes negative, whatever the ring orientation
            double sign = Math.signum(signed) * (shell ? 1 : -1);
            us.add(u);
            vs.add(v);
            signs.add(sign);
            return sign * signed;
        }

        Coordinate toXY(double u, double v) {
            return new Coordinate(nx * u - ny * v, ny * u + nx * v);
        }

        /** The cut u = c leaving {@code share} of the area on the low side (bisection). */
        double cutFor(double share) {
            double lo = minU;
            double hi = maxU;
            for (int i = 0; i < 60; i++) {
                double mid = (lo + hi) / 2;
                if (lowArea(mid) < share * totalArea) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return (lo + hi) / 2;
        }

        double lowArea(double c) {
            double sum = 0;
            for (int r = 0; r < us.size(); r++) {
                sum += signs.get(r) * clippedSignedArea(us.get(r), vs.get(r), c);
            }
            return sum;
        }

        /**
         * Signed area of a closed ring clipped to u <= c (Sutherland-Hodgman against one
         * half-plane; for non-convex rings the extra edges along the cut cancel out in the sum).
         */
        static double clippedSignedArea(double[] u, double[] v, double c) {
            double sum = 0;
            double firstU = Double.NaN;
            double firstV = Double.NaN;
            double prevOutU = Double.NaN;
            double prevOutV = Double.NaN;
            int n = u.length - 1; // closed ring: last == first
            for (int i = 0; i < n; i++) {
                int j = i + 1;
                boolean inI = u[i] <= c;
                boolean inJ = u[j] <= c;
                if (inI != inJ) {
                    double t = (c - u[i]) / (u[j] - u[i]);
                    double pu = c;
                    double pv = v[i] + t * (v[j] - v[i]);
                    if (Double.isNaN(firstU)) {
                        firstU = pu;
                        firstV = pv;
                    } else {
                        sum += prevOutU * pv - pu * prevOutV;
                    }
                    prevOutU = pu;
                    prevOutV = pv;
                }
                if (inJ) {
                    if (Double.isNaN(firstU)) {
                        firstU = u[j];
                        firstV = v[j];
                    } else {
                        sum += prevOutU * v[j] - u[j] * prevOutV;
                    }
                    prevOutU = u[j];
                    prevOutV = v[j];
                }
            }
            if (!Double.isNaN(firstU)) {
                sum += prevOutU * firstV - firstU * prevOutV;
            }
            return sum / 2;
        }
    }
}
