package com.gridwall.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.gridwall.domain.Event;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;

/** Export to Arrow IPC and import give the same store: same hash, same KPIs, same behaviour afterwards. */
class CheckpointTest {
    static final long T0 = EventStoreTest.T0;
    static final long H = 3_600_000L;

    @Test
    void aRestoredStoreIsTheSameStoreAndGoesOnTheSameWay() throws IOException {
        List<Event> arrival = new EventGenerator(42).generate(500, T0 - 8 * 24 * H, T0 + 2 * H);
        int half = arrival.size() / 2;
        StoreConfig config = StoreConfig.defaults();
        try (RootAllocator allocator = new RootAllocator()) {
            MutableClock clock = new MutableClock(T0);
            try (EventStore a = new EventStore(allocator, TestMap.directory(), TestMap.resolver(), clock, config);
                 VectorSchemaRoot root = EventBatches.create(allocator)) {
                for (int k = 0; k < half; k += 50) {
                    EventBatches.fill(root, arrival.subList(k, Math.min(half, k + 50)));
                    a.append(root);
                    clock.advance(90_000);
                }
                a.tick();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                a.checkpoint(out);
                try (EventStore b = EventStore.restore(new ByteArrayInputStream(out.toByteArray()), allocator,
                        TestMap.directory(), TestMap.resolver(), clock, config)) {
                    assertEquals(a.stateHash(), b.stateHash());
                    assertEquals(a.lastSeq(), b.lastSeq());
                    assertEquals(a.stats(), b.stats());
                    KpiPropertyTest.compare(b.snapshot(), KpiOracle.fold(KpiOracle.dedup(arrival.subList(0, half)),
                            Long.MAX_VALUE, TestMap.resolver()), TestMap.directory(), clock.millis(), config);
                    assertEquals(a.snapshot().recent(), b.snapshot().recent());
                    for (int k = half; k < arrival.size(); k += 50) {
                        EventBatches.fill(root, arrival.subList(k, Math.min(arrival.size(), k + 50)));
                        AppendResult ra = a.append(root);
                        AppendResult rb = b.append(root);
                        assertEquals(ra, rb, "both stores accept and reject the same rows");
                        clock.advance(90_000);
                    }
                    a.tick();
                    b.tick();
                    assertEquals(a.stateHash(), b.stateHash());
                    assertEquals(a.asOf(java.time.Instant.ofEpochMilli(T0 - H)).root().today(),
                            b.asOf(java.time.Instant.ofEpochMilli(T0 - H)).root().today());
                }
                byte[] bytes = out.toByteArray();
                // every cut point refuses, including cuts at batch and section boundaries
                for (int len = 0; len < bytes.length; len += Math.max(1, bytes.length / 97)) {
                    byte[] cut = Arrays.copyOf(bytes, len);
                    assertThrows(Exception.class, () -> EventStore.restore(new ByteArrayInputStream(cut), allocator,
                            TestMap.directory(), TestMap.resolver(), clock, config).close(),
                            "a checkpoint cut at " + len + " of " + bytes.length + " bytes is refused");
                }
            }
            assertEquals(0, allocator.getAllocatedMemory());
        }
    }
}
