package com.gridwall.replay.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Event;
import com.gridwall.replay.events.EventVectors;
import com.gridwall.replay.events.SyntheticHistory;
import com.gridwall.replay.journal.JournalConfig;
import com.gridwall.replay.journal.JournalWriter;
import com.gridwall.replay.journal.JournalingSink;
import com.gridwall.replay.seek.ReplaySession;
import com.gridwall.replay.seek.ReplayTime;
import com.gridwall.replay.seek.StoreFactory;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After retention removed the oldest segments, replay starts from a checkpoint and stays exact. */
class RetentionWithCheckpointsTest {
    @TempDir
    Path dir;

    @Test
    void replayAfterRetentionStartsAtACheckpointAndMatchesTheWholeHistory() throws Exception {
        SyntheticHistory h = new SyntheticHistory(8, 1_780_000_000_000L, 1500, 60);
        StoreFactory factory = new StoreFactory(h.units(), null, StoreConfig.defaults());
        List<Event> events = h.next(30_000);
        try (BufferAllocator a = new RootAllocator()) {
            ReplayTime liveClock = new ReplayTime(events.get(0).ts());
            try (EventStore live = factory.create(a, liveClock);
                 JournalWriter w = JournalWriter.open(JournalConfig.defaults(dir).withSync(false)
                         .withSegmentBytes(400_000).withRetention(1_600_000, Duration.ZERO));
                 VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, a)) {
                w.addListener(new CheckpointWriter(w, live, new StoreCheckpointCodec(), 2000));
                JournalingSink sink = new JournalingSink(live, w);
                for (int i = 0; i < events.size(); i += 500) {
                    List<Event> b = events.subList(i, i + 500);
                    liveClock.set(b.get(b.size() - 1).ts());
                    EventVectors.write(b, root);
                    sink.append(root);
                }
                assertTrue(w.index().firstSeq() > 1, "retention removed the oldest segments");
                assertTrue(Files.exists(dir.resolve(JournalWriter.RETAINED_FROM)));
                long first = w.index().firstSeq();
                long[] kept = CheckpointCatalog.scan(dir).seqs();
                assertTrue(kept[0] < first && (kept.length == 1 || kept[1] >= first - 1),
                        "only the base checkpoint before the journal start is kept: " + kept[0] + " .. first seq " + first);
            }
            try (ReplaySession s = ReplaySession.open(dir, factory, a)) {
                Instant t = s.timeline().start().plusSeconds(1800);
                s.seek(t);
                // the whole history (not only what the journal retained) folded up to t
                ReplayTime wt = new ReplayTime(t.toEpochMilli());
                try (EventStore reference = factory.create(a, wt);
                     VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, a)) {
                    EventVectors.write(events.stream().filter(e -> e.ts() <= t.toEpochMilli()).toList(), root);
                    reference.append(root);
                    reference.tick();
                    assertEquals(reference.stateHash(), s.stateHash());
                    assertEquals(reference.snapshot().root().today(), s.seek(t).root().today());
                }
                Instant before = s.timeline().start().minusSeconds(3600);
                assertThrows(IllegalArgumentException.class, () -> s.seek(before),
                        "an instant before what retention kept cannot be rebuilt");
            }
            assertEquals(0, a.getAllocatedMemory());
        }
    }
}
