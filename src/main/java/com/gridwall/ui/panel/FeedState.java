package com.gridwall.ui.panel;

/** The feed link as the wall shows it. */
public enum FeedState {
    /** Events are arriving. */
    CONNECTED,
    /** The link dropped; retrying with backoff from the last applied seq. */
    RECONNECTING,
    /** The data center refused our token: no retry helps until someone fixes the credentials. */
    AUTH_REFUSED,
    /** Not connected and not trying (no feed configured, or stopped). */
    OFFLINE,
    /** Playing back the journal, not live. */
    REPLAY
}
