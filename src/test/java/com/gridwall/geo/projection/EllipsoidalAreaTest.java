package com.gridwall.geo.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class EllipsoidalAreaTest {
    private final GeometryFactory f = new GeometryFactory();

    @Test
    void wholeEllipsoidMatchesTheKnownSurfaceAreaOfWgs84() {
        // published WGS84 surface area: 510,065,621.7 km²
        assertEquals(510_065_621.7, EllipsoidalArea.km2(box(-180, -90, 180, 90)), 1.0);
    }

    @Test
    void oneDegreeCellAtTheEquatorAndAHoleAreExact() {
        // independent of the authalic formula: integrate M·N·cos φ (meridian and prime-vertical radii)
        assertEquals(integrated(0, 1) / 1e6, EllipsoidalArea.km2(box(0, 0, 1, 1)), 1e-6);
        assertEquals(integrated(35, 35.5) / 2 / 1e6, EllipsoidalArea.km2(box(113.5, 35, 114, 35.5)), 1e-6);
        Geometry donut = box(0, 0, 1, 1).difference(box(0.25, 0.25, 0.75, 0.75));
        assertEquals(EllipsoidalArea.km2(box(0, 0, 1, 1)) - EllipsoidalArea.km2(box(0.25, 0.25, 0.75, 0.75)),
                EllipsoidalArea.km2(donut), 1e-6);
    }

    /** m² of a 1°-wide lat band [lat0, lat1] by Simpson's rule on the ellipsoid's area element. */
    private static double integrated(double lat0, double lat1) {
        double a = 6_378_137.0;
        double f = 1 / 298.257223563;
        double e2 = f * (2 - f);
        int n = 2000;
        double h = Math.toRadians(lat1 - lat0) / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double phi = Math.toRadians(lat0) + i * h;
            double w2 = 1 - e2 * Math.sin(phi) * Math.sin(phi);
            double element = a * (1 - e2) / Math.pow(w2, 1.5) * a / Math.sqrt(w2) * Math.cos(phi);
            sum += element * (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2);
        }
        return sum * h / 3 * Math.toRadians(1);
    }

    private Geometry box(double x0, double y0, double x1, double y1) {
        return f.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1),
            new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }
}
