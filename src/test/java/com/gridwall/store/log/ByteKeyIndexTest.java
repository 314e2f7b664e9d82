package com.gridwall.store.log;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Test;

/** Interning into one byte pool: dense ids in first-seen order, every key found again, its bytes and hash kept. */
class ByteKeyIndexTest {

    @Test
    void keysReservedAheadAreInternedWithoutGrowingAnything() {
        ByteKeyIndex index = new ByteKeyIndex();
        for (int k = 0; k < 3000; k++) {
            index.intern("INC-2026-" + k);
        }
        index.reserveKeys(40_000);
        long[] reserved = index.capacity();
        for (int k = 3000; k < 43_000; k++) {
            assertEquals(k, index.intern("INC-2026-" + k));
        }
        assertArrayEquals(reserved, index.capacity(), "no rehash, no larger pool");
        for (int k = 0; k < 43_000; k++) {
            assertEquals(k, index.intern("INC-2026-" + k), "found again");
        }
        assertEquals(43_000, index.size());
        // without the reservation the same keys grow the table
        ByteKeyIndex plain = new ByteKeyIndex();
        for (int k = 0; k < 3000; k++) {
            plain.intern("INC-2026-" + k);
        }
        long[] before = plain.capacity();
        for (int k = 3000; k < 43_000; k++) {
            plain.intern("INC-2026-" + k);
        }
        assertTrue(plain.capacity()[0] > before[0], "the plain table rehashed");
    }

    @Test
    void keysFromBuffersAndStringsGetDenseIdsAndComeBackExactly() {
        try (BufferAllocator a = new RootAllocator(); ArrowBuf buf = a.buffer(64)) {
            ByteKeyIndex index = new ByteKeyIndex();
            Map<String, Integer> want = new HashMap<>();
            List<String> order = new ArrayList<>();
            SplittableRandom rnd = new SplittableRandom(7);
            for (int k = 0; k < 50_000; k++) {
                // ids of 0 to 40 bytes, Chinese among them; about one in three seen before
                String key = rnd.nextInt(3) == 0 && !order.isEmpty() ? order.get(rnd.nextInt(order.size()))
                        : "INC-" + rnd.nextInt(1 << 20) + (rnd.nextInt(5) == 0 ? "-红旗区" : "") + "x".repeat(rnd.nextInt(20));
                if (rnd.nextInt(6) == 0) {
                    key = key.substring(0, rnd.nextInt(key.length() + 1));
                }
                byte[] b = key.getBytes(StandardCharsets.UTF_8);
                int id;
                if (rnd.nextBoolean()) {
                    buf.setBytes(3, b);
                    id = index.intern(buf, 3, b.length);
                    assertEquals(id, index.find(buf, 3, b.length, Utf8.hash(buf, 3, b.length)), key);
                } else {
                    id = index.intern(key);
                }
                Integer before = want.putIfAbsent(key, want.size());
                if (before == null) {
                    order.add(key);
                }
                assertEquals(want.get(key).intValue(), id, "id of " + key);
            }
            assertEquals(want.size(), index.size());
            for (int id = 0; id < order.size(); id++) {
                byte[] b = order.get(id).getBytes(StandardCharsets.UTF_8);
                assertEquals(order.get(id), index.string(id));
                assertArrayEquals(b, index.key(id));
                assertEquals(Utf8.hash(b), index.hashOf(id));
                assertEquals(id, index.intern(order.get(id)), "interned again");
            }
            byte[] absent = "never-added".getBytes(StandardCharsets.UTF_8);
            buf.setBytes(0, absent);
            assertEquals(-1, index.find(buf, 0, absent.length, Utf8.hash(absent)));
        }
    }

    /**
     * Cut to the first n keys of another index of the same order, an index answers as that other
     * index would, whatever is interned next; cut to keys of another order, it refuses.
     */
    @Test
    void aCutIndexAnswersAsAnIndexHoldingOnlyItsFirstKeys() {
        SplittableRandom rnd = new SplittableRandom(11);
        List<String> pool = new ArrayList<>();
        for (int k = 0; k < 4000; k++) {
            pool.add("INC-" + k + "-" + "网格".repeat(rnd.nextInt(3)));
        }
        ByteKeyIndex cut = new ByteKeyIndex();
        List<String> shown = new ArrayList<>(); // the model: ids in first-seen order
        List<String> dropped = new ArrayList<>();
        int adopted = 0;
        for (int round = 0; round < 300; round++) {
            if (rnd.nextInt(4) == 0 && !shown.isEmpty()) {
                int n = rnd.nextInt(shown.size() + 1);
                ByteKeyIndex prefix = new ByteKeyIndex();
                for (String key : shown.subList(0, n)) {
                    prefix.intern(key);
                }
                if (n > 1) { // the same keys with the last two swapped: refused, nothing changes
                    ByteKeyIndex swapped = new ByteKeyIndex();
                    for (int id = 0; id < n; id++) {
                        swapped.intern(shown.get(id == n - 2 ? n - 1 : id == n - 1 ? n - 2 : id));
                    }
                    assertEquals(false, cut.cutTo(n, swapped.digest()));
                    assertEquals(shown.size(), cut.size());
                }
                assertTrue(cut.cutTo(n, prefix.digest()));
                dropped = new ArrayList<>(shown.subList(n, shown.size()));
                shown.subList(n, shown.size()).clear();
                for (String key : dropped) { // held, but not shown
                    assertEquals(-1, find(cut, key), key + " after a cut to " + n);
                }
            }
            // often the keys cut come back in their order, as the tail of the state the table came from
            if (rnd.nextBoolean()) {
                for (String key : dropped.subList(0, Math.min(dropped.size(), 1 + rnd.nextInt(60)))) {
                    int beyond = cut.heldBeyond();
                    assertEquals(shown.size(), cut.intern(key), "id of " + key + " interned again in order");
                    shown.add(key);
                    adopted += beyond > 0 && cut.heldBeyond() == beyond - 1 ? 1 : 0;
                }
            }
            dropped = List.of();
            // a run of keys: mostly the pool's next ones in order (a tail the table held), some others
            int at = rnd.nextInt(pool.size());
            for (int k = 0; k < 40; k++) {
                String key = rnd.nextInt(10) == 0 ? pool.get(rnd.nextInt(pool.size())) : pool.get((at + k) % pool.size());
                int want = shown.indexOf(key);
                if (want < 0) {
                    want = shown.size();
                    shown.add(key);
                }
                assertEquals(want, cut.intern(key), "id of " + key + " in round " + round);
            }
            assertEquals(shown.size(), cut.size());
            assertTrue(cut.heldBeyond() >= 0);
            for (int id = 0; id < shown.size(); id += 7) {
                assertEquals(shown.get(id), cut.string(id));
            }
            String any = pool.get(rnd.nextInt(pool.size()));
            assertEquals(shown.indexOf(any), find(cut, any), "find " + any);
        }
        assertTrue(adopted > 500, "keys held beyond were shown again: " + adopted);
    }

    private static int find(ByteKeyIndex index, String key) {
        byte[] b = key.getBytes(StandardCharsets.UTF_8);
        try (BufferAllocator a = new RootAllocator(); ArrowBuf buf = a.buffer(64)) {
            buf.setBytes(0, b);
            return index.find(buf, 0, b.length, Utf8.hash(b));
        }
    }

    @Test
    void aHashOfBytesInsideAnArrayEqualsTheHashOfTheSameBytesAlone() {
        byte[] pool = "abcdefghijklmnopqrstuvwxyz-网格".getBytes(StandardCharsets.UTF_8);
        for (int off = 0; off < pool.length; off++) {
            for (int len = 0; off + len <= pool.length; len++) {
                byte[] alone = java.util.Arrays.copyOfRange(pool, off, off + len);
                assertEquals(Utf8.hash(alone), Utf8.hash(pool, off, len), off + "+" + len);
            }
        }
    }
}
