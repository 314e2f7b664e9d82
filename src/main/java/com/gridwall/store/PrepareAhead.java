package com.gridwall.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The append pipeline's second core: runs stage 1 ({@link RowPreparer}) on one daemon thread,
 * range after range of a batch, while the writer folds the ranges already prepared.
 *
 * <p>Thread-safety: {@link #start}, {@link #await} and {@link #finish} are called by the writer
 * only (under the store's lock), one batch at a time. The hand-over is through a volatile counter,
 * so everything stage 1 wrote for range j is visible to the writer once {@code await(j)} returns,
 * and everything the writer wrote before {@code start} is visible to stage 1.
 */
final class PrepareAhead implements AutoCloseable {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final ExecutorService exec = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gridwall-store-prepare");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger prepared = new AtomicInteger();
    private volatile boolean running;
    private volatile Throwable failure;
    private volatile Thread writer;
    private volatile long threadId = -1;

    /** Prepares the ranges [j·range, (j+1)·range) of the batch in order on the helper thread. */
    void start(RowPreparer prep, int rows, int range) {
        prepared.set(0);
        failure = null;
        writer = Thread.currentThread();
        running = true;
        exec.execute(() -> {
            threadId = Thread.currentThread().getId();
            try {
                int j = 0;
                for (int from = 0; from < rows; from += range, j++) {
                    prep.prepare(from, Math.min(rows, from + range));
                    prepared.set(j + 1);
                    LockSupport.unpark(writer);
                }
            } catch (Throwable t) {
                failure = t;
            } finally {
                running = false;
                LockSupport.unpark(writer);
            }
        });
    }

    /** Waits until range j is prepared; rethrows what stage 1 threw instead. */
    void await(int j) {
        while (prepared.get() <= j) {
            Throwable f = failure;
            if (f != null) {
                if (f instanceof RuntimeException e) {
                    throw e;
                }
                if (f instanceof Error e) {
                    throw e;
                }
                throw new IllegalStateException("append stage 1 failed", f);
            }
            LockSupport.parkNanos(this, 1_000_000L);
        }
    }

    /** Waits until stage 1 has stopped (it may still run when the writer failed first). */
    void finish() {
        while (running) {
            LockSupport.parkNanos(this, 100_000L);
        }
    }

    /** CPU time the helper thread has used so far (0 before its first batch), ns. */
    long cpuNanos() {
        long id = threadId;
        if (id < 0) {
            return 0;
        }
        long t = CPU.getThreadCpuTime(id);
        return Math.max(t, 0);
    }

    @Override
    public void close() {
        exec.shutdownNow();
    }
}
