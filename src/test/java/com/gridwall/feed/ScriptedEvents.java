package com.gridwall.feed;

import com.gridwall.domain.Event;
import java.util.List;

/** Realistic valid events with seqs 1..n, shared by tests outside this package. */
public final class ScriptedEvents {
    private ScriptedEvents() {
    }

    public static List<Event> first(int n) {
        return ScriptedServer.events(n);
    }
}
