package com.gridwall.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.FeedHealth;
import com.gridwall.feed.sim.Scenario;
import com.gridwall.feed.sim.SimConfig;
import com.gridwall.store.AppendResult;
import com.gridwall.store.EventSink;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;

/** Ingest and the reader of health never wait on each other; a stuck store holds the feed back, not the UI. */
class BackpressureTest {
    @Test
    void aStuckStoreStopsIngestAtTheBoundButHealthStaysReadable() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger appends = new AtomicInteger();
        MemorySink inner = new MemorySink();
        EventSink stuck = new EventSink() {
            @Override
            public AppendResult append(VectorSchemaRoot batch) {
                appends.incrementAndGet();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return inner.append(batch);
            }

            @Override
            public long lastSeq() {
                return inner.lastSeq();
            }
        };
        SimConfig cfg = SimConfig.of(9, Scenario.NORMAL, 100_000, 1440, FlightRoundTripTest.START);
        try (BufferAllocator root = new RootAllocator()) {
            // an hour of history at 100k/s is far more than the hand-off holds
            EmbeddedFeedSource feed = new EmbeddedFeedSource(stuck, cfg, TestUnits.small(), root,
                    System.currentTimeMillis() - 3_600_000L, 200_000);
            feed.start();
            Waits.until(() -> appends.get() == 1, 10_000);
            Thread.sleep(300);
            // the writer is blocked inside the store; reading health must still answer, many times
            for (int i = 0; i < 1_000; i++) {
                FeedHealth h = feed.health();
                assertEquals(FeedHealth.State.EMBEDDED, h.state());
            }
            assertEquals(1, appends.get(), "the writer is still stuck in its first append");
            long held = root.getAllocatedMemory();
            assertTrue(held < 64L * 1024 * 1024, "the bounded hand-off caps what waits: " + held + " bytes");
            release.countDown();
            Waits.until(() -> inner.lastSeq() >= 200_000, 15_000);
            feed.close();
            assertEquals(200_000, inner.events().size());
        }
    }

    @Test
    void theEmbeddedSimulatorFeedsARealStoreAndReportsItsHealth() throws Exception {
        SimConfig cfg = SimConfig.of(10, Scenario.EVENT, 5_000, 1440, FlightRoundTripTest.START);
        try (BufferAllocator root = new RootAllocator();
             EventStore store = new EventStore(root, TestUnits.small(), null, Clock.systemUTC(), StoreConfig.defaults())) {
            EmbeddedFeedSource feed = new EmbeddedFeedSource(store, cfg, TestUnits.small(), root,
                    System.currentTimeMillis() - 2_000, 30_000);
            feed.start();
            // the writer books the batch in the feed's health just after the store applied it
            Waits.until(() -> store.lastSeq() >= 30_000 && feed.health().lastSeq() >= 30_000, 15_000);
            FeedHealth h = feed.health();
            feed.close();
            assertEquals(FeedHealth.State.EMBEDDED, h.state());
            assertEquals(30_000, h.lastSeq());
            assertEquals(0, h.rejected());
            assertEquals(30_000, store.stats().events());
            assertTrue(h.lagMs() >= 0);
        }
    }
}
