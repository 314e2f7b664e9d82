package com.gridwall.ui.map.layer;

import com.gridwall.ui.map.MapView;
import com.gridwall.ui.map.Mercator;
import com.gridwall.ui.map.Viewport;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * A short expanding ring around each newly arrived incident: three vector paths (young, middle, old
 * rings; {@code .map-pulse-0..2} in wall.css fade them out), whatever the number of rings, rebuilt
 * each pulse while any ring is alive. At most {@link #MAX_RINGS} at once (the newest win), so a burst of
 * thousands of incidents still costs three nodes and a few hundred path elements. Confined to the FX thread.
 */
final class PulseOverlay extends Group {
    static final int MAX_RINGS = 48;
    static final long LIFE_NANOS = 1_600_000_000L;
    private static final double START_RADIUS = 6;
    private static final double GROWTH = 26;

    private final Path[] ages = new Path[3];
    private final double[] wx = new double[MAX_RINGS];
    private final double[] wy = new double[MAX_RINGS];
    private final long[] born = new long[MAX_RINGS];
    private int next;
    private int alive;
    private long newestSeen = Long.MIN_VALUE;

    PulseOverlay() {
        for (int i = 0; i < ages.length; i++) {
            ages[i] = new Path();
            ages[i].getStyleClass().addAll("map-pulse", "map-pulse-" + i);
            ages[i].setMouseTransparent(true);
        }
        setMouseTransparent(true);
        getChildren().addAll(ages);
    }

    /** Starts rings for the model's markers reported after the newest one seen so far (the first model only sets the mark). */
    void onModel(MapOverlayModel m, long nowNanos) {
        long newest = newestSeen;
        int added = 0;
        for (int i = 0; i < m.count() && added < MAX_RINGS; i++) {
            long t = m.reportedAt()[i];
            newest = Math.max(newest, t);
            if (newestSeen != Long.MIN_VALUE && t > newestSeen) {
                wx[next] = Mercator.x(m.lon()[i]);
                wy[next] = Mercator.y(m.lat()[i]);
                born[next] = nowNanos;
                next = (next + 1) % MAX_RINGS;
                alive = Math.min(MAX_RINGS, alive + 1);
                added++;
            }
        }
        if (m.count() > 0) {
            newestSeen = newest;
        }
    }

    /** Rings alive now (tests). */
    int alive() {
        return alive;
    }

    void pulse(MapView view, long nowNanos) {
        if (alive == 0) {
            return;
        }
        Viewport v = view.viewport();
        double rs = view.renderScale();
        double w = view.deviceWidth();
        double h = view.deviceHeight();
        List<List<PathElement>> els = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int live = 0;
        for (int i = 0; i < MAX_RINGS; i++) {
            long age = nowNanos - born[i];
            if (born[i] == 0 || age < 0 || age >= LIFE_NANOS) {
                continue;
            }
            live++;
            double t = age / (double) LIFE_NANOS;
            double r = START_RADIUS + GROWTH * t;
            double x = (wx[i] * v.scale() + v.offsetX(w)) / rs;
            double y = (wy[i] * v.scale() + v.offsetY(h)) / rs;
            if (x < -r || y < -r || x > view.getWidth() + r || y > view.getHeight() + r) {
                continue;
            }
            List<PathElement> p = els.get(Math.min(2, (int) (t * 3)));
            p.add(new MoveTo(x - r, y));
            p.add(new ArcTo(r, r, 0, x + r, y, false, true));
            p.add(new ArcTo(r, r, 0, x - r, y, false, true));
        }
        for (int i = 0; i < ages.length; i++) {
            ages[i].getElements().setAll(els.get(i));
        }
        alive = live;
        if (live == 0) {
            java.util.Arrays.fill(born, 0);
        }
    }
}
