package com.gridwall.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The FX door coalesces bursts; the frame loop pulls state once per pulse and only reacts to change. */
class FxThreadTest {
    @BeforeAll
    static void toolkit() throws Exception {
        // TestFX owns the toolkit in this test JVM; FxThread must cope with a toolkit someone else started
        org.testfx.api.FxToolkit.registerPrimaryStage();
        FxThread.startToolkit();
    }

    @Test
    void aBurstOfPostsWakesTheFxThreadOnceAndKeyedPostsKeepOnlyTheNewest() throws Exception {
        CountDownLatch blocked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FxThread.post(() -> {
            blocked.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(blocked.await(10, TimeUnit.SECONDS));
        long before = FxThread.wakeUps();
        AtomicInteger runs = new AtomicInteger();
        List<Integer> seen = new ArrayList<>();
        Object key = new Object();
        for (int i = 0; i < 10_000; i++) {
            int n = i;
            FxThread.post(runs::incrementAndGet);
            FxThread.post(key, () -> seen.add(n));
        }
        release.countDown();
        FxThread.run(() -> { }, 10);
        long wakeUps = FxThread.wakeUps() - before;
        assertTrue(wakeUps <= 2, "20,000 posts while the FX thread was busy woke it " + wakeUps + " times");
        assertEquals(10_000, runs.get(), "every unkeyed post runs");
        assertEquals(List.of(9_999), seen, "keyed posts coalesce to the newest");
    }

    @Test
    void theFrameLoopPullsEachSourceOncePerPulseAndReportsOnlyChanges() throws Exception {
        FrameLoop loop = new FrameLoop();
        AtomicInteger pulls = new AtomicInteger();
        List<String> changes = new ArrayList<>();
        String[] state = {"v1"};
        loop.watch(() -> {
            pulls.incrementAndGet();
            return state[0];
        }, changes::add);
        List<Long> pulses = new ArrayList<>();
        loop.addPulseListener(pulses::add);
        FxThread.run(() -> {
            loop.tick(1);
            loop.tick(2);
            state[0] = "v2";
            loop.tick(3);
        }, 10);
        assertEquals(3, pulls.get());
        assertEquals(List.of("v1", "v2"), changes);
        assertEquals(List.of(1L, 2L, 3L), pulses);
    }
}
