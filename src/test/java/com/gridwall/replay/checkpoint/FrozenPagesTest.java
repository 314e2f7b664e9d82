package com.gridwall.replay.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Event;
import com.gridwall.replay.events.SyntheticHistory;
import com.gridwall.replay.seek.ReplayTime;
import com.gridwall.replay.seek.StoreFactory;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import com.gridwall.ui.BlockingCall;
import java.io.IOException;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Off-heap pages of captured states: freed only when no kept state needs them, reused, all given back. */
class FrozenPagesTest {
    private final SyntheticHistory history = new SyntheticHistory(11, FrozenStoreTest.START, 3000, 40);
    private final StoreFactory factory = new StoreFactory(history.units(), null, StoreConfig.defaults());
    private BufferAllocator allocator;
    private VectorSchemaRoot root;
    private ReplayTime time;
    private EventStore store;

    @BeforeEach
    void open() {
        allocator = new RootAllocator();
        root = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator);
        time = new ReplayTime(FrozenStoreTest.START);
        store = factory.createReplay(allocator, time);
    }

    @AfterEach
    void close() {
        store.close();
        root.close();
        assertEquals(0, allocator.getAllocatedMemory(), "every Arrow buffer was given back");
        allocator.close();
    }

    private void feed(int events) {
        List<Event> batch = history.next(events);
        StoreImageTest.feed(store, time, root, batch);
    }

    private long thawedHash(FrozenStore s) throws IOException {
        try (EventStore copy = s.thaw(allocator, factory, new ReplayTime(time.millis()))) {
            return copy.stateHash();
        }
    }

    private static int slotsInUse(FrozenPages pages) {
        return pages.coarse.slotsInUse() + pages.fine.slotsInUse();
    }

    private static int slotsOf(List<FrozenStore> states) {
        FrozenGraph.Census c = new FrozenGraph.Census();
        states.forEach(s -> s.census(c));
        return c.coarse.cardinality() + c.fine.cardinality();
    }

    @Test
    void aSweepFreesExactlyThePagesNoKeptStateHoldsAndKeptStatesStayExact() throws Exception {
        try (FrozenPages pages = new FrozenPages()) {
            feed(8_000);
            FrozenStore s1 = FrozenStore.capture(store, null, pages);
            long h1 = store.stateHash();
            feed(8_000);
            FrozenStore s2 = FrozenStore.capture(store, s1, pages);
            feed(8_000);
            FrozenStore s3 = FrozenStore.capture(store, s2, pages);
            long h3 = store.stateHash();
            int before = slotsInUse(pages);
            assertEquals(slotsOf(List.of(s1, s2, s3)), before, "every page handed out is held by a state");

            s2.release();
            assertEquals(FrozenStore.retainedBytes(List.of(s1, s3)), pages.sweep(List.of(s1, s3)),
                    "a sweep reports what the kept states hold");
            int after = slotsInUse(pages);
            assertEquals(slotsOf(List.of(s1, s3)), after, "the pages only the released state held were freed");
            assertTrue(after < before, after + " of " + before);

            assertEquals(h1, thawedHash(s1), "a kept state still rebuilds exactly");
            assertEquals(h3, thawedHash(s3));
            IOException e = assertThrows(IOException.class, () -> thawedHash(s2));
            assertTrue(e.getMessage().contains("released"), e.getMessage());
        }
    }

    @Test
    void theNewestCaptureKeepsItsPagesThroughASweepAndLaterCapturesReuseFreedPages() throws Exception {
        try (FrozenPages pages = new FrozenPages()) {
            feed(8_000);
            FrozenStore s1 = FrozenStore.capture(store, null, pages);
            feed(20_000);
            FrozenStore s2 = FrozenStore.capture(store, s1, pages);
            // a ladder may drop even its newest state (a refused rung); the next capture still shares its pages
            s1.release();
            s2.release();
            List<PageSlab> slabs = List.of(pages.coarse, pages.fine);
            int[] held = slabs.stream().mapToInt(PageSlab::slotsInUse).toArray();
            pages.sweep(List.of());
            assertEquals(slotsOf(List.of(s2)), slotsInUse(pages), "the newest capture is the next one's base");
            int[] freed = new int[2];
            int[] handedOut = new int[2];
            for (int i = 0; i < 2; i++) {
                freed[i] = held[i] - slabs.get(i).slotsInUse();
                handedOut[i] = slabs.get(i).handedOut();
            }
            assertTrue(freed[0] + freed[1] > 0);

            feed(100);
            FrozenStore s3 = FrozenStore.capture(store, s2, pages);
            assertEquals(store.stateHash(), thawedHash(s3));
            assertEquals(slotsOf(List.of(s2, s3)), slotsInUse(pages), "nothing held beyond the two states");
            for (int i = 0; i < 2; i++) {
                int added = slabs.get(i).slotsInUse() - (held[i] - freed[i]);
                assertEquals(Math.max(0, added - freed[i]), slabs.get(i).handedOut() - handedOut[i],
                        "new slots only once the freed ones are used up (" + slabs.get(i).pageBytes() + "-byte pages, "
                                + added + " added, " + freed[i] + " freed)");
            }
        }
    }

    @Test
    void aCaptureOfAnUnchangedStoreSharesEverythingWithThePreviousOne() throws Exception {
        try (FrozenPages pages = new FrozenPages()) {
            feed(8_000);
            FrozenStore s1 = FrozenStore.capture(store, null, pages);
            FrozenStore s2 = FrozenStore.capture(store, s1, pages);
            assertEquals(0, s2.newBytes(), "no page, no slot table, no node of its own");
            assertEquals(FrozenStore.retainedBytes(List.of(s1)), FrozenStore.retainedBytes(List.of(s1, s2)));
            assertEquals(store.stateHash(), thawedHash(s2));
            feed(100);
            FrozenStore s3 = FrozenStore.capture(store, s2, pages);
            assertTrue(s3.newBytes() > 0);
            assertEquals(store.stateHash(), thawedHash(s3));
        }
    }

    @Test
    void aSweepWaitsForAThawThatIsCopyingPages() throws Exception {
        try (FrozenPages pages = new FrozenPages()) {
            feed(4_000);
            FrozenStore s1 = FrozenStore.capture(store, null, pages);
            s1.release();
            pages.reading().lock(); // as a thaw holds it while it copies
            BlockingCall.assertBlocksUntilReleased(() -> pages.sweep(List.of()), 200, () -> pages.reading().unlock());
        }
    }

    @Test
    void closeGivesAllMemoryBackAndLaterThawsFailClearly() throws Exception {
        FrozenPages pages = new FrozenPages();
        feed(4_000);
        FrozenStore s1 = FrozenStore.capture(store, null, pages);
        assertTrue(pages.allocatedBytes() > 0);
        pages.close();
        assertEquals(0, pages.allocatedBytes());
        IOException e = assertThrows(IOException.class, () -> thawedHash(s1));
        assertTrue(e.getMessage().contains("released"), e.getMessage());
        IllegalStateException c = assertThrows(IllegalStateException.class, () -> FrozenStore.capture(store, null, pages));
        assertTrue(c.getMessage().contains("closed"), c.getMessage());
    }
}
