package com.gridwall.geo.io;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Makes a unit's polygon valid. Real outlines carry repeated and self-touching vertices: those are
 * repaired with {@link GeometryFixer}; a repair that loses the shape (empty, not polygonal, or an area
 * change above {@link #MAX_AREA_CHANGE}) is refused, because silently drawing a different area
 * would mislead operators. Stateless and thread-safe.
 */
final class GeometryRepair {
    /** Relative area change a repair may cause before the feature is rejected. */
    static final double MAX_AREA_CHANGE = 0.01;

    /** Outcome: the geometry to use, or a rejection reason; {@code note} describes a repair made. */
    record Result(Geometry geometry, String note, String rejection) {
    }

    private GeometryRepair() {
    }

    static Result repair(Geometry g) {
        if (!(g instanceof Polygonal)) {
            return new Result(null, null, "geometry is " + g.getGeometryType() + ", expected Polygon or MultiPolygon");
        }
        if (g.isEmpty()) {
            return new Result(null, null, "geometry is empty");
        }
        IsValidOp op = new IsValidOp(g);
        if (op.isValid()) {
            return new Result(g, null, null);
        }
        TopologyValidationError err = op.getValidationError();
        String why = err.getMessage() + " at " + err.getCoordinate().x + " " + err.getCoordinate().y;
        Geometry fixed = GeometryFixer.fix(g);
        if (fixed.isEmpty()) {
            return new Result(null, null, "invalid (" + why + ") and the repair is empty");
        }
        if (!(fixed instanceof Polygonal)) {
            return new Result(null, null, "invalid (" + why + ") and the repair is a " + fixed.getGeometryType());
        }
        double before = Math.abs(g.getArea());
        double after = fixed.getArea();
        double change = before == 0 ? Double.POSITIVE_INFINITY : Math.abs(after - before) / before;
        if (change > MAX_AREA_CHANGE) {
            return new Result(null, null, String.format(java.util.Locale.ROOT,
                    "invalid (%s) and the repair changes the area by %.1f%%", why, change * 100));
        }
        return new Result(fixed, String.format(java.util.Locale.ROOT,
                "repaired (%s), area change %.4f%%", why, change * 100), null);
    }
}
