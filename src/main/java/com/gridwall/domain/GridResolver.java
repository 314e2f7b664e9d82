package com.gridwall.domain;

/**
 * Finds the grid containing a point. Implemented by geo, used by store, wired by app, so the
 * store never depends on geometry code. Implementations must be safe to call from several threads.
 */
@FunctionalInterface
public interface GridResolver {
    /** The grid code whose polygon covers (lon, lat), or null when no grid does. */
    String gridAt(double lon, double lat);
}
