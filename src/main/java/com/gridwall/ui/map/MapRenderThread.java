package com.gridwall.ui.map;

import com.gridwall.ui.PulseActivity;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Paints the map's static image off the FX thread, so a repaint of 40,000 grids never stalls a frame.
 * The FX thread posts requests (the newest replaces any not yet started: a burst of requests costs one
 * paint) and pulls the newest finished {@link StaticImage} once per pulse. Painting uses Java2D on a
 * private image, so it needs no toolkit thread.
 *
 * <p>Thread-safety: {@link #request}, {@link #latest} and {@link #paintNow} may be called from any
 * thread; layers must only read immutable data while painting.
 */
final class MapRenderThread {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private record Request(long serial, MapFrame frame, List<MapLayer> layers) {
    }

    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicReference<StaticImage> latest = new AtomicReference<>();
    private final LayerPictures pictures = new LayerPictures();
    /** Pixels of replaced images, painted over by the next paints instead of allocating 4K arrays (G1 humongous). */
    private final java.util.ArrayDeque<int[]> spare = new java.util.ArrayDeque<>();
    private static final int SPARE_IMAGES = 2;
    private final AtomicLong serials = new AtomicLong();
    private final AtomicLong paints = new AtomicLong();
    private final AtomicLong paintNanos = new AtomicLong();
    private final AtomicLong paintCpuNanos = new AtomicLong();
    private final AtomicLong maxPaintNanos = new AtomicLong();
    private volatile Thread worker;
    private volatile PulseActivity pulses;

    /** Makes the worker's paints step aside while {@code activity}'s pulses are being produced (null: never). */
    void yieldTo(PulseActivity activity) {
        this.pulses = activity;
    }

    /** Time the worker spent waiting for pulses, nanoseconds (diagnostics). */
    long yieldNanos() {
        PulseActivity a = pulses;
        return a == null ? 0 : a.waitedNanos();
    }

    /** Asks for an image of {@code frame}; returns immediately. */
    void request(MapFrame frame, List<MapLayer> layers) {
        pending.set(new Request(serials.incrementAndGet(), frame, List.copyOf(layers)));
        Thread t = worker;
        if (t == null) {
            synchronized (this) {
                if (worker == null) {
                    worker = new Thread(this::loop, "gridwall-map-render");
                    worker.setDaemon(true);
                    worker.start();
                }
                t = worker;
            }
        }
        LockSupport.unpark(t);
    }

    /** Paints {@code frame} on the calling thread and publishes it (snapshots, tests, benchmarks). */
    StaticImage paintNow(MapFrame frame, List<MapLayer> layers) {
        StaticImage img = paint(serials.incrementAndGet(), frame, layers);
        publish(img);
        return latest.get();
    }

    /** The newest finished image, or null before the first. */
    StaticImage latest() {
        return latest.get();
    }

    /** Images painted so far. */
    long paints() {
        return paints.get();
    }

    /** Total time spent painting, nanoseconds. */
    long paintNanos() {
        return paintNanos.get();
    }

    /** CPU time the painting threads spent painting, nanoseconds (wall time misleads on a busy machine). */
    long paintCpuNanos() {
        return paintCpuNanos.get();
    }

    /** Longest single paint, nanoseconds. */
    long maxPaintNanos() {
        return maxPaintNanos.get();
    }

    /** True while a request waits or is being painted. */
    boolean busy() {
        StaticImage l = latest.get();
        return pending.get() != null || l == null || l.serial() < serials.get();
    }

    private void loop() {
        com.gridwall.os.BackgroundPriority.lowerCurrentThread();
        while (true) {
            Request r = pending.getAndSet(null);
            if (r == null) {
                LockSupport.park(this);
                continue;
            }
            try {
                PaintYield.bind(pulses);
                publish(paint(r.serial(), r.frame(), r.layers()));
            } catch (RuntimeException | OutOfMemoryError e) {
                // a failed paint must not kill the wall: keep showing the last image and say why once
                System.err.println("gridwall: map repaint failed: " + e);
            }
        }
    }

    /**
     * Runs {@code use} with the newest image (or null) on the calling thread; its pixels stay untouched
     * until {@code use} returns. Images replaced since may have their pixels painted over by later paints,
     * so a reader must take what it needs inside {@code use}.
     */
    void readLatest(Consumer<StaticImage> use) {
        synchronized (spare) {
            use.accept(latest.get());
        }
    }

    private void publish(StaticImage img) {
        StaticImage before = latest.getAndAccumulate(img, (old, neu) -> old == null || neu.serial() > old.serial() ? neu : old);
        StaticImage retired = before == null ? null : before.serial() < img.serial() ? before : img;
        if (retired != null) {
            // a reader inside readLatest may still copy the retired image: the lock waits for it
            synchronized (spare) {
                spare.push(retired.argb());
                while (spare.size() > SPARE_IMAGES) {
                    spare.removeLast();
                }
            }
        }
    }

    /** Pixels of a retired image of {@code size} pixels to paint over, or null. */
    private int[] takeSpare(int size) {
        synchronized (spare) {
            for (java.util.Iterator<int[]> it = spare.iterator(); it.hasNext(); ) {
                int[] px = it.next();
                if (px.length == size) {
                    it.remove();
                    return px;
                }
                it.remove(); // another size: the view was resized, it will not be needed again
            }
            return null;
        }
    }

    private StaticImage paint(long serial, MapFrame f, List<MapLayer> layers) {
        // paintNow (FX thread) and the worker may overlap; the kept pictures serve one paint at a time
        synchronized (pictures) {
            long t0 = System.nanoTime();
            long c0 = CPU.getCurrentThreadCpuTime();
            LayerPictures.Painted p = pictures.paint(f, layers, takeSpare(f.width() * f.height()));
            int labels = 0;
            for (int i = 0; i < layers.size(); i++) {
                if (layers.get(i) instanceof LabelLayer) {
                    labels = p.counts()[i];
                }
            }
            long took = System.nanoTime() - t0;
            paintCpuNanos.addAndGet(CPU.getCurrentThreadCpuTime() - c0);
            paints.incrementAndGet();
            paintNanos.addAndGet(took);
            maxPaintNanos.accumulateAndGet(took, Math::max);
            return new StaticImage(serial, f, p.argb(), labels, took);
        }
    }

    /** Layer pictures reused instead of painted again (diagnostics). */
    long reusedPictures() {
        synchronized (pictures) {
            return pictures.reused();
        }
    }

    /** Choropleth repaints done only where units changed class. */
    long updatedInPlace() {
        synchronized (pictures) {
            return pictures.updatedInPlace();
        }
    }
}
