package com.gridwall.ui.map;

import com.gridwall.domain.Level;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Affine;

/**
 * The map's canvases, bottom to top, and the cache policy for the static ones.
 *
 * <p>Cached layers are painted for the view plus a margin on every side, then only re-positioned
 * (an affine on the canvas node: translate for a pan, scale for a zoom) while the view moves. They are
 * repainted when the view settles at a new scale or level of detail, when the view leaves the painted
 * area, when the image would be scaled beyond 2x either way, when the size or palette changes, or when
 * one of them is marked dirty. Dynamic layers repaint whenever the view or their data changes.
 * Confined to the FX thread.
 */
final class MapLayerStack extends Pane {
    /** Painted margin on each side, as a fraction of the view: room to pan before a repaint. */
    private static final double MARGIN = 0.25;

    private final List<MapLayer> layers = new ArrayList<>();
    private MapFrame cacheFrame;
    private Viewport cacheView;
    private Viewport lastDynamicView;
    private long cacheRepaints;

    MapLayerStack() {
        setManaged(false);
        setMouseTransparent(true);
    }

    void add(MapLayer layer, int index) {
        layers.add(index, layer);
        layer.canvas().getTransforms().setAll(new Affine());
        getChildren().add(index, layer.canvas());
        invalidateCache();
    }

    List<MapLayer> layers() {
        return List.copyOf(layers);
    }

    void invalidateCache() {
        cacheFrame = null;
        lastDynamicView = null;
    }

    /** How often the cached layers were repainted (benchmarks and tests read it). */
    long cacheRepaints() {
        return cacheRepaints;
    }

    Level cachedLevel() {
        return cacheFrame == null ? null : cacheFrame.level();
    }

    /**
     * Brings every canvas up to date for {@code view}; {@code dynamic} is the frame for the visible
     * area (device pixels) with the level wanted at this scale.
     */
    void render(Viewport view, MapFrame dynamic, double renderScale, boolean settled) {
        double w = dynamic.width();
        double h = dynamic.height();
        boolean repaintAll = cacheFrame == null
                || cacheFrame.width() != Math.ceil(w * (1 + 2 * MARGIN))
                || cacheFrame.height() != Math.ceil(h * (1 + 2 * MARGIN))
                || cacheFrame.palette() != dynamic.palette()
                || cacheFrame.labelFont() != dynamic.labelFont()
                || cacheFrame.map() != dynamic.map()
                || cacheFrame.pixelRatio() != dynamic.pixelRatio()
                || !covers(view, w, h);
        if (!repaintAll) {
            double k = view.scale() / cacheView.scale();
            repaintAll = k < 0.5 || k > 2
                    || settled && (k != 1 || cacheFrame.level() != dynamic.level());
        }
        if (repaintAll) {
            cacheView = view;
            double mx = Math.round(w * MARGIN);
            double my = Math.round(h * MARGIN);
            cacheFrame = new MapFrame(dynamic.map(), dynamic.level(), view.scale(),
                    view.offsetX(w) + mx, view.offsetY(h) + my,
                    Math.ceil(w * (1 + 2 * MARGIN)), Math.ceil(h * (1 + 2 * MARGIN)), dynamic.pixelRatio(),
                    dynamic.palette(), dynamic.labelFont(), null, null);
            cacheRepaints++;
        }
        double k = view.scale() / cacheView.scale();
        double offX = view.offsetX(w) - k * cacheFrame.offsetX();
        double offY = view.offsetY(h) - k * cacheFrame.offsetY();
        boolean viewChanged = !view.equals(lastDynamicView);
        for (MapLayer layer : layers) {
            Affine a = (Affine) layer.canvas().getTransforms().get(0);
            if (layer.isCached()) {
                if (repaintAll || layer.isDirty()) {
                    layer.repaint(cacheFrame);
                }
                a.setToTransform(k / renderScale, 0, offX / renderScale, 0, k / renderScale, offY / renderScale);
            } else {
                if (viewChanged || layer.isDirty()) {
                    layer.repaint(dynamic);
                }
                a.setToTransform(1 / renderScale, 0, 0, 0, 1 / renderScale, 0);
            }
        }
        lastDynamicView = view;
    }

    /** True if the painted cache (moved and scaled as it would be for {@code view}) still covers the view. */
    private boolean covers(Viewport view, double w, double h) {
        double x0 = (0 - cacheFrame.offsetX()) / cacheFrame.scale();
        double y0 = (0 - cacheFrame.offsetY()) / cacheFrame.scale();
        double x1 = (cacheFrame.width() - cacheFrame.offsetX()) / cacheFrame.scale();
        double y1 = (cacheFrame.height() - cacheFrame.offsetY()) / cacheFrame.scale();
        return view.worldX(0, w) >= x0 && view.worldY(0, h) >= y0
                && view.worldX(w, w) <= x1 && view.worldY(h, h) <= y1;
    }
}
