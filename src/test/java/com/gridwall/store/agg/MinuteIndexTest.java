package com.gridwall.store.agg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The primitive minute index against a plain map of lists doing the same operations: lists move
 * in the pool, the pool compacts, minutes are pruned one by one and by a full scan, removed
 * minutes leave holes in the probe runs.
 */
class MinuteIndexTest {

    /** The same operations on a map of lists: what the index must answer. */
    private static final class Model {
        final Map<Long, List<Integer>> lists = new HashMap<>();

        void add(long m, int i) {
            lists.computeIfAbsent(m, k -> new ArrayList<>()).add(i);
        }

        void remove(long m, int i) {
            List<Integer> l = lists.get(m);
            if (l != null) {
                int k = l.indexOf(i);
                if (k >= 0) {
                    l.set(k, l.get(l.size() - 1));
                    l.remove(l.size() - 1);
                }
            }
        }

        void pruneBefore(long m) {
            lists.keySet().removeIf(k -> k < m);
        }
    }

    @Test
    void randomOperationsAnswerAsAMapOfListsDoes() {
        for (int seed = 0; seed < 20; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            MinuteIndex index = new MinuteIndex();
            Model model = new Model();
            long now = 29_000_000L + rnd.nextInt(1000);
            long prunedTo = Long.MIN_VALUE;
            for (int op = 0; op < 20_000; op++) {
                int kind = rnd.nextInt(100);
                if (kind < 60) {
                    // mostly recent minutes, some far back or ahead (late and early report times)
                    long m = rnd.nextInt(10) == 0 ? now - rnd.nextInt(50_000) + 1_000 : now - rnd.nextInt(300);
                    int i = rnd.nextInt(5_000);
                    index.add(m, i);
                    model.add(m, i);
                } else if (kind < 85) {
                    List<Long> held = new ArrayList<>(model.lists.keySet());
                    if (!held.isEmpty()) {
                        long m = held.get(rnd.nextInt(held.size()));
                        List<Integer> l = model.lists.get(m);
                        int i = l.isEmpty() || rnd.nextInt(5) == 0 ? rnd.nextInt(5_000) : l.get(rnd.nextInt(l.size()));
                        index.remove(m, i);
                        model.remove(m, i);
                    }
                } else if (kind < 97) {
                    now += rnd.nextInt(30);
                    long bound = now - 2_000;
                    index.pruneBefore(bound);
                    model.pruneBefore(bound);
                    prunedTo = Math.max(prunedTo, bound);
                } else {
                    now += 10_000 + rnd.nextInt(20_000); // a jump: the prune scans the whole table
                    long bound = now - 2_000;
                    index.pruneBefore(bound);
                    model.pruneBefore(bound);
                    prunedTo = Math.max(prunedTo, bound);
                }
                if (op % 997 == 0) {
                    assertSame(model, index, "seed " + seed + " op " + op);
                }
            }
            assertSame(model, index, "seed " + seed + " at the end");
            assertTrue(index.completeFrom(prunedTo));
            assertFalse(index.completeFrom(prunedTo - 1));
        }
    }

    @Test
    void aLongListSurvivesMovesAndCompactions() {
        MinuteIndex index = new MinuteIndex();
        Model model = new Model();
        // many small minutes interleaved with one long list: the long list moves again and again,
        // and pruning the small ones leaves most of the pool behind, which triggers compaction
        for (int i = 0; i < 200_000; i++) {
            index.add(1_000 + i % 5_000, i);
            model.add(1_000 + i % 5_000, i);
            index.add(10, i);
            model.add(10, i);
            if (i % 20_000 == 19_999) {
                index.pruneBefore(1_000 + i % 5_000 - 100);
                model.pruneBefore(1_000 + i % 5_000 - 100);
                model.add(10, -1);
                index.add(10, -1);
            }
        }
        assertSame(model, index, "end");
    }

    private static void assertSame(Model model, MinuteIndex index, String where) {
        assertEquals(model.lists.size(), index.minutes(), where + ": minutes held");
        for (Map.Entry<Long, List<Integer>> e : model.lists.entrySet()) {
            int id = index.list(e.getKey());
            assertTrue(id >= 0, where + ": minute " + e.getKey() + " lost");
            List<Integer> got = new ArrayList<>();
            for (int k = 0; k < index.size(id); k++) {
                got.add(index.get(id, k));
            }
            assertEquals(e.getValue(), got, where + ": minute " + e.getKey());
        }
        long from = model.lists.keySet().stream().mapToLong(Long::longValue).sorted().skip(model.lists.size() / 2)
                .findFirst().orElse(0);
        Map<Integer, Integer> want = new HashMap<>();
        model.lists.forEach((m, l) -> {
            if (m >= from) {
                l.forEach(i -> want.merge(i, 1, Integer::sum));
            }
        });
        Map<Integer, Integer> got = new HashMap<>();
        index.forEachFrom(from, i -> got.merge(i, 1, Integer::sum));
        assertEquals(want, got, where + ": forEachFrom " + from);
        assertEquals(-1, index.list(Long.MAX_VALUE - 7), where + ": a minute never added");
    }
}
