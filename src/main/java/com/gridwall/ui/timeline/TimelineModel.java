package com.gridwall.ui.timeline;

import com.gridwall.ui.FrameLoop;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The timeline's view-model: mirrors a {@link ReplayPort} into FX properties once per frame
 * ({@link #sync}, from the wall's {@link FrameLoop}) and turns the bar's gestures into port calls.
 * The bar holds no logic: everything it shows is a property here, everything it does is a method.
 * <p>Confined to the FX thread.
 */
public final class TimelineModel {
    /** The playback speeds the bar offers. */
    public static final int[] SPEEDS = {1, 10, 60, 600, 3600};
    /** How often the density is re-read while the range grows (live journal), in ms of range end. */
    private static final long DENSITY_REFRESH_MS = 60_000;

    private final ReplayPort port;
    private final ObjectProperty<Instant> position = new SimpleObjectProperty<>(this, "position");
    private final ObjectProperty<Instant> start = new SimpleObjectProperty<>(this, "start");
    private final ObjectProperty<Instant> end = new SimpleObjectProperty<>(this, "end");
    private final BooleanProperty replaying = new SimpleBooleanProperty(this, "replaying");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final IntegerProperty speed = new SimpleIntegerProperty(this, "speed", 1);
    private final ObjectProperty<DensityBins> density = new SimpleObjectProperty<>(this, "density", DensityBins.empty());
    private final ObjectProperty<List<TimelineMark>> marks = new SimpleObjectProperty<>(this, "marks", List.of());
    private final ObjectProperty<String> problem = new SimpleObjectProperty<>(this, "problem");
    private int densityBins = 480;
    private long densityEndMs = Long.MIN_VALUE;
    private String markProblem;

    public TimelineModel(ReplayPort port) {
        this.port = port;
        marks.set(port.marks());
        sync();
    }

    /** Pulls the port into the properties; cheap enough to call every frame. */
    public void sync() {
        Instant s = port.start();
        Instant e = port.end();
        if (!s.equals(start.get())) {
            start.set(s);
        }
        if (!e.equals(end.get())) {
            end.set(e);
        }
        if (Math.abs(e.toEpochMilli() - densityEndMs) >= DENSITY_REFRESH_MS || densityEndMs == Long.MIN_VALUE) {
            refreshDensity();
        }
        Instant p = port.position();
        if (!p.equals(position.get())) {
            position.set(p);
        }
        replaying.set(port.replaying());
        playing.set(port.playing());
        speed.set(port.speed());
        String pr = markProblem != null ? markProblem : port.problem();
        if (!java.util.Objects.equals(pr, problem.get())) {
            problem.set(pr);
        }
    }

    /** Registers {@link #sync} with the wall's frame loop. */
    public void attach(FrameLoop loop) {
        loop.addPulseListener(now -> sync());
    }

    /** The histogram's resolution (one bin per few pixels); re-reads the density when it changes. */
    public void setDensityBins(int bins) {
        int b = Math.max(1, bins);
        if (b != densityBins) {
            densityBins = b;
            refreshDensity();
        }
    }

    private void refreshDensity() {
        densityEndMs = port.end().toEpochMilli();
        density.set(port.density(densityBins));
    }

    // ---- gestures ----

    public void togglePlay() {
        if (!port.replaying()) {
            port.seek(port.position());
        }
        if (port.playing()) {
            port.pause();
        } else {
            port.play();
        }
        sync();
    }

    public void setSpeed(int x) {
        port.setSpeed(x);
        sync();
    }

    public void step(int n) {
        port.step(n);
        sync();
    }

    /** Scrubbing: the wall shows {@code at} (clamped into the range). */
    public void seek(Instant at) {
        port.seek(at);
        sync();
    }

    /** Seeks to the instant at fraction {@code f} (0..1) of the range. */
    public void seekFraction(double f) {
        long s = start.get().toEpochMilli();
        long e = end.get().toEpochMilli();
        double c = Math.max(0, Math.min(1, f));
        seek(Instant.ofEpochMilli(s + Math.round((e - s) * c)));
    }

    /** Enters replay at the current position (paused), or goes back to live. */
    public void toggleLive() {
        if (port.replaying()) {
            port.goLive();
        } else {
            port.seek(port.position());
        }
        sync();
    }

    public void goLive() {
        port.goLive();
        sync();
    }

    /** Adds (replaced == null) or edits a bookmark; failures are shown on the bar, never thrown. */
    public void saveMark(TimelineMark mark, TimelineMark replaced) {
        io(() -> port.saveMark(mark, replaced));
    }

    public void removeMark(TimelineMark mark) {
        io(() -> port.removeMark(mark));
    }

    private void io(IoAction a) {
        try {
            a.run();
            markProblem = null;
        } catch (IOException | RuntimeException e) {
            markProblem = e.getMessage();
        }
        marks.set(port.marks());
        sync();
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    /** Calls {@code c} with every new position (e.g. the title clock). */
    public void onPosition(Consumer<Instant> c) {
        position.addListener((o, a, b) -> c.accept(b));
    }

    // ---- read-only state ----

    public ReadOnlyObjectProperty<Instant> positionProperty() {
        return position;
    }

    public ReadOnlyObjectProperty<Instant> startProperty() {
        return start;
    }

    public ReadOnlyObjectProperty<Instant> endProperty() {
        return end;
    }

    public ReadOnlyBooleanProperty replayingProperty() {
        return replaying;
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing;
    }

    public ReadOnlyIntegerProperty speedProperty() {
        return speed;
    }

    public ReadOnlyObjectProperty<DensityBins> densityProperty() {
        return density;
    }

    public ReadOnlyObjectProperty<List<TimelineMark>> marksProperty() {
        return marks;
    }

    /** A bookmark or replay failure to show, or null. */
    public ReadOnlyObjectProperty<String> problemProperty() {
        return problem;
    }

    /** Where {@code t} lies in the range, 0..1. */
    public double fractionOf(Instant t) {
        long s = start.get().toEpochMilli();
        long e = end.get().toEpochMilli();
        return e <= s ? 0 : Math.max(0, Math.min(1, (t.toEpochMilli() - s) / (double) (e - s)));
    }
}
