package com.gridwall.replay.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Event;
import com.gridwall.replay.events.EventVectors;
import com.gridwall.store.EventSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalWriterTest {
    @TempDir
    Path dir;
    private BufferAllocator allocator;

    @BeforeEach
    void setUp() {
        allocator = new RootAllocator();
    }

    @AfterEach
    void allocatorEndsAtZero() {
        assertEquals(0, allocator.getAllocatedMemory());
        allocator.close();
    }

    @Test
    void segmentsRotateBySizeAndEachIsAPlainArrowStream() throws IOException {
        List<List<Event>> batches;
        try (JournalWriter w = JournalWriter.open(JournalFixtures.small(dir).withSegmentBytes(12_000))) {
            batches = JournalFixtures.write(w, allocator, 3, 30, 20);
            assertTrue(w.index().segments().size() >= 3, "rotated: " + w.index().segments().size());
        }
        assertEquals(JournalFixtures.flatten(batches, 30), JournalFixtures.readAll(dir, allocator));
        int arrowRows = 0;
        for (long id : SegmentScan.ids(dir)) {
            try (InputStream in = Files.newInputStream(dir.resolve(SegmentIndex.dataName(id)));
                 ArrowStreamReader r = new ArrowStreamReader(in, allocator)) {
                assertEquals(EventSchema.SCHEMA.getFields(), r.getVectorSchemaRoot().getSchema().getFields());
                while (r.loadNextBatch()) {
                    arrowRows += r.getVectorSchemaRoot().getRowCount();
                }
            }
        }
        assertEquals(600, arrowRows, "any Arrow reader sees every journaled row");
    }

    @Test
    void segmentsRotateByAge() throws IOException {
        MutableClock clock = new MutableClock();
        try (JournalWriter w = JournalWriter.open(JournalFixtures.small(dir).withSegmentAge(Duration.ofMinutes(10)).withClock(clock))) {
            JournalFixtures.write(w, allocator, 3, 2, 5);
            clock.now = clock.now.plus(Duration.ofMinutes(11));
            JournalFixtures.write(w, allocator, 4, 1, 5);
            assertEquals(2, w.index().segments().size());
        }
    }

    @Test
    void retentionRemovesTheOldestSegmentsFirst() throws IOException {
        try (JournalWriter w = JournalWriter.open(JournalFixtures.small(dir).withSegmentBytes(10_000).withRetention(40_000, Duration.ZERO))) {
            List<Long> retainedFrom = new ArrayList<>();
            w.addListener(new JournalListener() {
                @Override
                public void committed(CommitRecord record, VectorSchemaRoot batch) {
                }

                @Override
                public void retained(long firstSeq) {
                    retainedFrom.add(firstSeq);
                }
            });
            JournalFixtures.write(w, allocator, 5, 100, 20);
            JournalIndex idx = w.index();
            assertTrue(idx.bytes() <= 40_000 + 10_000, "bounded: " + idx.bytes());
            assertTrue(idx.segments().get(0).id() > 1, "oldest segments removed");
            assertEquals(SegmentScan.ids(dir).get(0), idx.segments().get(0).id(), "their files are gone");
            assertEquals(2000, idx.lastSeq(), "the newest events stay");
            assertEquals(idx.firstSeq(), retainedFrom.get(retainedFrom.size() - 1));
            assertEquals(idx.firstSeq(), JournalFixtures.readAll(dir, allocator).get(0).seq());
        }
    }

    @Test
    void ageRetentionUsesEventTime() throws IOException {
        try (JournalWriter w = JournalWriter.open(JournalFixtures.small(dir).withSegmentBytes(10_000).withRetention(1L << 40, Duration.ofHours(1)))) {
            JournalFixtures.write(w, allocator, 5, 100, 20);
            w.rotate(); // retention runs when a segment is sealed
            JournalIndex idx = w.index();
            long newest = idx.maxTs();
            for (SegmentIndex s : idx.segments()) {
                assertTrue(s.maxTs() >= newest - Duration.ofHours(1).toMillis() - 1, "segment " + s.id() + " too old");
            }
            assertTrue(idx.firstSeq() > 1, "old segments removed");
        }
    }

    @Test
    void readerStartsAtAnySeqOrTime() throws IOException {
        List<Event> all;
        try (JournalWriter w = JournalWriter.open(JournalFixtures.small(dir).withSegmentBytes(8_000))) {
            all = JournalFixtures.flatten(JournalFixtures.write(w, allocator, 9, 20, 10), 20);
        }
        try (JournalReader r = JournalReader.open(dir, allocator)) {
            JournalReader.Cursor c = r.fromSeq(137);
            assertTrue(c.next());
            int row = c.firstRowAtOrAfter(137);
            assertEquals(137, EventVectors.read(c.root(), row).seq());
            long t = all.get(150).ts();
            JournalReader.Cursor byTime = r.fromTime(t);
            assertTrue(byTime.next());
            assertTrue(byTime.record().firstSeq() <= all.get(150).seq() && byTime.record().maxTs() >= t);
        }
    }

    @Test
    void appendRejectsSeqGoingBackwardsAndKeepsWhatWasCommitted() throws IOException {
        try (JournalWriter w = JournalWriter.open(JournalFixtures.small(dir))) {
            List<List<Event>> b = JournalFixtures.write(w, allocator, 1, 2, 5);
            try (VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator)) {
                EventVectors.write(b.get(0), root);
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.append(root));
                assertTrue(e.getMessage().contains("seq 1 at row 0"), e.getMessage());
            }
            assertEquals(10, w.lastSeq());
        }
        assertEquals(10, JournalFixtures.readAll(dir, allocator).size());
    }

    @Test
    void reopeningContinuesInANewSegment() throws IOException {
        try (JournalWriter w = JournalWriter.open(JournalFixtures.small(dir))) {
            JournalFixtures.write(w, allocator, 1, 2, 5);
        }
        try (JournalWriter w = JournalWriter.open(JournalFixtures.small(dir))) {
            assertTrue(w.recovery().clean(), w.recovery().cuts().toString());
            assertEquals(10, w.lastSeq());
            try (VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator)) {
                var h = new com.gridwall.replay.events.SyntheticHistory(1, JournalFixtures.START, 600, 40);
                h.next(10);
                EventVectors.write(h.next(5), root);
                w.append(root);
            }
            assertEquals(2, w.index().segments().size());
        }
        assertEquals(15, JournalFixtures.readAll(dir, allocator).size());
    }

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-06-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
