package com.gridwall.feed.decode;

import com.gridwall.domain.Event;
import com.gridwall.store.EventBatches;
import java.util.List;
import org.apache.arrow.vector.VectorSchemaRoot;

/** Converts between {@link Event} records and rows of an event batch. Stateless. */
public final class EventRows {
    private EventRows() {
    }

    /** Replaces the content of {@code root} (in EventSchema) with {@code events}. */
    public static void write(List<Event> events, VectorSchemaRoot root) {
        EventBatches.fill(root, events);
    }

    /** Reads every row of a valid event batch (as produced by {@link BatchValidator}). */
    public static List<Event> read(VectorSchemaRoot root) {
        return EventBatches.read(root);
    }

    public static Event read(VectorSchemaRoot root, int r) {
        return EventBatches.read(root, r);
    }
}
