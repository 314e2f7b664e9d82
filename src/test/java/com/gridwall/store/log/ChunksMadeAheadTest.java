package com.gridwall.store.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Test;

/** A log whose chunks are made ahead on another thread holds exactly what one making them inline holds. */
class ChunksMadeAheadTest {
    @Test
    void chunksMadeAheadHoldTheSameRowsAndAreNotCountedBeforeTheyHoldAny() throws Exception {
        ExecutorService maker = Executors.newSingleThreadExecutor();
        try (BufferAllocator a = new RootAllocator(); ArrowBuf id = a.buffer(64)) {
            try (EventLog ahead = new EventLog(a.newChildAllocator("ahead", 0, Long.MAX_VALUE), Long.MAX_VALUE);
                 EventLog inline = new EventLog(a.newChildAllocator("inline", 0, Long.MAX_VALUE), Long.MAX_VALUE)) {
                ahead.prepareChunksOn(maker);
                long rows = 3L * LogChunk.ROWS + 17;
                for (long r = 0; r < rows; r++) {
                    byte[] key = ("e" + r).getBytes(StandardCharsets.UTF_8);
                    id.setBytes(0, key);
                    for (EventLog log : new EventLog[] {ahead, inline}) {
                        log.append(r, 1_000 * r, (int) (r % 7), (int) (r % 5), (int) (r % 3), -1, 2, r * 0.5, -r, (int) r / 3,
                                (int) (r % 11), Long.MIN_VALUE, -1, id, 0, key.length, null, 0, 0);
                    }
                    if (r % LogChunk.ROWS == 100) {
                        Thread.sleep(20); // as an ingest gives the helper time between chunks
                    }
                }
                assertTrue(ahead.chunksMadeAhead() >= 2, "chunks were made ahead: " + ahead.chunksMadeAhead());
                assertEquals(0, inline.chunksMadeAhead());
                LogRow x = new LogRow();
                LogRow y = new LogRow();
                for (long r = 0; r < rows; r += 997) {
                    ahead.read(r, x);
                    inline.read(r, y);
                    assertEquals(y.seq, x.seq);
                    assertEquals(y.ts, x.ts);
                    assertEquals(y.incident, x.incident);
                    assertEquals(y.lon, x.lon);
                    assertEquals(inline.eventId(r), ahead.eventId(r));
                    assertEquals(inline.summary(r), ahead.summary(r));
                }
                assertEquals(inline.arrowBytes(), ahead.arrowBytes(), "the chunk made ahead holds no rows and is not counted");
            }
            assertEquals(id.capacity(), a.getAllocatedMemory(), "closing the log closes the chunk made ahead");
        } finally {
            maker.shutdown();
        }
    }
}
