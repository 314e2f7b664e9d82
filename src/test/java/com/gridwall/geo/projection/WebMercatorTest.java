package com.gridwall.geo.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.CommonCRS;
import org.junit.jupiter.api.Test;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.operation.MathTransform;

/** Our plain-arithmetic EPSG:3857 against Apache SIS's: within a millimetre, both ways. */
class WebMercatorTest {
    @Test
    void agreesWithApacheSisToAMillimetre() throws Exception {
        CoordinateReferenceSystem lonLat = CommonCRS.WGS84.normalizedGeographic();
        CoordinateReferenceSystem mercator = CRS.forCode("EPSG:3857");
        MathTransform forward = CRS.findOperation(lonLat, mercator, null).getMathTransform();
        SplittableRandom random = new SplittableRandom(3857);
        double worst = 0;
        for (int i = 0; i < 20_000; i++) {
            double lon = i == 0 ? 113.875245 : random.nextDouble(-180, 180);
            double lat = i == 0 ? 35.30385 : random.nextDouble(-85, 85);
            double[] sis = new double[2];
            forward.transform(new double[] {lon, lat}, 0, sis, 0, 1);
            double dx = WebMercator.x(lon) - sis[0];
            double dy = WebMercator.y(lat) - sis[1];
            worst = Math.max(worst, Math.hypot(dx, dy));
            assertEquals(lon, WebMercator.lon(sis[0]), 1e-9);
            assertEquals(lat, WebMercator.lat(sis[1]), 1e-9);
        }
        assertTrue(worst < 1e-3, "worst difference " + worst + " m");
    }

    @Test
    void knownValuesAndClamping() {
        assertEquals(20_037_508.342789244, WebMercator.x(180), 1e-6);
        assertEquals(20_037_508.342789244, WebMercator.y(WebMercator.MAX_LAT), 1e-3);
        assertEquals(WebMercator.y(WebMercator.MAX_LAT), WebMercator.y(89.9), 0);
        assertEquals(0, WebMercator.y(0), 1e-6);
    }
}
