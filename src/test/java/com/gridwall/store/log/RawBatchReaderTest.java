package com.gridwall.store.log;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Category;
import com.gridwall.domain.Department;
import com.gridwall.domain.Event;
import com.gridwall.domain.EventType;
import com.gridwall.domain.Source;
import com.gridwall.store.EventBatches;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;

/** The raw-buffer fast path decodes exactly like the checked vector-API path, and gives way on bad rows. */
class RawBatchReaderTest {

    private static List<Event> randomEvents(long seed, int n) {
        Random rnd = new Random(seed);
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean point = rnd.nextBoolean();
            // ids of varying lengths (short, word-sized, long, multi-byte utf8)
            String id = switch (rnd.nextInt(4)) {
                case 0 -> "e" + i;
                case 1 -> "event-%08d".formatted(i);
                case 2 -> "事件-" + i + "-" + "x".repeat(rnd.nextInt(40));
                default -> Long.toHexString(rnd.nextLong()) + i;
            };
            out.add(new Event(i + 1, id, "inc-" + rnd.nextInt(n / 3 + 1),
                    EventType.values()[rnd.nextInt(EventType.values().length)], 1_700_000_000_000L + rnd.nextInt(1 << 30),
                    Category.values()[rnd.nextInt(Category.values().length)],
                    Source.values()[rnd.nextInt(Source.values().length)],
                    rnd.nextBoolean() ? Department.values()[rnd.nextInt(Department.values().length)] : null,
                    1 + rnd.nextInt(4), point ? 113.9 + rnd.nextDouble() : Double.NaN,
                    point ? 35.3 + rnd.nextDouble() : Double.NaN, rnd.nextInt(3) == 0 ? null : "G" + rnd.nextInt(700),
                    rnd.nextBoolean() ? Event.NO_TIME : 1_700_000_000_000L + rnd.nextInt(),
                    rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(5) : Event.NO_RATING,
                    rnd.nextBoolean() ? null : "摘要 " + i));
        }
        return out;
    }

    @Test
    void fastPathDecodesExactlyLikeTheCheckedPath() {
        try (BufferAllocator allocator = new RootAllocator(); VectorSchemaRoot root = EventBatches.create(allocator)) {
            for (long seed = 1; seed <= 5; seed++) {
                int n = 1 + (int) (seed * 397 % 2000);
                EventBatches.fill(root, randomEvents(seed, n));
                BatchDecoder checked = new BatchDecoder();
                DecodedBatch a = checked.decodeChecked(root, n);
                DecodedBatch b = new DecodedBatch();
                b.ensure(n);
                assertTrue(RawBatchReader.read(root, n, b, new EnumCodec(EventType.class),
                        new EnumCodec(Category.class), new EnumCodec(Source.class), new EnumCodec(Department.class)));
                assertEquals(a.rows, b.rows);
                assertArrayEquals(Arrays.copyOf(a.seq, n), Arrays.copyOf(b.seq, n));
                assertArrayEquals(Arrays.copyOf(a.ts, n), Arrays.copyOf(b.ts, n));
                assertArrayEquals(Arrays.copyOf(a.deadline, n), Arrays.copyOf(b.deadline, n));
                assertArrayEquals(Arrays.copyOf(a.lon, n), Arrays.copyOf(b.lon, n));
                assertArrayEquals(Arrays.copyOf(a.lat, n), Arrays.copyOf(b.lat, n));
                assertArrayEquals(Arrays.copyOf(a.type, n), Arrays.copyOf(b.type, n));
                assertArrayEquals(Arrays.copyOf(a.category, n), Arrays.copyOf(b.category, n));
                assertArrayEquals(Arrays.copyOf(a.source, n), Arrays.copyOf(b.source, n));
                assertArrayEquals(Arrays.copyOf(a.department, n), Arrays.copyOf(b.department, n));
                assertArrayEquals(Arrays.copyOf(a.severity, n), Arrays.copyOf(b.severity, n));
                assertArrayEquals(Arrays.copyOf(a.satisfaction, n), Arrays.copyOf(b.satisfaction, n));
                assertArrayEquals(Arrays.copyOf(a.idStart, n), Arrays.copyOf(b.idStart, n));
                assertArrayEquals(Arrays.copyOf(a.idLen, n), Arrays.copyOf(b.idLen, n));
                assertArrayEquals(Arrays.copyOf(a.incStart, n), Arrays.copyOf(b.incStart, n));
                assertArrayEquals(Arrays.copyOf(a.incLen, n), Arrays.copyOf(b.incLen, n));
                assertArrayEquals(Arrays.copyOf(a.gridLen, n), Arrays.copyOf(b.gridLen, n));
                assertArrayEquals(Arrays.copyOf(a.sumLen, n), Arrays.copyOf(b.sumLen, n));
                for (int r = 0; r < n; r++) {
                    if (a.gridLen[r] >= 0) {
                        assertEquals(a.gridStart[r], b.gridStart[r], "grid start of row " + r);
                    }
                    if (a.sumLen[r] > 0) {
                        assertEquals(a.sumStart[r], b.sumStart[r], "summary start of row " + r);
                    }
                }
            }
        }
    }

    @Test
    void badRowGivesWayToTheCheckedPathWhichNamesIt() {
        try (BufferAllocator allocator = new RootAllocator(); VectorSchemaRoot root = EventBatches.create(allocator)) {
            List<Event> events = randomEvents(9, 300);
            EventBatches.fill(root, events);
            ((TinyIntVector) root.getVector("severity")).set(217, 9);
            DecodedBatch b = new DecodedBatch();
            b.ensure(300);
            assertFalse(RawBatchReader.read(root, 300, b, new EnumCodec(EventType.class),
                    new EnumCodec(Category.class), new EnumCodec(Source.class), new EnumCodec(Department.class)));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new BatchDecoder().decode(root));
            assertTrue(e.getMessage().contains("row 217") && e.getMessage().contains("seq 218")
                    && e.getMessage().contains(events.get(217).eventId()) && e.getMessage().contains("severity"),
                    e.getMessage());
        }
    }
}
