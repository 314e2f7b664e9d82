package com.gridwall.ui.map;

import com.gridwall.domain.Level;
import com.gridwall.ui.PulseActivity;
import java.util.ArrayList;
import java.util.List;

/**
 * The map's painters and the policy of when to paint them again.
 *
 * <p>All {@link MapLayer}s paint, on the {@link MapRenderThread}, one static image covering the view
 * plus a margin on every side. Each pulse the FX thread pulls the newest finished image and the
 * {@link MapCompositor} shows it moved and scaled for the current view, so panning and zooming cost a
 * copy, not a repaint. A new image is requested when the view settles at a new scale or level of
 * detail, when the view leaves the painted area, when the image would be scaled beyond 2x either way,
 * when size, palette or fonts change, or when a layer is marked dirty. Until it arrives the previous
 * image stands in (slightly blurred or with an empty edge). Confined to the FX thread.
 */
final class MapLayerStack {
    /** Painted margin on each side, as a fraction of the view: room to pan before a repaint. */
    private static final double MARGIN = 0.25;

    private final List<MapLayer> layers = new ArrayList<>();
    private final MapRenderThread renderer = new MapRenderThread();
    private final MapCompositor compositor = new MapCompositor();
    private MapFrame requested;
    private boolean synchronous;

    javafx.scene.Node node() {
        return compositor.node();
    }

    /** The compositor (tests of what is on screen). */
    MapCompositor compositor() {
        return compositor;
    }

    void add(MapLayer layer, int index) {
        layers.add(index, layer);
        invalidate();
    }

    List<MapLayer> layers() {
        return List.copyOf(layers);
    }

    void invalidate() {
        requested = null;
    }

    /** Paint on the calling (FX) thread instead of the render thread: snapshots and tests of exact frames. */
    void setSynchronous(boolean sync) {
        this.synchronous = sync;
    }

    /** The render thread's paints step aside while {@code activity}'s pulses are produced. */
    void yieldTo(PulseActivity activity) {
        renderer.yieldTo(activity);
    }

    long repaints() {
        return renderer.paints();
    }

    /** "paints=N mean_ms=X max_ms=Y" of the render thread. */
    String paintStats() {
        long n = renderer.paints();
        return String.format(java.util.Locale.ROOT, "repaints=%d repaint_mean_ms=%.1f repaint_max_ms=%.1f repaint_cpu_mean_ms=%.1f "
                + "repaint_yield_mean_ms=%.1f reused_pictures=%d updated_in_place=%d", n, n == 0 ? 0 : renderer.paintNanos() / 1e6 / n,
                renderer.maxPaintNanos() / 1e6, n == 0 ? 0 : renderer.paintCpuNanos() / 1e6 / n,
                n == 0 ? 0 : renderer.yieldNanos() / 1e6 / n, renderer.reusedPictures(), renderer.updatedInPlace());
    }

    /** The newest image shown, or null. */
    StaticImage shown() {
        return renderer.latest();
    }

    Level shownLevel() {
        StaticImage img = renderer.latest();
        return img == null ? null : img.frame().level();
    }

    /** True while a requested image is not yet shown, or not yet in every band. */
    boolean pending() {
        return renderer.busy() || compositor.rollingOut();
    }

    /**
     * One frame: requests a new image if needed, then shows the newest one for {@code view}.
     * {@code wanted} describes the visible area (device pixels) with the level wanted at this scale.
     */
    void render(Viewport view, MapFrame wanted, double renderScale, boolean settled, boolean paintNow) {
        int w = wanted.width();
        int h = wanted.height();
        int cw = (int) Math.ceil(w * (1 + 2 * MARGIN));
        int ch = (int) Math.ceil(h * (1 + 2 * MARGIN));
        boolean repaint = requested == null
                || requested.width() != cw || requested.height() != ch
                || requested.palette() != wanted.palette()
                || requested.labelFont() != wanted.labelFont()
                || requested.map() != wanted.map()
                || requested.pixelRatio() != wanted.pixelRatio()
                || !requested.reserved().equals(wanted.reserved())
                || layers.stream().anyMatch(MapLayer::isDirty)
                || !covers(requested, view, w, h);
        if (!repaint) {
            double k = view.scale() / requested.scale();
            repaint = k < 0.5 || k > 2 || settled && (k != 1 || requested.level() != wanted.level());
        }
        if (repaint) {
            double mx = Math.round(w * MARGIN);
            double my = Math.round(h * MARGIN);
            requested = new MapFrame(wanted.map(), wanted.level(), view.scale(),
                    Math.round(view.offsetX(w)) + mx, Math.round(view.offsetY(h)) + my, cw, ch,
                    wanted.pixelRatio(), wanted.palette(), wanted.labelFont(), wanted.labelFontBold(),
                    (int) mx, (int) my, w, h, wanted.reserved());
            layers.forEach(MapLayer::clean);
            if (!paintNow && !synchronous) {
                renderer.request(requested, layers);
            }
        }
        StaticImage latest = renderer.latest();
        if ((paintNow || synchronous) && (latest == null || latest.frame() != requested)) {
            renderer.paintNow(requested, layers);
        }
        boolean progressive = !paintNow && !synchronous;
        renderer.readLatest(img -> compositor.show(img, view, w, h, renderScale, progressive));
    }

    /** True if {@code f}'s image (moved and scaled as it would be for {@code view}) still covers the view. */
    private static boolean covers(MapFrame f, Viewport view, int w, int h) {
        double x0 = (0 - f.offsetX()) / f.scale();
        double y0 = (0 - f.offsetY()) / f.scale();
        double x1 = (f.width() - f.offsetX()) / f.scale();
        double y1 = (f.height() - f.offsetY()) / f.scale();
        return view.worldX(0, w) >= x0 && view.worldY(0, h) >= y0
                && view.worldX(w, w) <= x1 && view.worldY(h, h) <= y1;
    }
}
