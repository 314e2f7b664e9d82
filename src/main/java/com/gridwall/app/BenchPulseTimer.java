package com.gridwall.app;

import com.gridwall.ui.FrameLoop;
import com.gridwall.ui.RenderedFrames;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * Times the real pulses of a scene shown in a {@link javafx.stage.Stage}, as the toolkit runs them
 * (60 Hz pulse timer, dirty-region rendering on the renderer thread), instead of rendering the whole
 * scene into a snapshot.
 *
 * <p>What is timed, per pulse: from the start of the pulse's animation phase (this timer's
 * {@code handle}, the first thing a JavaFX pulse runs; it calls the wall's {@link FrameLoop#tick}: the
 * one snapshot pull, the layers, the map) through CSS, layout and the scene-graph sync on the FX thread,
 * to the moment the renderer thread has finished painting that pulse's dirty regions and presenting the
 * frame ({@link RenderedFrames}: the renderer thread's signal that the frame's render job completed).
 * A pulse that changed nothing on screen submits no render job; it is timed to the end of its FX-thread
 * work (the pulse-end signal of {@link RenderedFrames}) and counted apart.
 *
 * <p>Which pulse a finished frame belongs to: at the end of each pulse's FX work the toolkit's paint
 * collector says whether the pulse queued a render job; render jobs run in order, so each finished
 * frame completes the oldest pulse still waiting for one.
 *
 * <p>Thread-safety: {@link #start} and {@link #stop} on the FX thread; {@link #await} from any other
 * thread; the render hook runs on the renderer thread and only hands indices through a concurrent queue.
 */
final class BenchPulseTimer {
    private final FrameLoop loop;
    private final int warmup;
    private final int total;
    private final long[] start;
    private final long[] fxEnd;
    private final long[] tickEnd;
    private final long[] rendered;
    private final boolean[] queuedRender;
    private final boolean[] repainting;
    private final java.util.function.BooleanSupplier repaintPending;
    private final ConcurrentLinkedQueue<Integer> awaitingRender = new ConcurrentLinkedQueue<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final RenderedFrames.PulseEndListener pulseEnded = this::afterScenes;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            onPulse(now);
        }
    };
    private final Runnable onRendered = this::onFrameRendered;
    private RenderedFrames frames;
    private volatile int index = -1;

    /** @param repaintPending whether the map's render thread is painting (logged per pulse, diagnostics) */
    BenchPulseTimer(FrameLoop loop, int warmup, int frames, java.util.function.BooleanSupplier repaintPending) {
        this.loop = loop;
        this.repaintPending = repaintPending;
        this.warmup = warmup;
        this.total = warmup + frames;
        start = new long[total];
        fxEnd = new long[total];
        tickEnd = new long[total];
        rendered = new long[total];
        queuedRender = new boolean[total];
        repainting = new boolean[total];
    }

    /** Hooks into {@code scene} (shown in a stage) and starts pulsing the loop. FX thread. */
    void start(Scene scene) {
        if (!RenderedFrames.knowsQueuedRenders()) {
            throw new IllegalStateException("bench wall: cannot read the toolkit's paint collector");
        }
        frames = RenderedFrames.of(scene);
        if (!frames.hooked()) {
            throw new IllegalStateException("bench wall: no frame signals from the toolkit");
        }
        frames.addRenderedListener(onRendered);
        frames.addPulseEndListener(pulseEnded);
        timer.start();
    }

    private void onPulse(long now) {
        int i = index + 1;
        if (i >= total) {
            timer.stop();
            finished.countDown();
            return;
        }
        start[i] = System.nanoTime();
        repainting[i] = repaintPending.getAsBoolean();
        index = i;
        loop.tick(now);
        tickEnd[i] = System.nanoTime();
    }

    private void afterScenes(boolean frameQueued) {
        int i = index;
        if (i < 0 || i >= total || fxEnd[i] != 0) {
            return;
        }
        fxEnd[i] = System.nanoTime();
        if (frameQueued) {
            queuedRender[i] = true;
            awaitingRender.add(i);
        }
    }

    /** Renderer thread: the oldest pulse waiting for its frame has it now. */
    private void onFrameRendered() {
        long t = System.nanoTime();
        Integer i = awaitingRender.poll();
        if (i != null) {
            rendered[i] = t;
        }
    }

    /** Waits until all pulses ran (and their frames were rendered). Not on the FX thread. */
    boolean await(double seconds) throws InterruptedException {
        boolean ok = finished.await((long) (seconds * 1000), TimeUnit.MILLISECONDS);
        long end = System.nanoTime() + 2_000_000_000L;
        while (!awaitingRender.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        return ok;
    }

    /** Unhooks; returns the measured pulses (after the warm-up). FX thread. */
    Result stop() {
        timer.stop();
        frames.removePulseEndListener(pulseEnded);
        frames.removeRenderedListener(onRendered);
        int n = Math.min(index + 1, total);
        FrameTimes all = new FrameTimes(total);
        FrameTimes withFrame = new FrameTimes(total);
        FrameTimes fxOnly = new FrameTimes(total);
        int noFrame = 0;
        for (int i = warmup; i < n; i++) {
            if (fxEnd[i] == 0) {
                continue; // the pulse's FX work did not finish before stop (never the case once awaited)
            }
            fxOnly.add(fxEnd[i] - start[i]);
            if (queuedRender[i]) {
                if (rendered[i] == 0) {
                    continue; // its frame was still being painted when the run ended
                }
                withFrame.add(rendered[i] - start[i]);
                all.add(rendered[i] - start[i]);
            } else {
                noFrame++;
                all.add(fxEnd[i] - start[i]);
            }
        }
        long span = n > warmup ? start[n - 1] - start[warmup] : 0;
        String log = System.getProperty("gridwall.bench.pulseLog");
        if (log != null) {
            // diagnostics: one line per measured pulse (start since the first, to FX end, to frame), ms
            // the JVM uptime of the first measured pulse, to line pulses up with -Xlog:gc times
            double t0 = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()
                    - (System.nanoTime() - start[Math.min(warmup, n - 1)]) / 1e6;
            StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT,
                    "# pulses from uptime %.1f ms: start_ms fx_ms frame_ms repaint_pending tick_ms%n", t0));
            for (int i = warmup; i < n; i++) {
                sb.append(String.format(java.util.Locale.ROOT, "%.1f %.2f %.2f %d %.2f%n", (start[i] - start[warmup]) / 1e6,
                        (fxEnd[i] - start[i]) / 1e6, rendered[i] == 0 ? -1 : (rendered[i] - start[i]) / 1e6,
                        repainting[i] ? 1 : 0, (tickEnd[i] - start[i]) / 1e6));
            }
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(log), sb, java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                System.err.println("pulse log not written: " + e);
            }
        }
        return new Result(all, withFrame, fxOnly, noFrame, n - warmup, span / 1e6);
    }

    /**
     * @param pulses    every measured pulse: to its frame, or to its FX end when it had no frame
     * @param withFrame pulses that rendered a frame, start to frame rendered
     * @param fxOnly    every pulse, start to the end of its FX-thread work
     * @param noFrame   pulses that rendered nothing (nothing on screen changed)
     * @param count     pulses run after the warm-up
     * @param spanMs    time from the first to the last measured pulse start
     */
    record Result(FrameTimes pulses, FrameTimes withFrame, FrameTimes fxOnly, int noFrame, int count, double spanMs) {
        double pulsesPerSecond() {
            return spanMs <= 0 ? 0 : (count - 1) * 1000.0 / spanMs;
        }
    }
}
