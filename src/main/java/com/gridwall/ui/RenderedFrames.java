package com.gridwall.ui;

import com.sun.javafx.perf.PerformanceTracker;
import com.sun.javafx.tk.TKPulseListener;
import com.sun.javafx.tk.Toolkit;
import java.lang.reflect.Method;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;

/**
 * When a scene's frames are out: the toolkit's signal that the renderer thread has presented a frame,
 * and the end of each pulse's FX-thread work with whether it queued a frame at all. JavaFX has no public
 * API for either, so this reads the toolkit's performance tracker (one render hook per scene, shared
 * here by every listener) and its paint collector (reflectively; the wall runs on the class path).
 *
 * <p>Used to end {@link PulseActivity pulse activity} and by the wall benchmark to time pulses to their
 * frame. Where the toolkit's internals cannot be read, frames still render; only the signals are missing.
 *
 * <p>Thread-safety: {@link #of}, {@link #track}, {@link #untrack}, {@link #addRenderedListener} and
 * {@link #release} on the FX thread; listeners of rendered frames run on the renderer thread.
 */
public final class RenderedFrames {
    private static final Object KEY = RenderedFrames.class;
    private static volatile boolean unhookableSaid;
    private final Scene scene;
    private final CopyOnWriteArrayList<PulseActivity> activities = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<Runnable> renderedListeners = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<PulseEndListener> pulseEndListeners = new CopyOnWriteArrayList<>();

    /** Told, on the FX thread, when a pulse's FX work has ended and whether it queued a frame to render. */
    @FunctionalInterface
    public interface PulseEndListener {
        void pulseEnded(boolean frameQueued);
    }
    /** The toolkit hooks, or null where the toolkit's internals are closed to this code. */
    private Hooks hooks;

    private RenderedFrames(Scene scene) {
        this.scene = scene;
    }

    /**
     * The signals of {@code scene}, hooked into the toolkit on first use. On the module path without
     * the exports named in the pom's javafx:run options the hooks cannot be installed: then no signal
     * ever comes, and {@link PulseActivity} falls back to not holding anyone.
     */
    public static RenderedFrames of(Scene scene) {
        Object existing = scene.getProperties().get(KEY);
        if (existing instanceof RenderedFrames r) {
            return r;
        }
        RenderedFrames r = new RenderedFrames(scene);
        try {
            r.hooks = new Hooks(scene, r);
        } catch (LinkageError | RuntimeException e) {
            if (!unhookableSaid) {
                unhookableSaid = true;
                System.err.println("gridwall: no frame signals from the toolkit (" + e + "); the map paints without waiting for frames");
            }
        }
        scene.getProperties().put(KEY, r);
        return r;
    }

    /** True if the toolkit's frame signals reach this scene's listeners. */
    public boolean hooked() {
        return hooks != null;
    }

    /**
     * The toolkit-internal types live only here, so a toolkit that does not export them fails when the
     * hooks are made (caught in {@link #of}), not when this class is loaded.
     */
    private static final class Hooks {
        private final PerformanceTracker tracker;
        private final TKPulseListener afterScenes;

        Hooks(Scene scene, RenderedFrames r) {
            tracker = PerformanceTracker.getSceneTracker(scene);
            tracker.setOnRenderedFrameTask(r::frameRendered);
            afterScenes = r::afterScenes;
            Toolkit.getToolkit().addPostSceneTkPulseListener(afterScenes);
        }

        void release(Scene scene) {
            Toolkit.getToolkit().removePostSceneTkPulseListener(afterScenes);
            tracker.setOnRenderedFrameTask(null);
            PerformanceTracker.releaseSceneTracker(scene);
        }
    }

    /** Ends {@code activity}'s pulses when this scene's frame is out (or its pulse rendered nothing). */
    public void track(PulseActivity activity) {
        activities.addIfAbsent(activity);
    }

    public void untrack(PulseActivity activity) {
        activities.remove(activity);
        activity.frameDone();
    }

    /** Runs {@code r} on the renderer thread after each presented frame of this scene. */
    public void addRenderedListener(Runnable r) {
        renderedListeners.add(r);
    }

    public void removeRenderedListener(Runnable r) {
        renderedListeners.remove(r);
    }

    /** Tells {@code l} the end of every pulse's FX work (all scenes synced), with whether it queued a frame. */
    public void addPulseEndListener(PulseEndListener l) {
        pulseEndListeners.add(l);
    }

    public void removePulseEndListener(PulseEndListener l) {
        pulseEndListeners.remove(l);
    }

    /** Unhooks from the toolkit (a scene that is thrown away). */
    public void release() {
        if (hooks != null) {
            hooks.release(scene);
            hooks = null;
        }
        scene.getProperties().remove(KEY);
        endActivities();
        activities.clear();
    }

    private void frameRendered() {
        endActivities();
        for (Runnable r : renderedListeners) {
            r.run();
        }
    }

    /** The tracked activities' pulse is over: its frame is out, it rendered nothing, or the scene is gone. */
    private void endActivities() {
        for (PulseActivity a : activities) {
            a.frameDone();
        }
    }

    private void afterScenes() {
        boolean queued = renderQueued();
        if (!queued) {
            endActivities();
        }
        for (PulseEndListener l : pulseEndListeners) {
            l.pulseEnded(queued);
        }
    }

    // The paint collector knows whether this pulse queued a render job; it has no public accessor.
    private static final Method COLLECTOR;
    private static final Method HAS_DIRTY;

    static {
        Method collector = null;
        Method hasDirty = null;
        try {
            Class<?> c = Class.forName("com.sun.javafx.tk.quantum.PaintCollector");
            collector = c.getDeclaredMethod("getInstance");
            hasDirty = c.getDeclaredMethod("hasDirty");
            collector.setAccessible(true);
            hasDirty.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("gridwall: the toolkit's paint collector is unreadable; a pulse that renders nothing is not seen to end (" + e + ")");
        }
        COLLECTOR = collector;
        HAS_DIRTY = hasDirty;
    }

    /** False if {@link #renderQueued} cannot read the toolkit and only guesses. */
    public static boolean knowsQueuedRenders() {
        return HAS_DIRTY != null;
    }

    /**
     * True if the pulse whose FX-thread work just ended queued a frame to render (call after the scenes
     * were synced, on the FX thread). Unreadable: true, so a frame's end is awaited from the renderer.
     */
    static boolean renderQueued() {
        if (HAS_DIRTY == null) {
            return true;
        }
        try {
            return (Boolean) HAS_DIRTY.invoke(COLLECTOR.invoke(null));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;
        }
    }
}
