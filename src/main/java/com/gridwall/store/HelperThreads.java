package com.gridwall.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Daemon threads, kept between uses, for work a caller splits off and joins before it returns
 * (half of a seek's state copy, the tile backfill beside the trend's). On two cores the common
 * pool has a single worker, and {@link CompletableFuture#runAsync(Runnable)} then starts a new
 * thread for every task: two per seek. A cached pool reuses an idle thread, and starts another
 * only when every one is busy, so callers never wait for each other. Thread-safe.
 */
public final class HelperThreads {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "gridwall-helper-" + NEXT.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private HelperThreads() {
    }

    /** The helper threads as an executor (for work handed over through a future). */
    public static java.util.concurrent.Executor executor() {
        return POOL;
    }

    /** Runs {@code task} on a helper thread; join the result before relying on what it wrote. */
    public static CompletableFuture<Void> run(Runnable task) {
        return CompletableFuture.runAsync(task, POOL);
    }
}
