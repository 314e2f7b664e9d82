package com.gridwall.replay.seek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.gridwall.domain.Event;
import com.gridwall.replay.events.EventVectors;
import com.gridwall.replay.events.SyntheticHistory;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;

/**
 * Replay stores skip duplicate detection (the journal holds accepted events only): fed the same
 * deduplicated events, or restored from the same checkpoint, they reach exactly the state of a
 * normal store, and keep evolving like it.
 */
class TrustedReplayStoreTest {
    private static final long START = 1_780_000_000_000L;

    @Test
    void aTrustedStoreReachesTheSameStateAsADeduplicatingOne() throws Exception {
        SyntheticHistory h = new SyntheticHistory(5, START, 2000, 40);
        StoreFactory factory = new StoreFactory(h.units(), null, StoreConfig.defaults().withMaxEvents(30_000));
        List<Event> events = h.next(120_000); // more than the log retention: refolds meet dropped rows too
        try (BufferAllocator a = new RootAllocator();
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, a)) {
            ReplayTime t1 = new ReplayTime(START);
            ReplayTime t2 = new ReplayTime(START);
            try (EventStore normal = factory.create(a, t1); EventStore trusted = factory.createReplay(a, t2)) {
                feed(normal, t1, root, events.subList(0, 80_000));
                feed(trusted, t2, root, events.subList(0, 80_000));
                assertEquals(normal.stateHash(), trusted.stateHash());
                assertEquals(SnapshotDigest.kpis(normal.snapshot()), SnapshotDigest.kpis(trusted.snapshot()));

                ByteArrayOutputStream ckpt = new ByteArrayOutputStream();
                normal.checkpoint(ckpt);
                ReplayTime t3 = new ReplayTime(t1.millis());
                ReplayTime t4 = new ReplayTime(t1.millis());
                try (EventStore restored = EventStore.restore(new ByteArrayInputStream(ckpt.toByteArray()), a,
                        h.units(), null, t3, factory.config());
                     EventStore restoredTrusted = EventStore.restoreTrusted(new ByteArrayInputStream(ckpt.toByteArray()),
                             a, h.units(), null, t4, factory.config())) {
                    assertEquals(normal.stateHash(), restoredTrusted.stateHash());
                    assertEquals(SnapshotDigest.kpis(restored.snapshot()), SnapshotDigest.kpis(restoredTrusted.snapshot()));
                    long before = restored.stateHash();
                    feed(restored, t3, root, events.subList(80_000, 120_000));
                    feed(restoredTrusted, t4, root, events.subList(80_000, 120_000));
                    feed(normal, t1, root, events.subList(80_000, 120_000));
                    assertNotEquals(before, restored.stateHash());
                    assertEquals(normal.stateHash(), restoredTrusted.stateHash(), "evolves like the live store");
                    assertEquals(restored.stateHash(), restoredTrusted.stateHash());
                    assertEquals(SnapshotDigest.picture(restored.snapshot()), SnapshotDigest.picture(restoredTrusted.snapshot()));
                }
                // the live store still finds a replayed event a duplicate; the trusted one does not look
                EventVectors.write(events.subList(10, 11), root);
                assertEquals(1, normal.append(root).duplicates());
            }
            root.clear();
            assertEquals(0, a.getAllocatedMemory(), "every store's buffers are released");
        }
    }

    static void feed(EventStore s, ReplayTime time, VectorSchemaRoot root, List<Event> events) {
        for (int i = 0; i < events.size(); i += 1000) {
            List<Event> b = events.subList(i, Math.min(events.size(), i + 1000));
            time.set(b.get(b.size() - 1).ts());
            EventVectors.write(b, root);
            s.append(root);
        }
    }
}
