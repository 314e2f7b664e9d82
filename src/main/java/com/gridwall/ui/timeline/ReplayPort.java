package com.gridwall.ui.timeline;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * What the timeline needs from a replay, in ui's own terms (ui may not see the replay package):
 * the app adapts its replay session and clock to this. Positions and modes are read once per frame.
 * <p>Implementations must be thread-safe: the FX thread reads, a replay thread may move the clock.
 */
public interface ReplayPort {
    /** First replayable instant. */
    Instant start();

    /** Last replayable instant (the newest journaled event; grows while the live wall runs). */
    Instant end();

    /** Event density over [start, end] in {@code bins} bins. */
    DensityBins density(int bins);

    /** The instant the wall shows now (the wall clock in live mode). */
    Instant position();

    /** True in replay mode, false while the wall is live. */
    boolean replaying();

    boolean playing();

    int speed();

    /** Switches to replay (paused) at {@code at}, clamped into the range. */
    void seek(Instant at);

    void play();

    void pause();

    /** One of {@link TimelineModel#SPEEDS}. */
    void setSpeed(int x);

    /** Pauses and moves {@code n} steps (negative: back). */
    void step(int n);

    /** Back to the live wall (nothing that arrived meanwhile is lost: the live store kept running). */
    void goLive();

    /** Saved bookmarks, sorted by instant. */
    List<TimelineMark> marks();

    /** Saves {@code mark}, replacing {@code replaced} when not null (edit). Saved with the journal. */
    void saveMark(TimelineMark mark, TimelineMark replaced) throws IOException;

    void removeMark(TimelineMark mark) throws IOException;

    /** The last replay failure to show on the bar, or null. */
    default String problem() {
        return null;
    }
}
