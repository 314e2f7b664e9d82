package com.gridwall.geo.io;

import com.gridwall.domain.Level;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature as read from the file, before the hierarchy is checked.
 *
 * @param complete false when a field had a problem (already reported); then only code is reliable
 */
record RawFeature(int index, String code, String name, Level level, String parentCode, Geometry geometry,
                  boolean context, boolean complete) {
}
