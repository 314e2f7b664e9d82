package com.gridwall.geo;

import com.gridwall.domain.Level;
import org.locationtech.jts.geom.Geometry;

/**
 * One administrative unit of a map (district, street, community or grid): a valid polygonal
 * geometry in lon/lat (EPSG:4326 axis order lon, lat). Immutable; the geometry must not be mutated.
 *
 * @param parentCode code of the enclosing unit, or null for a top-level unit
 * @param context    true for units drawn muted as surroundings only (e.g. neighbouring districts)
 */
public record MapUnit(String code, String name, Level level, String parentCode, Geometry geometry,
                      boolean context) {
}
