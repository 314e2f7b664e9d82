package com.gridwall.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.ui.PulseActivity;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Only the thread bound to an activity steps aside at yield points. */
class PaintYieldTest {
    @Test
    void anUnboundThreadNeverWaitsAndABoundOneWaitsForThePulse() throws Exception {
        PulseActivity a = new PulseActivity(TimeUnit.SECONDS.toNanos(30));
        a.pulseStarted();
        long t0 = System.nanoTime();
        PaintYield.point(); // this thread is not bound: no wait, however busy the pulse
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(1));
        assertEquals(0, a.waits());

        AtomicLong passed = new AtomicLong();
        CountDownLatch bound = new CountDownLatch(1);
        Thread painter = new Thread(() -> {
            PaintYield.bind(a);
            bound.countDown();
            PaintYield.point();
            passed.set(System.nanoTime());
        });
        painter.start();
        assertTrue(bound.await(5, TimeUnit.SECONDS));
        Thread.sleep(100);
        assertEquals(0, passed.get(), "the bound painter waits while the pulse is in progress");
        long done = System.nanoTime();
        a.frameDone();
        painter.join(5000);
        assertFalse(painter.isAlive());
        assertTrue(passed.get() >= done, "it passed once the frame was done");
        assertEquals(1, a.waits());
    }
}
