package com.gridwall.ui.map;

import com.gridwall.ui.PulseActivity;

/**
 * Points in a layer's paint where the map's render thread steps aside while a frame is being produced
 * (see {@link PulseActivity}). Painting code calls {@link #point} between steps of about a millisecond
 * (a layer, a band of rows, a batch of blits); on any thread not painting for the
 * {@link MapRenderThread} (snapshots and tests paint on the FX thread) it returns at once.
 *
 * <p>Thread-safety: the binding is per thread.
 */
public final class PaintYield {
    private static final ThreadLocal<PulseActivity> BOUND = new ThreadLocal<>();

    private PaintYield() {
    }

    /** Waits, if this thread paints in the background, until no pulse is being produced. */
    public static void point() {
        PulseActivity a = BOUND.get();
        if (a != null) {
            a.awaitQuiet();
        }
    }

    /** Makes this thread's {@link #point}s wait for {@code activity} (null: never wait). */
    static void bind(PulseActivity activity) {
        if (activity == null) {
            BOUND.remove();
        } else {
            BOUND.set(activity);
        }
    }
}
