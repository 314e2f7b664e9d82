package com.gridwall.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;

/**
 * The wall's single frame loop (chart-fx's data/FX split): one {@link AnimationTimer} that, once per
 * pulse, pulls each watched state source at most once, hands changed state to its consumer, then lets
 * every {@link PulseListener} (map layers, clock, animations) repaint what is dirty.
 *
 * <p>Producers on other threads publish immutable state through e.g. an AtomicReference and never
 * touch the FX thread; a burst of 100k updates thus costs one pull and one repaint.
 *
 * <p>Thread-safety: confined to the FX thread (create, register and tick it there).
 */
public final class FrameLoop {
    /** Called once per pulse on the FX thread. */
    @FunctionalInterface
    public interface PulseListener {
        void onPulse(long nowNanos);
    }

    private final List<Watch<?>> watches = new ArrayList<>();
    private final List<PulseListener> listeners = new ArrayList<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            tick(now);
        }
    };
    private final PulseActivity activity = new PulseActivity();
    private long pulses;

    /** Pulls {@code source} once per pulse and calls {@code onChange} when the returned reference changed. */
    public <T> void watch(Supplier<T> source, Consumer<T> onChange) {
        watches.add(new Watch<>(source, onChange));
    }

    public void addPulseListener(PulseListener l) {
        listeners.add(l);
    }

    public void removePulseListener(PulseListener l) {
        listeners.remove(l);
    }

    public void start() {
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    /** Pulses handled so far. */
    public long pulses() {
        return pulses;
    }

    /** When this loop's pulses are being produced, for background work to step aside ({@link RenderedFrames} ends them). */
    public PulseActivity activity() {
        return activity;
    }

    /** Runs one frame now (the timer calls this; snapshots and benchmarks call it to render synchronously). */
    public void tick(long nowNanos) {
        activity.pulseStarted();
        pulses++;
        for (Watch<?> w : watches) {
            w.pull();
        }
        for (PulseListener l : List.copyOf(listeners)) {
            l.onPulse(nowNanos);
        }
    }

    private static final class Watch<T> {
        private final Supplier<T> source;
        private final Consumer<T> onChange;
        private T last;
        private boolean seen;

        Watch(Supplier<T> source, Consumer<T> onChange) {
            this.source = Objects.requireNonNull(source);
            this.onChange = Objects.requireNonNull(onChange);
        }

        void pull() {
            T now = source.get();
            if (!seen || now != last) {
                seen = true;
                last = now;
                onChange.accept(now);
            }
        }
    }
}
