package com.gridwall.replay.seek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Event;
import com.gridwall.replay.checkpoint.StoreCheckpointCodec;
import com.gridwall.replay.checkpoint.StoreImage;
import com.gridwall.replay.checkpoint.StoreStateCodec;
import com.gridwall.replay.events.SyntheticHistory;
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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each checkpoint codec reads back, into a replay store, the state of the store it was written
 * from (state hash, KPIs of every unit, ticker), which then evolves like the original; a file cut
 * at any of several points or with a flipped byte is refused naming the file, leaking nothing.
 */
class CheckpointCodecRoundTripTest {
    private static final long START = 1_780_000_000_000L;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"store", "image"})
    void roundTripEqualsTheStoreItCameFrom(String name) throws Exception {
        StoreStateCodec codec = name.equals("store") ? new StoreCheckpointCodec() : new StoreImage();
        SyntheticHistory h = new SyntheticHistory(4, START, 2500, 40);
        StoreFactory factory = new StoreFactory(h.units(), null, StoreConfig.defaults().withMaxEvents(20_000));
        List<Event> events = h.next(50_000);
        Path file = dir.resolve("ckpt.state");
        try (BufferAllocator a = new RootAllocator();
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, a)) {
            ReplayTime liveTime = new ReplayTime(START);
            try (EventStore live = factory.create(a, liveTime)) {
                TrustedReplayStoreTest.feed(live, liveTime, root, events.subList(0, 35_000));
                codec.write(live, file);
                ReplayTime copyTime = new ReplayTime(liveTime.millis());
                try (EventStore copy = codec.read(file, a, factory, copyTime)) {
                    assertEquals(live.stateHash(), copy.stateHash());
                    live.tick();
                    assertEquals(SnapshotDigest.kpis(live.snapshot()), SnapshotDigest.kpis(copy.snapshot()));
                    assertEquals(live.snapshot().recent(), copy.snapshot().recent());
                    assertEquals(live.snapshot().overdue(), copy.snapshot().overdue());
                    long before = copy.stateHash();
                    TrustedReplayStoreTest.feed(live, liveTime, root, events.subList(35_000, 50_000));
                    TrustedReplayStoreTest.feed(copy, copyTime, root, events.subList(35_000, 50_000));
                    assertNotEquals(before, copy.stateHash());
                    assertEquals(live.stateHash(), copy.stateHash(), "the copy evolves like the original");
                    assertEquals(SnapshotDigest.kpis(live.snapshot()), SnapshotDigest.kpis(copy.snapshot()));
                }
            }
            byte[] bytes = Files.readAllBytes(file);
            for (int cut : new int[] {0, 7, bytes.length / 4, bytes.length / 2, bytes.length - 16, bytes.length - 1}) {
                Files.write(file, Arrays.copyOf(bytes, cut));
                IOException e = assertThrows(IOException.class, () -> codec.read(file, a, factory, new ReplayTime(START)),
                        "cut at " + cut);
                assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            }
            for (int at : new int[] {100, bytes.length / 3, bytes.length - 20}) {
                byte[] flipped = bytes.clone();
                flipped[at] ^= 0x10;
                Files.write(file, flipped);
                IOException e = assertThrows(IOException.class, () -> codec.read(file, a, factory, new ReplayTime(START)),
                        "flipped byte " + at);
                assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            }
            root.clear();
            assertEquals(0, a.getAllocatedMemory(), "restored and refused stores release every buffer");
        }
    }
}
