package com.gridwall.replay.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The instant the wall shows: live (now) or a replay position that moves at 1x..3600x while
 * playing, stands still while paused, and jumps on step or seek. Position is computed from the
 * wall clock on demand (anchor + elapsed × speed), so no timer thread is needed: the UI asks for
 * {@link #position()} once per frame. The position is clamped to the replayable range.
 * <p>Thread-safe: all methods are synchronized; the UI thread and a replay thread may share it.
 */
public final class ReplayClock {
    public static final int MIN_SPEED = 1;
    public static final int MAX_SPEED = 3600;

    private final Clock wall;
    private ClockMode mode = ClockMode.LIVE;
    private boolean playing;
    private int speed = 1;
    private Instant anchorPosition;
    private Instant anchorWall;
    private Instant rangeStart = Instant.MIN;
    private Instant rangeEnd = Instant.MAX;
    private Duration step = Duration.ofMinutes(1);

    public ReplayClock(Clock wall) {
        this.wall = wall;
        this.anchorPosition = wall.instant();
        this.anchorWall = anchorPosition;
    }

    public synchronized ClockMode mode() {
        return mode;
    }

    public synchronized boolean playing() {
        return playing;
    }

    public synchronized int speed() {
        return speed;
    }

    public synchronized Duration stepSize() {
        return step;
    }

    /** The replayable range; positions are clamped into it (playback pauses at its end). */
    public synchronized void setRange(Instant start, Instant end) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("replay range ends " + end + " before it starts " + start);
        }
        Instant p = position();
        rangeStart = start;
        rangeEnd = end;
        if (mode == ClockMode.REPLAY) {
            anchor(clamp(p));
        }
    }

    /** The instant the wall should show now. */
    public synchronized Instant position() {
        Instant now = wall.instant();
        if (mode == ClockMode.LIVE) {
            return now;
        }
        if (!playing) {
            return anchorPosition;
        }
        Duration elapsed = Duration.between(anchorWall, now).multipliedBy(speed);
        Instant p = anchorPosition.plus(elapsed);
        if (!p.isBefore(rangeEnd)) {
            playing = false;
            anchor(rangeEnd);
            return rangeEnd;
        }
        return p;
    }

    /** Switches to replay at {@code at} (paused); the live store keeps running meanwhile. */
    public synchronized void seek(Instant at) {
        mode = ClockMode.REPLAY;
        anchor(clamp(at));
    }

    public synchronized void play() {
        if (mode == ClockMode.LIVE) {
            return;
        }
        anchor(position());
        playing = true;
    }

    public synchronized void pause() {
        anchor(position());
        playing = false;
    }

    /** 1..3600; keeps the current position. */
    public synchronized void setSpeed(int x) {
        if (x < MIN_SPEED || x > MAX_SPEED) {
            throw new IllegalArgumentException("replay speed " + x + "x outside " + MIN_SPEED + "x.." + MAX_SPEED + "x");
        }
        anchor(position());
        speed = x;
    }

    public synchronized void setStepSize(Duration d) {
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("step must be positive: " + d);
        }
        step = d;
    }

    /** Pauses and moves by {@code n} steps (negative = back). */
    public synchronized void step(int n) {
        Instant p = position();
        mode = ClockMode.REPLAY;
        playing = false;
        anchor(clamp(p.plus(step.multipliedBy(n))));
    }

    /** Back to live: the position follows the wall clock again. */
    public synchronized void goLive() {
        mode = ClockMode.LIVE;
        playing = false;
        anchor(wall.instant());
    }

    private void anchor(Instant position) {
        anchorPosition = position;
        anchorWall = wall.instant();
    }

    private Instant clamp(Instant t) {
        return t.isBefore(rangeStart) ? rangeStart : t.isAfter(rangeEnd) ? rangeEnd : t;
    }
}
