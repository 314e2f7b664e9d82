package com.gridwall.ui.map;

import com.gridwall.domain.Level;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Affine;

/**
 * The map's static image and when to repaint it.
 *
 * <p>All {@link MapLayer}s paint into one off-screen canvas covering the view plus a margin on every
 * side; the canvas is then turned into one opaque image shown by an {@link ImageView}. While the view
 * moves, only that image's transform changes (a whole-pixel translate for a pan, a scale for a zoom):
 * with software rendering a whole-pixel move of one opaque image is the cheapest thing to draw, far
 * cheaper than re-rasterising tens of thousands of polygons or compositing translucent canvases.
 * The layers paint again when the view settles at a new scale or level of detail, when the view leaves
 * the painted area, when the image would be scaled beyond 2x either way, when size, palette or font
 * change, or when a layer is marked dirty. Confined to the FX thread.
 */
final class MapLayerStack {
    /** Painted margin on each side, as a fraction of the view: room to pan before a repaint. */
    private static final double MARGIN = 0.25;

    private final List<MapLayer> layers = new ArrayList<>();
    private final Canvas offscreen = new Canvas();
    private final ImageView image = new ImageView();
    private final Affine transform = new Affine();
    private final SnapshotParameters snapshot = new SnapshotParameters();
    private WritableImage pixels;
    private MapFrame cacheFrame;
    private Viewport cacheView;
    private long repaints;

    MapLayerStack() {
        image.setSmooth(false);
        image.setMouseTransparent(true);
        image.setManaged(false);
        image.getTransforms().add(transform);
        image.getStyleClass().add("map-image");
    }

    ImageView node() {
        return image;
    }

    void add(MapLayer layer, int index) {
        layers.add(index, layer);
        invalidate();
    }

    List<MapLayer> layers() {
        return List.copyOf(layers);
    }

    void invalidate() {
        cacheFrame = null;
    }

    /** How often the static image was repainted (tests and benchmarks read it). */
    long repaints() {
        return repaints;
    }

    Level paintedLevel() {
        return cacheFrame == null ? null : cacheFrame.level();
    }

    /**
     * Brings the image up to date for {@code view}; {@code wanted} describes the visible area (device
     * pixels) with the level wanted at this scale.
     */
    void render(Viewport view, MapFrame wanted, double renderScale, boolean settled) {
        double w = wanted.width();
        double h = wanted.height();
        double cw = Math.ceil(w * (1 + 2 * MARGIN));
        double ch = Math.ceil(h * (1 + 2 * MARGIN));
        boolean repaint = cacheFrame == null
                || cacheFrame.width() != cw || cacheFrame.height() != ch
                || cacheFrame.palette() != wanted.palette()
                || cacheFrame.labelFont() != wanted.labelFont()
                || cacheFrame.map() != wanted.map()
                || cacheFrame.pixelRatio() != wanted.pixelRatio()
                || layers.stream().anyMatch(MapLayer::isDirty)
                || !covers(view, w, h);
        if (!repaint) {
            double k = view.scale() / cacheView.scale();
            repaint = k < 0.5 || k > 2 || settled && (k != 1 || cacheFrame.level() != wanted.level());
        }
        if (repaint) {
            cacheView = view;
            double mx = Math.round(w * MARGIN);
            double my = Math.round(h * MARGIN);
            cacheFrame = new MapFrame(wanted.map(), wanted.level(), view.scale(),
                    Math.round(view.offsetX(w)) + mx, Math.round(view.offsetY(h)) + my, cw, ch,
                    wanted.pixelRatio(), wanted.palette(), wanted.labelFont());
            paint(cacheFrame);
        }
        double k = view.scale() / cacheView.scale();
        double offX = view.offsetX(w) - k * cacheFrame.offsetX();
        double offY = view.offsetY(h) - k * cacheFrame.offsetY();
        if (k == 1) {
            // whole device pixels: the renderer's fast path, no resampling
            offX = Math.round(offX);
            offY = Math.round(offY);
        }
        transform.setToTransform(k / renderScale, 0, offX / renderScale, 0, k / renderScale, offY / renderScale);
    }

    private void paint(MapFrame f) {
        if (offscreen.getWidth() != f.width() || offscreen.getHeight() != f.height()) {
            offscreen.setWidth(f.width());
            offscreen.setHeight(f.height());
        }
        GraphicsContext g = offscreen.getGraphicsContext2D();
        g.clearRect(0, 0, f.width(), f.height());
        for (MapLayer layer : layers) {
            g.save();
            layer.paint(g, f);
            g.restore();
            layer.painted();
        }
        if (pixels == null || pixels.getWidth() != f.width() || pixels.getHeight() != f.height()) {
            pixels = new WritableImage((int) f.width(), (int) f.height());
        }
        // an opaque image draws faster; the background comes from CSS like every other colour
        snapshot.setFill(f.palette().get(MapColor.BACKGROUND));
        offscreen.snapshot(snapshot, pixels);
        image.setImage(pixels);
        repaints++;
    }

    /** True if the painted image (moved and scaled as it would be for {@code view}) still covers the view. */
    private boolean covers(Viewport view, double w, double h) {
        double x0 = (0 - cacheFrame.offsetX()) / cacheFrame.scale();
        double y0 = (0 - cacheFrame.offsetY()) / cacheFrame.scale();
        double x1 = (cacheFrame.width() - cacheFrame.offsetX()) / cacheFrame.scale();
        double y1 = (cacheFrame.height() - cacheFrame.offsetY()) / cacheFrame.scale();
        return view.worldX(0, w) >= x0 && view.worldY(0, h) >= y0
                && view.worldX(w, w) <= x1 && view.worldY(h, h) <= y1;
    }
}
