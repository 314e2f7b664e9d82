package com.gridwall.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.gridwall.domain.Category;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Test;

/**
 * A store that publishes at most every so often still shows the last batch of a burst: the timer's
 * {@link EventStore#publishPending()} publishes it, and publishes nothing when nothing is pending.
 */
class PublishPendingTest {
    @Test
    void theBatchAfterAPublicationWaitsForTheTimerAndOnlyThatOne() {
        StoreConfig rare = StoreConfig.defaults().withPublishEveryMillis(3_600_000L);
        try (RootAllocator a = new RootAllocator()) {
            MutableClock clock = new MutableClock(EventStoreTest.T0);
            try (EventStore store = new EventStore(a, TestMap.directory(), null, clock, rare)) {
                store.tick();
                long v0 = store.snapshot().version();
                StoreBehaviourTest.append(store, a, List.of(
                        StoreBehaviourTest.reported(1, "i1", EventStoreTest.T0, Category.values()[0], "S0C0G0")));
                long afterBatch = store.snapshot().version();
                assertEquals(v0, afterBatch, "within the interval the batch is not published yet");
                assertEquals(0, store.snapshot().events());
                store.publishPending();
                assertEquals(v0 + 1, store.snapshot().version());
                assertEquals(1, store.snapshot().events(), "the pending batch is shown");
                var shown = store.snapshot();
                store.publishPending();
                assertSame(shown, store.snapshot(), "nothing pending: no new snapshot");
            }
            assertEquals(0, a.getAllocatedMemory());
        }
    }
}
