package com.gridwall.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh allocator (which must end at zero) and a clock at T0 + 6 h for each test. */
abstract class StoreFixture {
    static final long T0 = EventStoreTest.T0;
    static final long H = EventStoreTest.H;

    RootAllocator allocator;
    MutableClock clock;

    @BeforeEach
    void open() {
        allocator = new RootAllocator();
        clock = new MutableClock(T0 + 6 * H);
    }

    @AfterEach
    void close() {
        assertEquals(0, allocator.getAllocatedMemory(), "allocator must end at zero");
        allocator.close();
    }
}
