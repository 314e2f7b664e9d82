package com.gridwall.ui.map.layer;

import com.gridwall.ui.map.MapView;
import com.gridwall.ui.map.Mercator;
import com.gridwall.ui.map.Viewport;
import javafx.scene.Group;
import javafx.scene.shape.Circle;

/**
 * A short expanding ring around a few newly arrived incidents: a fixed pool of {@link #MAX_RINGS}
 * circle nodes ({@code .map-pulse} and {@code .map-pulse-0..2} by age in wall.css fade them out),
 * moved and resized each pulse while a ring lives. Of the incidents new in a model, the most severe
 * (then the newest) get a free ring; a ring plays its whole life unless a more severe incident needs it.
 *
 * <p>Why a few separate small nodes, not one path of many rings: the renderer repaints the bounds of
 * what changed. One path holding rings all over the map has the whole map as its bounds, so every
 * pulse repainted the full 4K frame; {@link #MAX_RINGS} small circles are that many small rectangles,
 * within the renderer's dirty-region budget (6 by default), so a pulse repaints a few hundred pixels
 * square each. A burst of thousands of incidents still costs {@link #MAX_RINGS} nodes. Confined to
 * the FX thread.
 */
final class PulseOverlay extends Group {
    static final int MAX_RINGS = 5;
    static final long LIFE_NANOS = 1_600_000_000L;
    private static final double START_RADIUS = 6;
    private static final double GROWTH = 26;

    private final Circle[] rings = new Circle[MAX_RINGS];
    private final int[] ringAge = new int[MAX_RINGS];
    private final double[] wx = new double[MAX_RINGS];
    private final double[] wy = new double[MAX_RINGS];
    private final long[] born = new long[MAX_RINGS];
    private final int[] ringSeverity = new int[MAX_RINGS];
    private final int[] pick = new int[MAX_RINGS];
    private int alive;
    private long newestSeen = Long.MIN_VALUE;

    PulseOverlay() {
        for (int i = 0; i < MAX_RINGS; i++) {
            rings[i] = new Circle();
            rings[i].getStyleClass().addAll("map-pulse", "map-pulse-0");
            rings[i].setMouseTransparent(true);
            rings[i].setVisible(false);
            ringAge[i] = 0;
        }
        setMouseTransparent(true);
        setManaged(false);
        getChildren().addAll(rings);
    }

    /** Starts rings for the model's markers reported after the newest one seen so far (the first model only sets the mark). */
    void onModel(MapOverlayModel m, long nowNanos) {
        long newest = newestSeen;
        int picked = 0;
        for (int i = 0; i < m.count(); i++) {
            long t = m.reportedAt()[i];
            newest = Math.max(newest, t);
            if (newestSeen == Long.MIN_VALUE || t <= newestSeen) {
                continue;
            }
            // keep the MAX_RINGS most severe (then newest) of the new ones: insertion into a tiny sorted array
            if (picked == MAX_RINGS && !better(m, i, pick[MAX_RINGS - 1])) {
                continue;
            }
            int k = picked < MAX_RINGS ? picked++ : MAX_RINGS - 1;
            while (k > 0 && better(m, i, pick[k - 1])) {
                pick[k] = pick[k - 1];
                k--;
            }
            pick[k] = i;
        }
        for (int j = 0; j < picked; j++) {
            int i = pick[j];
            int slot = slotFor(m.severity()[i], nowNanos);
            if (slot < 0) {
                break; // the candidates are sorted best first: the rest cannot take a slot either
            }
            wx[slot] = Mercator.x(m.lon()[i]);
            wy[slot] = Mercator.y(m.lat()[i]);
            born[slot] = nowNanos;
            ringSeverity[slot] = m.severity()[i];
            alive = Math.min(MAX_RINGS, alive + 1);
        }
        if (m.count() > 0) {
            newestSeen = newest;
        }
    }

    /**
     * A slot for a new ring of {@code severity}: a free one (its ring has run its life), else the least
     * severe (then oldest) live ring if it is less severe than the new one, else -1. A ring thus plays
     * its whole life unless a more severe incident needs its place: at 10k events/s the rings do not
     * jump every pulse, and a severity-4 incident always gets one.
     */
    private int slotFor(int severity, long nowNanos) {
        int weakest = -1;
        for (int k = 0; k < MAX_RINGS; k++) {
            if (born[k] == 0 || nowNanos - born[k] >= LIFE_NANOS) {
                return k;
            }
            if (weakest < 0 || ringSeverity[k] < ringSeverity[weakest]
                    || ringSeverity[k] == ringSeverity[weakest] && born[k] < born[weakest]) {
                weakest = k;
            }
        }
        return ringSeverity[weakest] < severity ? weakest : -1;
    }

    private static boolean better(MapOverlayModel m, int a, int b) {
        int sa = m.severity()[a];
        int sb = m.severity()[b];
        return sa != sb ? sa > sb : m.reportedAt()[a] > m.reportedAt()[b];
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
        int live = 0;
        for (int i = 0; i < MAX_RINGS; i++) {
            long age = nowNanos - born[i];
            Circle c = rings[i];
            if (born[i] == 0 || age < 0 || age >= LIFE_NANOS) {
                c.setVisible(false);
                continue;
            }
            live++;
            double t = age / (double) LIFE_NANOS;
            double r = START_RADIUS + GROWTH * t;
            double x = (wx[i] * v.scale() + v.offsetX(w)) / rs;
            double y = (wy[i] * v.scale() + v.offsetY(h)) / rs;
            if (x < -r || y < -r || x > view.getWidth() + r || y > view.getHeight() + r) {
                c.setVisible(false);
                continue;
            }
            c.setCenterX(x);
            c.setCenterY(y);
            c.setRadius(r);
            int a = Math.min(2, (int) (t * 3));
            if (a != ringAge[i]) {
                c.getStyleClass().set(1, "map-pulse-" + a);
                ringAge[i] = a;
            }
            c.setVisible(true);
        }
        alive = live;
        if (live == 0) {
            java.util.Arrays.fill(born, 0);
        }
    }
}
