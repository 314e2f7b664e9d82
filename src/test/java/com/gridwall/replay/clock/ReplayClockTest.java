package com.gridwall.replay.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReplayClockTest {
    static final class Wall extends Clock {
        Instant now = Instant.parse("2026-11-26T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Wall wall = new Wall();
    private final ReplayClock clock = new ReplayClock(wall);
    private final Instant t0 = Instant.parse("2026-11-25T06:00:00Z");

    @Test
    void liveFollowsTheWallClock() {
        assertEquals(ClockMode.LIVE, clock.mode());
        wall.now = wall.now.plusSeconds(5);
        assertEquals(wall.now, clock.position());
    }

    @Test
    void playAt3600xMovesAnHourPerSecondAndPauseHolds() {
        clock.setRange(t0.minusSeconds(86_400), t0.plusSeconds(86_400));
        clock.seek(t0);
        clock.setSpeed(3600);
        clock.play();
        wall.now = wall.now.plusSeconds(2);
        assertEquals(t0.plus(Duration.ofHours(2)), clock.position());
        clock.pause();
        wall.now = wall.now.plusSeconds(100);
        assertEquals(t0.plus(Duration.ofHours(2)), clock.position());
        clock.setSpeed(60);
        clock.play();
        wall.now = wall.now.plusSeconds(1);
        assertEquals(t0.plus(Duration.ofHours(2)).plusSeconds(60), clock.position());
    }

    @Test
    void stepMovesAndPausesAndPlaybackStopsAtTheEnd() {
        clock.setRange(t0, t0.plusSeconds(3600));
        clock.seek(t0);
        clock.setStepSize(Duration.ofMinutes(5));
        clock.step(3);
        assertEquals(t0.plusSeconds(900), clock.position());
        clock.step(-10);
        assertEquals(t0, clock.position(), "clamped to the range start");
        clock.setSpeed(3600);
        clock.play();
        wall.now = wall.now.plusSeconds(5);
        assertEquals(t0.plusSeconds(3600), clock.position());
        assertFalse(clock.playing());
    }

    @Test
    void goingLiveReturnsToNow() {
        clock.seek(t0);
        clock.goLive();
        assertEquals(ClockMode.LIVE, clock.mode());
        assertEquals(wall.now, clock.position());
    }

    @Test
    void speedOutsideTheRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> clock.setSpeed(0));
        assertThrows(IllegalArgumentException.class, () -> clock.setSpeed(3601));
    }
}
