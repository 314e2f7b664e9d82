package com.gridwall.store.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Test;

class BufferBinTest {
    @Test
    void aKeptBufferServesTheNextNeedOfItsCapacityWithinTheBound() {
        try (BufferAllocator a = new RootAllocator()) {
            BufferBin bin = new BufferBin(100_000);
            ArrowBuf b = a.buffer(65_536);
            bin.give(b);
            assertEquals(65_536, bin.bytes());
            ArrowBuf other = bin.take(a, 4_096);
            assertNotSame(b, other, "another capacity is allocated");
            assertSame(b, bin.take(a, 65_536), "the same capacity is taken back");
            assertEquals(0, bin.bytes());
            assertEquals(1, bin.reused());

            bin.give(b);
            bin.give(b); // twice: kept once
            assertEquals(65_536, bin.bytes());
            assertSame(b, bin.take(a, 65_536));
            ArrowBuf fresh = bin.take(a, 65_536);
            assertNotSame(b, fresh, "no second copy of it was kept");
            fresh.close();
            bin.give(b);
            ArrowBuf beyond = a.buffer(65_536);
            bin.give(beyond); // past the bound: closed
            assertEquals(0, beyond.refCnt());
            assertEquals(65_536, bin.bytes());
            bin.give(other);
            bin.close();
            assertEquals(0, bin.bytes());
            assertEquals(0, a.getAllocatedMemory(), "every kept buffer is closed with the bin");
        }
    }
}
