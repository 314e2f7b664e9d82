package com.gridwall.replay.clock;

/** Whether the wall follows the live store or a replayed instant. */
public enum ClockMode {
    LIVE,
    REPLAY
}
