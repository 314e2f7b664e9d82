package com.gridwall.feed;

import java.util.function.BooleanSupplier;

/** Polls a condition; fails with a message when it does not hold in time (a guard, not a timing assertion). */
public final class Waits {
    private Waits() {
    }

    public static void until(BooleanSupplier condition, long timeoutMs) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("condition not met within " + timeoutMs + " ms");
            }
            Thread.sleep(5);
        }
    }
}
