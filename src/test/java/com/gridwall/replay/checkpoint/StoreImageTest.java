package com.gridwall.replay.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Event;
import com.gridwall.replay.events.EventVectors;
import com.gridwall.replay.events.SyntheticHistory;
import com.gridwall.replay.seek.ReplayTime;
import com.gridwall.replay.seek.StoreFactory;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store imaged and restored is the same store: same hash, same wall, same future. */
class StoreImageTest {
    static final long START = 1_780_000_000_000L;
    @TempDir
    Path dir;

    @Test
    void restoredStoreHashesEqualAndEvolvesIdentically() throws Exception {
        SyntheticHistory h = new SyntheticHistory(3, START, 3000, 40);
        StoreFactory factory = new StoreFactory(h.units(), null, StoreConfig.defaults());
        List<Event> events = h.next(150_000); // more than two log chunks
        Path file = dir.resolve("ckpt.state");
        try (BufferAllocator a = new RootAllocator();
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, a)) {
            ReplayTime liveTime = new ReplayTime(START);
            ReplayTime otherTime = new ReplayTime(START);
            try (EventStore live = factory.create(a, liveTime)) {
                feed(live, liveTime, root, events.subList(0, 100_000));
                new StoreImage().write(live, file);
                otherTime.set(liveTime.millis());
                try (EventStore copy = new StoreImage().read(file, a, factory, otherTime)) {
                    assertEquals(live.stateHash(), copy.stateHash());
                    assertEquals(live.lastSeq(), copy.lastSeq());
                    assertEquals(live.snapshot().events(), copy.snapshot().events());
                    assertEquals(live.snapshot().recent(), copy.snapshot().recent());
                    assertEquals(live.snapshot().root().today(), copy.snapshot().root().today());
                    long before = live.stateHash();
                    List<Event> more = events.subList(100_000, 150_000);
                    feed(live, liveTime, root, more);
                    feed(copy, otherTime, root, more);
                    assertNotEquals(before, live.stateHash());
                    assertEquals(live.stateHash(), copy.stateHash(), "the copy evolves like the original");
                    assertEquals(live.snapshot().root().last24h(), copy.snapshot().root().last24h());
                    // images are read into replay stores, which trust their (journaled, deduplicated) input
                    EventVectors.write(events.subList(5, 6), root);
                    assertEquals(1, live.append(root).duplicates());
                    assertEquals(0, copy.append(root).duplicates(), "a replay store keeps no dedup index");
                }
            }
            root.clear();
            assertEquals(0, a.getAllocatedMemory(), "the restored store's buffers are released with it");
        }
    }

    @Test
    void aTruncatedImageIsRefusedAndLeaksNothing() throws Exception {
        SyntheticHistory h = new SyntheticHistory(3, START, 3000, 40);
        StoreFactory factory = new StoreFactory(h.units(), null, StoreConfig.defaults());
        Path file = dir.resolve("ckpt.state");
        try (BufferAllocator a = new RootAllocator();
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, a)) {
            ReplayTime t = new ReplayTime(START);
            byte[] image;
            try (EventStore live = factory.create(a, t)) {
                feed(live, t, root, h.next(5000));
                new StoreImage().write(live, file);
                image = Files.readAllBytes(file);
            }
            for (int cut : new int[] {0, 10, image.length / 3, image.length - 17, image.length - 1}) {
                Files.write(file, Arrays.copyOf(image, cut));
                IOException e = assertThrows(IOException.class, () -> new StoreImage().read(file, a, factory, t), "cut " + cut);
                assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            }
            byte[] flipped = image.clone();
            flipped[image.length / 2] ^= 1;
            Files.write(file, flipped);
            assertThrows(IOException.class, () -> new StoreImage().read(file, a, factory, t));
            assertTrue(image.length > 1000);
            root.clear();
            assertEquals(0, a.getAllocatedMemory());
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
