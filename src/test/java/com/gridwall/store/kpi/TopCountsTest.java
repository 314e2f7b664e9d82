package com.gridwall.store.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The heap's k-th highest count equals the one a full sort gives, ties and all. */
class TopCountsTest {
    @Test
    void kthHighestEqualsTheSortedAnswer() {
        Random rnd = new Random(11);
        for (int round = 0; round < 300; round++) {
            int n = 1 + rnd.nextInt(400);
            long[] keys = new long[n];
            int spread = 1 + rnd.nextInt(round % 3 == 0 ? 3 : 1000); // few distinct counts: many ties
            for (int i = 0; i < n; i++) {
                keys[i] = (long) (3 + rnd.nextInt(spread)) << 32 | rnd.nextInt(1 << 20);
            }
            int k = 1 + rnd.nextInt(n);
            long[] sorted = keys.clone();
            Arrays.sort(sorted);
            assertEquals(sorted[n - k] >>> 32, TopCounts.kthHighest(keys, n, k), "round " + round);
        }
        assertThrows(IllegalArgumentException.class, () -> TopCounts.kthHighest(new long[3], 3, 4));
    }
}
