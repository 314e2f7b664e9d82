package com.gridwall.app;

import com.gridwall.ui.map.Viewport;
import java.util.ArrayList;
import java.util.List;

/**
 * The pan/zoom path both renderers of {@code bench map} follow, frame by frame: zoom in 8x toward a
 * point off-centre, pan at that zoom across 1.5 view widths, zoom back out, pan at the fitted zoom;
 * after each gesture one settled frame (the user pauses; the canvas re-renders crisply).
 *
 * @param view    the view of this frame
 * @param settled true for the pause frame after a gesture
 */
record MapBenchPath(Viewport view, boolean settled) {
    static List<MapBenchPath> frames(Viewport fit, double width, double height, int perGesture) {
        List<MapBenchPath> out = new ArrayList<>();
        double s0 = fit.scale();
        double cx = fit.centerX();
        double cy = fit.centerY();
        double fx = cx + 0.12 * width / s0;
        double fy = cy - 0.08 * height / s0;
        double zoom = 8;
        for (int i = 1; i <= perGesture; i++) {
            double t = (double) i / perGesture;
            out.add(new MapBenchPath(new Viewport(s0 * Math.pow(zoom, t), cx + (fx - cx) * t, cy + (fy - cy) * t), false));
        }
        out.add(new MapBenchPath(out.get(out.size() - 1).view(), true));
        double s = s0 * zoom;
        for (int i = 1; i <= perGesture; i++) {
            double t = (double) i / perGesture;
            out.add(new MapBenchPath(new Viewport(s, fx - 1.5 * width / s * t, fy + 0.5 * height / s * t), false));
        }
        out.add(new MapBenchPath(out.get(out.size() - 1).view(), true));
        Viewport from = out.get(out.size() - 1).view();
        for (int i = 1; i <= perGesture; i++) {
            double t = (double) i / perGesture;
            out.add(new MapBenchPath(new Viewport(s * Math.pow(1 / zoom, t), from.centerX() + (cx - from.centerX()) * t,
                    from.centerY() + (cy - from.centerY()) * t), false));
        }
        out.add(new MapBenchPath(out.get(out.size() - 1).view(), true));
        for (int i = 1; i <= perGesture / 2; i++) {
            double t = (double) i / (perGesture / 2);
            out.add(new MapBenchPath(new Viewport(s0, cx + 0.3 * width / s0 * t, cy), false));
        }
        out.add(new MapBenchPath(out.get(out.size() - 1).view(), true));
        return out;
    }
}
