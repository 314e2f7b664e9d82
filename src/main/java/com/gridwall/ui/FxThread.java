package com.gridwall.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * The one door to the JavaFX application thread: the only class that calls {@code Platform.runLater}.
 *
 * <p>Posts are coalesced: however many arrive between two drains, the FX thread is woken once and
 * runs them in one go; posts made under the same key replace each other, so a burst of updates to
 * the same thing costs one run of the newest. Data that changes continuously (store snapshots)
 * should not be posted at all but pulled once per pulse through {@link FrameLoop}.
 *
 * <p>Thread-safety: every static method may be called from any thread.
 */
public final class FxThread {
    private static final Object LOCK = new Object();
    private static final Map<Object, Runnable> PENDING = new LinkedHashMap<>();
    private static final AtomicBoolean SCHEDULED = new AtomicBoolean();
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final java.util.concurrent.atomic.AtomicLong WAKE_UPS = new java.util.concurrent.atomic.AtomicLong();

    private FxThread() {
    }

    /** Runs {@code task} on the FX thread soon; a later post with an equal key replaces it if not yet run. */
    public static void post(Object key, Runnable task) {
        synchronized (LOCK) {
            PENDING.put(key, task);
        }
        if (SCHEDULED.compareAndSet(false, true)) {
            WAKE_UPS.incrementAndGet();
            Platform.runLater(FxThread::drain);
        }
    }

    /** Runs {@code task} on the FX thread soon, coalesced with other posts into one wake-up. */
    public static void post(Runnable task) {
        post(new Object(), task);
    }

    private static void drain() {
        List<Runnable> tasks;
        synchronized (LOCK) {
            SCHEDULED.set(false);
            tasks = new ArrayList<>(PENDING.values());
            PENDING.clear();
        }
        for (Runnable t : tasks) {
            t.run();
        }
    }

    /** How often the FX thread was woken so far (each wake-up runs every post made before it). */
    public static long wakeUps() {
        return WAKE_UPS.get();
    }

    public static boolean isFxThread() {
        return Platform.isFxApplicationThread();
    }

    /** Starts the JavaFX toolkit once (no-op if it already runs, e.g. under TestFX). Blocks until it is up. */
    public static void startToolkit() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException alreadyRunning) {
            up.countDown();
        }
        Platform.setImplicitExit(false);
        try {
            up.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs {@code work} on the FX thread and waits for its result (for commands and tests, never from the FX thread). */
    public static <T> T call(Callable<T> work, long timeoutSeconds) throws Exception {
        if (isFxThread()) {
            return work.call();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        post(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        } catch (TimeoutException e) {
            throw new TimeoutException("FX thread did not answer within " + timeoutSeconds + " s");
        }
    }

    /** Convenience for {@link #call} with no result. */
    public static void run(Runnable work, long timeoutSeconds) throws Exception {
        call(() -> {
            work.run();
            return null;
        }, timeoutSeconds);
    }

    /** Ends the toolkit (commands call this before exiting). */
    public static void exit() {
        Platform.exit();
    }
}
