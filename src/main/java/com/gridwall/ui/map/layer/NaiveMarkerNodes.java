package com.gridwall.ui.map.layer;

import com.gridwall.ui.map.MapView;
import com.gridwall.ui.map.Mercator;
import com.gridwall.ui.map.Viewport;
import javafx.scene.Group;
import javafx.scene.shape.Circle;

/**
 * The benchmark's peer for {@link MarkerLayer}: the obvious JavaFX way, one {@link Circle} node per live
 * marker, repositioned from the model every pulse. Only {@code bench wall} uses it, to show what the
 * sprite-blit layer saves. Confined to the FX thread.
 */
public final class NaiveMarkerNodes extends Group {
    private static final String[] SEVERITY_CLASS = {"naive-marker-1", "naive-marker-2", "naive-marker-3", "naive-marker-4"};

    public NaiveMarkerNodes() {
        setManaged(false);
        setMouseTransparent(true);
    }

    /** One circle per marker of {@code m}, placed for {@code view}'s current camera. */
    public void show(MapOverlayModel m, MapView view) {
        while (getChildren().size() < m.count()) {
            Circle c = new Circle(3);
            c.getStyleClass().add("naive-marker");
            getChildren().add(c);
        }
        if (getChildren().size() > m.count()) {
            getChildren().remove(m.count(), getChildren().size());
        }
        Viewport v = view.viewport();
        double rs = view.renderScale();
        double ox = v.offsetX(view.deviceWidth());
        double oy = v.offsetY(view.deviceHeight());
        for (int i = 0; i < m.count(); i++) {
            Circle c = (Circle) getChildren().get(i);
            c.setCenterX((Mercator.x(m.lon()[i]) * v.scale() + ox) / rs);
            c.setCenterY((Mercator.y(m.lat()[i]) * v.scale() + oy) / rs);
            String cls = SEVERITY_CLASS[Math.max(1, Math.min(4, m.severity()[i])) - 1];
            if (c.getStyleClass().size() < 2 || !c.getStyleClass().get(1).equals(cls)) {
                c.getStyleClass().setAll("naive-marker", cls);
            }
        }
    }
}
