package com.gridwall.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Steal is read from the aggregate cpu line and given as a share of all CPU time between two readings. */
class CpuStealTest {
    @Test
    void stealIsItsShareOfAllTicksBetweenTwoReadings() {
        CpuSteal a = CpuSteal.parse("cpu  100 0 50 800 10 0 5 35 0 0");
        CpuSteal b = CpuSteal.parse("cpu  160 0 70 900 10 0 5 55 7 0");
        // between them: 60 user + 20 system + 100 idle + 20 steal = 200 ticks (guest is inside user)
        assertEquals(10.0, b.percentSince(a), 1e-9);
        assertTrue(Double.isNaN(a.percentSince(a)), "no time passed");
    }

    @Test
    void aKernelWithoutAStealColumnReportsNone() {
        CpuSteal a = CpuSteal.parse("cpu  100 0 50 800 10 0 5");
        CpuSteal b = CpuSteal.parse("cpu  200 0 50 900 10 0 5");
        assertEquals(0.0, b.percentSince(a), 1e-9);
    }

    @Test
    void thisMachinesCountersAdvance() throws Exception {
        CpuSteal before = CpuSteal.now();
        if (before == null) {
            return; // not Linux: nothing to read, and nothing is claimed
        }
        long end = System.nanoTime() + 200_000_000L;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
        double p = CpuSteal.now().percentSince(before);
        assertTrue(p >= 0 && p <= 100, "steal " + p + "%");
    }
}
