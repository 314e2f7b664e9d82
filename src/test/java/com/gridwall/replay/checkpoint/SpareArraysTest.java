package com.gridwall.replay.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.replay.events.SyntheticHistory;
import com.gridwall.replay.seek.ReplayTime;
import com.gridwall.replay.seek.StoreFactory;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Copies into a reused store that take their arrays from the spares left by earlier copies stay exact. */
class SpareArraysTest {
    private final SyntheticHistory h = new SyntheticHistory(5, FrozenStoreTest.START, 3000, 40);
    private final StoreFactory factory = new StoreFactory(h.units(), null, StoreConfig.defaults());
    private BufferAllocator a;
    private VectorSchemaRoot root;
    private FrozenPages pages;
    private TwoStates two;

    @BeforeEach
    void captureTwoStates() {
        a = new RootAllocator();
        root = VectorSchemaRoot.create(EventSchema.SCHEMA, a);
        pages = new FrozenPages();
        two = TwoStates.capture(h, factory, a, root, pages, 3_000, 30_000);
    }

    @AfterEach
    void close() {
        pages.close();
        root.close();
        assertEquals(0, a.getAllocatedMemory(), "every Arrow buffer was given back");
        a.close();
    }

    @Test
    void seededArraysServeTheFirstCopyIntoTablesOfTheirSize() throws Exception {
        SpareArrays tooSmall = new SpareArrays(16 << 10, 1024);
        tooSmall.seedFor(List.of(two.large()));
        assertEquals(0, tooSmall.bytes(), "a state whose arrays exceed the bound is not seeded in part");

        // tables of 32 KB and more: smaller ones (the pools of interned keys, which grow by doubling)
        // can share a length with another table of the other state, and a copy gives back the
        // previous state's arrays only when it ends; the wall keeps arrays of 256 KB and more
        SpareArrays spares = new SpareArrays(1L << 30, 32 << 10);
        spares.seedFor(List.of(two.large(), two.small()));
        assertTrue(spares.bytes() > 0);
        ReplayTime seekTime = new ReplayTime(two.smallTime());
        EventStore store = two.small().thawInto(factory.createReplay(a, seekTime), spares);
        assertEquals(two.smallHash(), store.stateHash());
        seekTime.set(two.largeTime());
        store = two.large().thawInto(store, spares);
        assertEquals(two.largeHash(), store.stateHash());
        assertEquals(0, spares.missed(), "every large array of both states came from the seeds");
        assertTrue(spares.taken() > 0);
        store.close();
    }

    @Test
    void aCopyIntoArraysAnotherStateLeftBehindIsExactAndAllocatesNoneOfThem() throws Exception {
        FrozenStore small = two.small();
        FrozenStore large = two.large();
        long smallHash = two.smallHash();
        long largeHash = two.largeHash();
        SpareArrays spares = new SpareArrays(1L << 30, 1024);
        ReplayTime seekTime = new ReplayTime(two.largeTime());
        EventStore store = large.thawInto(factory.createReplay(a, seekTime), spares);
        assertEquals(largeHash, store.stateHash());
        // a tail folded into the large state: its arrays now hold other values, in pages the state has as zeros too
        StoreImageTest.feed(store, seekTime, root, h.next(300));
        assertTrue(store.stateHash() != largeHash);

        seekTime.set(two.smallTime()); // a seek sets the store's clock first
        store = small.thawInto(store, spares);
        assertEquals(smallHash, store.stateHash(), "a copy into a store whose tables were larger");
        long kept = spares.bytes();
        assertTrue(kept > 0, "the larger tables' arrays are kept: " + kept);
        assertEquals(0, spares.taken());

        seekTime.set(two.largeTime());
        store = large.thawInto(store, spares);
        assertEquals(largeHash, store.stateHash(), "a copy into the arrays the fold had changed");
        assertTrue(spares.taken() > 0, "arrays taken again: " + spares.taken());
        assertTrue(spares.bytes() > 0 && spares.bytes() != kept, "the small tables' arrays are kept in their place");
        store.close();
    }

    @Test
    void theLargerStatesArraysServeTheCopyBackAndTheStoreStillFindsItsIncidents() throws Exception {
        SpareArrays spares = new SpareArrays(1L << 30, 1024);
        ReplayTime seekTime = new ReplayTime(two.largeTime());
        EventStore store = two.large().thawInto(factory.createReplay(a, seekTime), spares);
        seekTime.set(two.smallTime());
        store = two.small().thawInto(store, spares);
        assertEquals(two.smallHash(), store.stateHash());
        List<Integer> pools = spares.lengths(byte.class);
        assertFalse(pools.isEmpty(), "the larger state's byte tables (interned-key pools among them) are kept");

        seekTime.set(two.largeTime());
        long taken = spares.taken();
        store = two.large().thawInto(store, spares);
        assertEquals(two.largeHash(), store.stateHash());
        assertTrue(spares.taken() > taken, "the larger state's arrays are taken again");
        assertFalse(spares.lengths(byte.class).contains(pools.get(pools.size() - 1)),
                pools + " then " + spares.lengths(byte.class));

        // the tables' contents are what later events are matched by: a tail of lifecycle events of
        // known incidents must fold as into a copy that allocated its tables afresh
        List<com.gridwall.domain.Event> tail = h.next(2_000);
        ReplayTime refTime = new ReplayTime(two.largeTime());
        try (EventStore reference = two.large().thaw(a, factory, refTime)) {
            StoreImageTest.feed(store, seekTime, root, tail);
            StoreImageTest.feed(reference, refTime, root, tail);
            assertEquals(reference.stateHash(), store.stateHash());
            assertTrue(store.stateHash() != two.largeHash());
        }
        store.close();
    }
}
