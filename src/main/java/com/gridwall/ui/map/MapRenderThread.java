package com.gridwall.ui.map;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
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
    private record Request(long serial, MapFrame frame, List<MapLayer> layers) {
    }

    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicReference<StaticImage> latest = new AtomicReference<>();
    private final AtomicLong serials = new AtomicLong();
    private final AtomicLong paints = new AtomicLong();
    private final AtomicLong paintNanos = new AtomicLong();
    private final AtomicLong maxPaintNanos = new AtomicLong();
    private volatile Thread worker;

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
        while (true) {
            Request r = pending.getAndSet(null);
            if (r == null) {
                LockSupport.park(this);
                continue;
            }
            try {
                publish(paint(r.serial(), r.frame(), r.layers()));
            } catch (RuntimeException | OutOfMemoryError e) {
                // a failed paint must not kill the wall: keep showing the last image and say why once
                System.err.println("gridwall: map repaint failed: " + e);
            }
        }
    }

    private void publish(StaticImage img) {
        latest.accumulateAndGet(img, (old, neu) -> old == null || neu.serial() > old.serial() ? neu : old);
    }

    private StaticImage paint(long serial, MapFrame f, List<MapLayer> layers) {
        long t0 = System.nanoTime();
        BufferedImage image = new BufferedImage(f.width(), f.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            java.awt.Color bg = f.palette().color(MapColor.BACKGROUND);
            if (bg != null) {
                g.setColor(bg);
                g.fillRect(0, 0, f.width(), f.height());
            }
            int labels = 0;
            for (MapLayer layer : layers) {
                Graphics2D lg = (Graphics2D) g.create();
                try {
                    int n = layer.paint(lg, f);
                    if (layer instanceof LabelLayer) {
                        labels = n;
                    }
                } finally {
                    lg.dispose();
                }
            }
            int[] argb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            long took = System.nanoTime() - t0;
            paints.incrementAndGet();
            paintNanos.addAndGet(took);
            maxPaintNanos.accumulateAndGet(took, Math::max);
            return new StaticImage(serial, f, argb, labels, took);
        } finally {
            g.dispose();
        }
    }
}
