package com.gridwall.replay.journal;

import com.gridwall.domain.Event;
import com.gridwall.replay.events.EventVectors;
import com.gridwall.replay.events.SyntheticHistory;
import com.gridwall.store.EventSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/** Builds small journals from synthetic events and reads them back as events. */
final class JournalFixtures {
    static final long START = 1_780_000_000_000L;

    private JournalFixtures() {
    }

    static JournalConfig small(Path dir) {
        return new JournalConfig(dir, 1L << 30, Duration.ZERO, 1L << 40, Duration.ZERO, true, Clock.systemUTC());
    }

    /** Writes {@code batches} batches of {@code size} events after the journal's last seq; returns them batch by batch. */
    static List<List<Event>> write(JournalWriter w, BufferAllocator a, long seed, int batches, int size) throws IOException {
        SyntheticHistory h = new SyntheticHistory(seed, START, 600, 40);
        h.next((int) Math.max(0, w.lastSeq())); // continue a journal written with the same seed
        List<List<Event>> all = new ArrayList<>();
        try (VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, a)) {
            for (int b = 0; b < batches; b++) {
                List<Event> events = h.next(size);
                EventVectors.write(events, root);
                w.append(root);
                all.add(events);
            }
        }
        return all;
    }

    static List<Event> readAll(Path dir, BufferAllocator a) throws IOException {
        List<Event> out = new ArrayList<>();
        try (JournalReader r = JournalReader.open(dir, a)) {
            JournalReader.Cursor c = r.fromSeq(Long.MIN_VALUE);
            while (c.next()) {
                for (int i = 0; i < c.root().getRowCount(); i++) {
                    out.add(EventVectors.read(c.root(), i));
                }
            }
        }
        return out;
    }

    static List<Event> flatten(List<List<Event>> batches, int n) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.addAll(batches.get(i));
        }
        return out;
    }
}
