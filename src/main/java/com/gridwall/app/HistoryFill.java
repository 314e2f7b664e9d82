package com.gridwall.app;

import com.gridwall.domain.Event;
import com.gridwall.feed.decode.BatchValidator;
import com.gridwall.feed.decode.EventRows;
import com.gridwall.feed.decode.ValidatedBatch;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventSink;
import com.gridwall.store.EventStore;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Fills a store with past events (in time order) as if it had been running through them: events
 * go in one minute at a time and the store's {@link WalkingClock} steps through every minute, so
 * the per-minute samples (trend open/overdue, the tiles' same-time-yesterday counters) exist for
 * the history too. Rows pass the feed's validation like any other batch. Not thread-safe.
 */
final class HistoryFill {
    private static final int MAX_ROWS = 4096;

    private HistoryFill() {
    }

    /**
     * Appends {@code events} through {@code sink} (the store itself, or the journal in front of it),
     * then leaves {@code clock} at {@code endMs} with {@code store} advanced there.
     *
     * @return the last seq seen by the validation
     */
    static long fill(EventSink sink, EventStore store, WalkingClock clock, List<Event> events, long endMs,
                     BufferAllocator allocator) {
        BatchValidator validator = new BatchValidator(allocator);
        long lastSeen = -1;
        int from = 0;
        while (from < events.size()) {
            long minuteEnd = (events.get(from).ts() / 60_000 + 1) * 60_000;
            for (long m = (clock.get() / 60_000 + 1) * 60_000; m < minuteEnd - 60_000; m += 60_000) {
                clock.set(m); // minutes with no event are sampled too
                store.advanceClock();
            }
            int to = from;
            while (to < events.size() && to - from < MAX_ROWS && events.get(to).ts() < minuteEnd) {
                to++;
            }
            clock.set(Math.min(endMs, Math.max(clock.get(), events.get(to - 1).ts())));
            try (VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator)) {
                EventRows.write(events.subList(from, to), root);
                try (ValidatedBatch vb = validator.validate(root, lastSeen, true)) {
                    lastSeen = vb.lastSeenSeq();
                    sink.append(vb.root());
                }
            }
            from = to;
        }
        for (long m = (clock.get() / 60_000 + 1) * 60_000; m <= endMs; m += 60_000) {
            clock.set(m);
            store.advanceClock();
        }
        clock.set(Math.max(clock.get(), endMs));
        store.tick();
        return lastSeen;
    }
}
