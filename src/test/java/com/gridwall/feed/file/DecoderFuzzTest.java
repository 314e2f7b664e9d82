package com.gridwall.feed.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.gridwall.feed.MemorySink;
import com.gridwall.feed.flight.BatchMetadata;
import com.gridwall.feed.flight.FeedTicket;
import java.nio.charset.StandardCharsets;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/**
 * Fuzz targets for everything that reads bytes from outside: Arrow IPC (stream and file), CSV,
 * batch metadata and tickets. Run normally, each replays its saved corpus under
 * src/test/resources/com/gridwall/feed/file/DecoderFuzzTestInputs/; with JAZZER_FUZZ=1 it fuzzes.
 * The contract: never an exception, nothing accepted that the validator did not pass, no leaked memory.
 */
class DecoderFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void arrowIpc(byte[] data) {
        MemorySink sink = new MemorySink();
        try (BufferAllocator allocator = new RootAllocator()) {
            ImportReport r = ArrowImporter.importBytes("fuzz", data, sink, allocator);
            assertTrue(r.accepted() + r.rejected() <= r.rows() + 1, r.toString());
            assertEquals(r.accepted(), sink.events().size());
            assertEquals(0, allocator.getAllocatedMemory());
        }
    }

    @FuzzTest(maxDuration = "60s")
    void csv(byte[] data) {
        MemorySink sink = new MemorySink();
        try (BufferAllocator allocator = new RootAllocator()) {
            ImportReport r = CsvImporter.importText("fuzz.csv", new String(data, StandardCharsets.UTF_8), sink, allocator);
            assertTrue(r.accepted() + r.rejected() <= r.rows(), r.toString());
            assertEquals(r.accepted(), sink.events().size());
            sink.events().forEach(e -> assertTrue(e.severity() >= 1 && e.severity() <= 4));
            assertEquals(0, allocator.getAllocatedMemory());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void metadataAndTicket(byte[] data) {
        try {
            BatchMetadata m = BatchMetadata.parse(data);
            assertEquals(m, BatchMetadata.parse(m.encode()));
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage() != null && !expected.getMessage().isEmpty());
        }
        try {
            FeedTicket t = FeedTicket.parse(data);
            assertEquals(t, FeedTicket.parse(t.encode()));
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage() != null && !expected.getMessage().isEmpty());
        }
    }
}
