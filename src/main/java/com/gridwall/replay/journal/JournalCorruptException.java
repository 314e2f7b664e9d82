package com.gridwall.replay.journal;

import java.io.IOException;

/** Committed journal data that fails its checks: names the file, the offset and the seq range. */
public final class JournalCorruptException extends IOException {
    private static final long serialVersionUID = 1L;

    public JournalCorruptException(String message) {
        super(message);
    }
}
