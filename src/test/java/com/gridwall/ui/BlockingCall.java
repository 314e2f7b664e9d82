package com.gridwall.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** A call that must block on a thread of its own until something else releases it (tests of waiters). */
public final class BlockingCall {
    private BlockingCall() {
    }

    /**
     * Runs {@code call} on a new thread, checks it has not returned after {@code holdMillis}, runs
     * {@code release} and checks the call returned, and only after the release.
     */
    public static void assertBlocksUntilReleased(Runnable call, long holdMillis, Runnable release) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        AtomicLong returned = new AtomicLong();
        Thread waiter = new Thread(() -> {
            started.countDown();
            call.run();
            returned.set(System.nanoTime());
        });
        waiter.start();
        assertTrue(started.await(5, TimeUnit.SECONDS));
        Thread.sleep(holdMillis);
        assertEquals(0, returned.get(), "the call must not return while it is held");
        long released = System.nanoTime();
        release.run();
        waiter.join(5000);
        assertFalse(waiter.isAlive());
        assertTrue(returned.get() >= released, "the call returned only after its release");
    }
}
