package com.gridwall.replay.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Event;
import com.gridwall.replay.events.EventVectors;
import com.gridwall.replay.events.SyntheticHistory;
import com.gridwall.replay.journal.JournalConfig;
import com.gridwall.replay.journal.JournalWriter;
import com.gridwall.store.EventSchema;
import java.nio.file.Path;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineTest {
    @TempDir
    Path dir;

    @Test
    void histogramCoversTheJournalAndFollowsTheEvents() throws Exception {
        List<Event> events = new SyntheticHistory(5, 1_780_000_000_000L, 900, 40).next(30_000);
        try (RootAllocator a = new RootAllocator();
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, a);
             JournalWriter w = JournalWriter.open(JournalConfig.defaults(dir).withSync(false))) {
            for (int i = 0; i < events.size(); i += 100) {
                EventVectors.write(events.subList(i, i + 100), root);
                w.append(root);
            }
            Timeline t = Timeline.of(w.index());
            assertEquals(events.get(0).ts(), t.start().toEpochMilli());
            assertEquals(events.get(events.size() - 1).ts(), t.end().toEpochMilli());
            DensityHistogram h = t.histogram(48);
            assertTrue(Math.abs(h.total() - 30_000) <= 48, "total " + h.total());
            long[] exact = new long[48];
            for (Event e : events) {
                exact[(int) ((e.ts() - h.startMs()) / h.binMs())]++;
            }
            for (int i = 0; i < 48; i++) {
                assertTrue(Math.abs(exact[i] - h.count(i)) <= Math.max(60, exact[i] / 10),
                        "bin " + i + ": exact " + exact[i] + " vs " + h.count(i));
            }
        }
    }
}
