package com.gridwall.replay.seek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Event;
import com.gridwall.replay.checkpoint.CheckpointCatalog;
import com.gridwall.replay.checkpoint.CheckpointWriter;
import com.gridwall.replay.checkpoint.StoreCheckpointCodec;
import com.gridwall.replay.checkpoint.StoreImage;
import com.gridwall.replay.checkpoint.StoreStateCodec;
import com.gridwall.replay.events.EventVectors;
import com.gridwall.replay.events.SyntheticHistory;
import com.gridwall.replay.journal.JournalConfig;
import com.gridwall.replay.journal.JournalWriter;
import com.gridwall.replay.journal.JournalingSink;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A damaged (cut short, bit-flipped) or foreign checkpoint is refused with an error naming its
 * file, and the seek falls back to an older checkpoint, or to the journal start: the state it
 * reaches is the same as a replay from the first event.
 */
class CheckpointFallbackTest {
    private static final long START = 1_780_000_000_000L;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"store", "image"})
    void damagedCheckpointsFallBackToOlderOnesAndFinallyToTheJournalStart(String codecName) throws Exception {
        StoreStateCodec codec = codecName.equals("store") ? new StoreCheckpointCodec() : new StoreImage();
        StoreStateCodec foreign = codecName.equals("store") ? new StoreImage() : new StoreCheckpointCodec();
        SyntheticHistory h = new SyntheticHistory(9, START, 1500, 30);
        StoreFactory factory = new StoreFactory(h.units(), null, StoreConfig.defaults());
        try (BufferAllocator a = new RootAllocator()) {
            record(h.next(24_000), factory, a, codec);
            CheckpointCatalog catalog = CheckpointCatalog.scan(dir);
            assertTrue(catalog.size() >= 4, "checkpoints written: " + catalog.size());
            long[] seqs = catalog.seqs();
            Path newest = catalog.file(seqs[seqs.length - 1]);
            Path second = catalog.file(seqs[seqs.length - 2]);
            Path third = catalog.file(seqs[seqs.length - 3]);
            try (JournalWriter j = JournalWriter.open(JournalConfig.defaults(dir).withSync(false))) {
                Instant end = Instant.ofEpochMilli(j.index().maxTs());
                long expected;
                List<Object> picture;
                try (Seeker full = new Seeker(dir, j.index(), a, factory, null)) {
                    picture = SnapshotDigest.picture(full.seek(end));
                    expected = full.stateHash();
                }
                // newest cut short, the one before it written by the other codec, a bit flipped in the third
                byte[] bytes = Files.readAllBytes(newest);
                Files.write(newest, Arrays.copyOf(bytes, bytes.length / 2));
                try (EventStore other = factory.create(a, new ReplayTime(START))) {
                    Path tmp = dir.resolve("foreign.state");
                    foreign.write(other, tmp);
                    Files.move(tmp, second, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                try (Seeker s = new Seeker(dir, j.index(), a, factory, codec)) {
                    s.seek(end);
                    assertEquals(expected, s.stateHash(), "an older checkpoint reaches the same state");
                    assertTrue(s.lastFromCheckpoint());
                    List<String> why = s.rejectedCheckpoints();
                    assertEquals(2, why.size(), why.toString());
                    assertTrue(why.get(0).contains(newest.toString()), why.get(0));
                    assertTrue(why.get(1).contains(second.toString()), why.get(1));

                    flipAByte(third);
                    for (int i = 0; i < seqs.length - 3; i++) {
                        Files.write(catalog.file(seqs[i]), "not a checkpoint".getBytes());
                    }
                    try (Seeker t = new Seeker(dir, j.index(), a, factory, codec)) {
                        assertEquals(picture, SnapshotDigest.picture(t.seek(end)), "replayed from the journal start");
                        assertEquals(expected, t.stateHash());
                        assertFalse(t.lastFromCheckpoint());
                        assertEquals(seqs.length, t.rejectedCheckpoints().size(), t.rejectedCheckpoints().toString());
                        for (String w : t.rejectedCheckpoints()) {
                            assertTrue(w.contains(dir.resolve(CheckpointCatalog.DIR).toString()), w);
                        }
                    }
                }
            }
            assertEquals(0, a.getAllocatedMemory(), "refused checkpoints leak nothing");
        }
    }

    private static void flipAByte(Path file) throws Exception {
        byte[] b = Files.readAllBytes(file);
        b[b.length / 2] ^= 0x5A;
        Files.write(file, b);
    }

    private void record(List<Event> events, StoreFactory factory, BufferAllocator a, StoreStateCodec codec)
            throws Exception {
        ReplayTime clock = new ReplayTime(START);
        try (EventStore live = factory.create(a, clock);
             JournalWriter journal = JournalWriter.open(JournalConfig.defaults(dir).withSync(false));
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, a)) {
            journal.addListener(new CheckpointWriter(journal, live, codec, 4000));
            JournalingSink sink = new JournalingSink(live, journal);
            for (int i = 0; i < events.size(); i += 1000) {
                List<Event> b = events.subList(i, Math.min(events.size(), i + 1000));
                clock.set(b.get(b.size() - 1).ts());
                EventVectors.write(b, root);
                sink.append(root);
            }
        }
    }
}
