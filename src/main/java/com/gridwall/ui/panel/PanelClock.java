package com.gridwall.ui.panel;

import java.time.Clock;
import java.time.Instant;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;

/**
 * A once-a-second "now" for live walls: bind each control's {@code nowProperty()} to
 * {@link #nowProperty()} (bindings are weak, so the clock never keeps a removed panel alive).
 * In replay, bind to the replay clock's time instead. Runs on the FX thread (a Timeline, no
 * runLater); {@link #stop()} when the wall closes.
 */
public final class PanelClock {
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now");
    private final Timeline ticker;

    public PanelClock(Clock clock) {
        this.clock = clock;
        now.set(clock.instant());
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    public void start() {
        tick();
        ticker.play();
    }

    public void stop() {
        ticker.stop();
    }

    /** Reads the clock now; also called every second while running. */
    public void tick() {
        now.set(clock.instant());
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }
}
