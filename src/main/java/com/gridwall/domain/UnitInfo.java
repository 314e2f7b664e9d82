package com.gridwall.domain;

/**
 * Geometry-free facts about one map unit, for layers that must not depend on geo (store, feed).
 *
 * @param lon      longitude of a point guaranteed inside the unit (not necessarily the centroid)
 * @param lat      latitude of that point
 * @param areaKm2  ground area in square kilometres
 * @param urban    true for urban units (streets 街道, communities 社区 and their grids), false for towns and villages
 */
public record UnitInfo(String code, String name, Level level, String parentCode,
                       double lon, double lat, double areaKm2, boolean urban) {
}
