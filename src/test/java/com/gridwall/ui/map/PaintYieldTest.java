package com.gridwall.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.ui.BlockingCall;
import com.gridwall.ui.PulseActivity;
import java.util.concurrent.TimeUnit;
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

        // the bound painter waits while the pulse is in progress, and passes once the frame is done
        BlockingCall.assertBlocksUntilReleased(() -> {
            PaintYield.bind(a);
            PaintYield.point();
        }, 100, a::frameDone);
        assertEquals(1, a.waits());
    }
}
