package com.gridwall.geo.projection;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Ground area of a lon/lat polygon on the WGS84 ellipsoid, via Lambert's cylindrical equal-area
 * projection of the ellipsoid: the projection preserves area exactly, so the planar area of the
 * projected rings is the ground area (edges are taken as straight in the projection, which for
 * units of a few km differs from geodesic edges by far less than the data's own precision).
 * Uses {@link StrictMath} so the generator's output is identical on every JVM and JIT state.
 * Stateless and thread-safe.
 */
public final class EllipsoidalArea {
    static final double A = 6_378_137.0;
    static final double F = 1 / 298.257223563;
    static final double E2 = F * (2 - F);
    static final double E = Math.sqrt(E2);

    private EllipsoidalArea() {
    }

    /** Area in km² of the polygonal parts of {@code g} (lon/lat degrees). */
    public static double km2(Geometry g) {
        double m2 = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                m2 += Math.abs(ringArea(p.getExteriorRing()));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    m2 -= Math.abs(ringArea(p.getInteriorRingN(h)));
                }
            }
        }
        return m2 / 1e6;
    }

    /** Signed area in m² of a closed ring (shoelace in the equal-area projection). */
    static double ringArea(LinearRing ring) {
        Coordinate[] c = ring.getCoordinates();
        double sum = 0;
        double x0 = x(c[0].x);
        double y0 = y(c[0].y);
        for (int i = 1; i < c.length; i++) {
            double x1 = x(c[i].x);
            double y1 = y(c[i].y);
            sum += x0 * y1 - x1 * y0;
            x0 = x1;
            y0 = y1;
        }
        return sum / 2;
    }

    static double x(double lonDeg) {
        return A * StrictMath.toRadians(lonDeg);
    }

    /** a·q(φ)/2, q being the authalic function of the ellipsoid. */
    static double y(double latDeg) {
        double s = StrictMath.sin(StrictMath.toRadians(latDeg));
        double q = (1 - E2) * (s / (1 - E2 * s * s) - (1 / (2 * E)) * StrictMath.log((1 - E * s) / (1 + E * s)));
        return A * q / 2;
    }
}
