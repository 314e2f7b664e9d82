package com.gridwall.replay.events;

import com.gridwall.domain.Event;
import com.gridwall.store.EventBatches;
import com.gridwall.store.EventSchema;
import java.util.List;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Converts between {@link Event} records and rows of a {@link VectorSchemaRoot} in
 * {@link EventSchema#SCHEMA}, through the store's one converter. Stateless and thread-safe (the roots are not).
 */
public final class EventVectors {
    private EventVectors() {
    }

    /** Replaces the content of {@code root} with {@code events}. */
    public static void write(List<Event> events, VectorSchemaRoot root) {
        EventBatches.fill(root, events);
    }

    /** The event at {@code row}; enum names that do not parse become null (callers validate). */
    public static Event read(VectorSchemaRoot root, int row) {
        return EventBatches.read(root, row);
    }

    /** The utf8 value of {@code field} at {@code row}, or null. */
    public static String str(VectorSchemaRoot root, String field, int row) {
        return EventBatches.str(root, field, row);
    }
}
