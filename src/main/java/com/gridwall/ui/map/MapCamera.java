package com.gridwall.ui.map;

/**
 * The camera of the map: the view shown now and the view it glides toward. Keyboard, wheel and
 * gesture zooms set a target that is reached smoothly over a few frames; drags move both at once so
 * the map sticks to the pointer. Scale is kept between a fraction of the fitted view and deep zoom,
 * and the centre is kept over the area. Confined to the FX thread.
 */
final class MapCamera {
    /** Time constant of the glide: about 90% of the way in ~0.2 s. */
    private static final double GLIDE_SECONDS = 0.09;
    /** The view counts as settled (worth a crisp re-render) after this long without motion. */
    private static final long SETTLE_NANOS = 140_000_000L;
    private static final double MIN_ZOOM = 0.6;
    private static final double MAX_ZOOM = 400;

    private ProjectedMap map;
    private double width = 1;
    private double height = 1;
    private Viewport fit = new Viewport(1, 0, 0);
    private Viewport current = fit;
    private Viewport target = fit;
    private long lastNanos = -1;
    private long lastMotionNanos;

    void setMap(ProjectedMap map) {
        this.map = map;
        refit(true);
    }

    /** New size in device pixels; keeps the relative zoom and centre. */
    void resize(double w, double h) {
        if (w == width && h == height) {
            return;
        }
        double zoom = current.scale() / fit.scale();
        double targetZoom = target.scale() / fit.scale();
        width = Math.max(1, w);
        height = Math.max(1, h);
        Viewport oldCurrent = current;
        Viewport oldTarget = target;
        refit(false);
        current = new Viewport(fit.scale() * zoom, oldCurrent.centerX(), oldCurrent.centerY());
        target = new Viewport(fit.scale() * targetZoom, oldTarget.centerX(), oldTarget.centerY());
        moved();
    }

    private void refit(boolean reset) {
        if (map == null) {
            return;
        }
        double mw = Math.max(map.maxX() - map.minX(), 1e-6);
        double mh = Math.max(map.maxY() - map.minY(), 1e-6);
        double s = Math.min(width / mw, height / mh) * 0.92;
        fit = new Viewport(s, (map.minX() + map.maxX()) / 2, (map.minY() + map.maxY()) / 2);
        if (reset) {
            current = fit;
            target = fit;
            moved();
        }
    }

    Viewport current() {
        return current;
    }

    Viewport target() {
        return target;
    }

    Viewport fitted() {
        return fit;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** Glide back to the fitted view. */
    void reset() {
        target = fit;
        moved();
    }

    void zoomAt(double factor, double px, double py) {
        target = clamp(target.zoomedAt(factor, px, py, width, height));
        moved();
    }

    /** Smooth pan (keyboard). */
    void glideBy(double dx, double dy) {
        target = clamp(target.panned(dx, dy));
        moved();
    }

    /** Direct pan (drag, touch scroll): no glide. */
    void dragBy(double dx, double dy) {
        current = clamp(current.panned(dx, dy));
        target = clamp(target.panned(dx, dy));
        moved();
    }

    /** Glides to {@code v} (drill-down, alerts). */
    void glideTo(Viewport v) {
        target = clamp(v);
        moved();
    }

    /** Jumps straight to {@code v} (benchmarks, tests). */
    void jumpTo(Viewport v) {
        current = clamp(v);
        target = current;
        moved();
    }

    private void moved() {
        lastMotionNanos = lastNanos < 0 ? 0 : lastNanos;
    }

    /** Advances the glide; returns true if the shown view changed. */
    boolean step(long nowNanos) {
        double dt = lastNanos < 0 ? 1.0 / 60 : Math.min(0.1, (nowNanos - lastNanos) / 1e9);
        lastNanos = nowNanos;
        if (current.equals(target)) {
            return false;
        }
        if (current.closeTo(target, width, height)) {
            current = target;
        } else {
            current = current.toward(target, 1 - Math.exp(-dt / GLIDE_SECONDS));
        }
        lastMotionNanos = nowNanos;
        return true;
    }

    boolean settled(long nowNanos) {
        return current.equals(target) && nowNanos - lastMotionNanos >= SETTLE_NANOS;
    }

    private Viewport clamp(Viewport v) {
        double s = Math.max(fit.scale() * MIN_ZOOM, Math.min(fit.scale() * MAX_ZOOM, v.scale()));
        double cx = v.centerX();
        double cy = v.centerY();
        if (map != null) {
            cx = Math.max(map.minX(), Math.min(map.maxX(), cx));
            cy = Math.max(map.minY(), Math.min(map.maxY(), cy));
        }
        return new Viewport(s, cx, cy);
    }
}
