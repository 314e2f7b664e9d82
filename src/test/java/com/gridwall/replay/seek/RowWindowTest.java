package com.gridwall.replay.seek;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.gridwall.domain.Event;
import com.gridwall.replay.events.EventVectors;
import com.gridwall.replay.events.SyntheticHistory;
import com.gridwall.store.EventSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;

/** The rows of a batch in a time window reach the sink once each, in batch order, and no buffer is left behind. */
class RowWindowTest {
    @Test
    void everyRowInTheWindowReachesTheSinkOnceInBatchOrder() {
        Random r = new Random(3);
        try (BufferAllocator a = new RootAllocator();
             VectorSchemaRoot batch = VectorSchemaRoot.create(EventSchema.SCHEMA, a)) {
            try (RowWindow window = new RowWindow(a)) {
                for (int round = 0; round < 200; round++) {
                    List<Event> events = new SyntheticHistory(round, 1_780_000_000_000L, 3000, 40).next(1 + r.nextInt(300));
                    if (r.nextBoolean()) { // late events: times out of order
                        Collections.shuffle(events.subList(events.size() / 2, events.size()), r);
                    }
                    EventVectors.write(events, batch);
                    long lo = events.get(0).ts() - 1;
                    long hi = events.get(events.size() - 1).ts();
                    long after = r.nextInt(4) == 0 ? Long.MIN_VALUE : lo + (long) (r.nextDouble() * (hi - lo) / 3);
                    long upTo = r.nextInt(4) == 0 ? Long.MAX_VALUE : after == Long.MIN_VALUE ? lo + (long) (r.nextDouble() * (hi - lo))
                            : after + (long) (r.nextDouble() * (hi - after));
                    List<String> expected = new ArrayList<>();
                    for (Event e : events) {
                        if (e.ts() > after && e.ts() <= upTo) {
                            expected.add(e.eventId());
                        }
                    }
                    List<String> seen = new ArrayList<>();
                    int n = window.select(batch, after, upTo, rows -> {
                        VarCharVector ids = (VarCharVector) rows.getVector(EventSchema.EVENT_ID);
                        for (int i = 0; i < rows.getRowCount(); i++) {
                            seen.add(ids.getObject(i).toString());
                        }
                    });
                    assertEquals(expected, seen, "round " + round);
                    assertEquals(expected.size(), n);
                }
            }
            batch.clear();
            assertEquals(0, a.getAllocatedMemory(), "slices and the scratch batch were given back");
        }
    }
}
