package com.gridwall.ui.map;

import com.gridwall.domain.Level;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.MapUnit;
import javafx.scene.Group;
import javafx.scene.shape.Polygon;
import javafx.scene.transform.Affine;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The naive peer of {@link MapView} for the map benchmark: one JavaFX {@link Polygon} node per unit
 * of a level in one {@link Group}, moved by a transform on the group. It exists only to be measured
 * against; the wall never uses it. Colours from CSS ({@code .naive-unit}). FX thread only.
 */
public final class NaivePolygonMap extends Group {
    private final Group content = new Group();
    private final Affine transform = new Affine();
    private final double originX;
    private final double originY;
    private double strokeScale = Double.NaN;

    public NaivePolygonMap(GridMap map, Level level) {
        getStyleClass().add("naive-map");
        ProjectedMap projected = new ProjectedMap(map);
        // coordinates relative to the area's centre: Prism stores geometry as floats
        originX = (projected.minX() + projected.maxX()) / 2;
        originY = (projected.minY() + projected.maxY()) / 2;
        for (MapUnit u : map.unitsAt(level)) {
            Geometry g = u.geometry();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof org.locationtech.jts.geom.Polygon p) {
                    Coordinate[] ring = p.getExteriorRing().getCoordinates();
                    double[] pts = new double[ring.length * 2];
                    for (int k = 0; k < ring.length; k++) {
                        pts[2 * k] = Mercator.x(ring[k].x) - originX;
                        pts[2 * k + 1] = Mercator.y(ring[k].y) - originY;
                    }
                    Polygon node = new Polygon(pts);
                    node.getStyleClass().add("naive-unit");
                    content.getChildren().add(node);
                }
            }
        }
        content.getTransforms().add(transform);
        getChildren().add(content);
    }

    public int nodeCount() {
        return content.getChildren().size();
    }

    /** Shows {@code view} on a {@code width}x{@code height} device-pixel scene (the same path MapView takes). */
    public void show(Viewport view, double width, double height) {
        double s = view.scale();
        transform.setToTransform(s, 0, view.offsetX(width) + originX * s, 0, s, view.offsetY(height) + originY * s);
        if (s != strokeScale) {
            // keep one-pixel outlines at every zoom, as the canvas does
            strokeScale = s;
            for (var n : content.getChildren()) {
                ((Polygon) n).setStrokeWidth(1 / s);
            }
        }
    }
}
