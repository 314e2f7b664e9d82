package com.gridwall.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The append pipeline's second core: runs stage 1 ({@link RowPreparer}) on one daemon thread,
 * range after range of a batch, while the writer folds the ranges already prepared.
 *
 * <p>Thread-safety: {@link #start}, {@link #await} and {@link #finish} are called by the writer
 * only (under the store's lock), one batch at a time. The hand-over is through volatile counters:
 * range j is claimed only after range j-1 is published as prepared, so each range's stage 1 sees
 * everything the previous range's wrote whichever thread ran it; the writer sees range j's
 * results once {@code await(j)} returns; what the writer wrote before {@code start} is visible
 * to the helper.
 */
final class PrepareAhead implements AutoCloseable {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final ExecutorService exec = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gridwall-store-prepare");
        t.setDaemon(true);
        return t;
    });
    /** Ranges prepared, and ranges claimed by a preparer (at most one more than prepared). */
    private final AtomicInteger prepared = new AtomicInteger();
    private final AtomicInteger claimed = new AtomicInteger();
    private RowPreparer prep;
    private int rows;
    private int range;
    private int ranges;
    private volatile boolean running;
    private volatile Throwable failure;
    private volatile Thread writer;
    private volatile long threadId = -1;

    /**
     * Prepares the ranges [j·range, (j+1)·range) of the batch in order on the helper thread. The
     * writer may take a range itself ({@link #await}): whoever claims range j (a CAS on the claim
     * counter, possible only once range j-1 is prepared) prepares it, so stage 1 stays in order and
     * runs on one thread at a time.
     */
    void start(RowPreparer prep, int rows, int range) {
        this.prep = prep;
        this.rows = rows;
        this.range = range;
        this.ranges = (rows + range - 1) / range;
        prepared.set(0);
        claimed.set(0);
        failure = null;
        writer = Thread.currentThread();
        running = true;
        exec.execute(() -> {
            threadId = Thread.currentThread().getId();
            try {
                while (true) {
                    int k = prepared.get();
                    if (k >= ranges || failure != null) {
                        break;
                    }
                    if (claimed.get() == k && claimed.compareAndSet(k, k + 1)) {
                        prepareRange(k);
                    } else {
                        // the writer is preparing range k itself
                        LockSupport.parkNanos(this, 20_000L);
                    }
                }
            } catch (Throwable t) {
                failure = t;
            } finally {
                running = false;
                LockSupport.unpark(writer);
            }
        });
    }

    private void prepareRange(int k) {
        prep.prepare(k * range, Math.min(rows, (k + 1) * range));
        prepared.set(k + 1);
        LockSupport.unpark(writer);
    }

    /**
     * Returns once range j is prepared: takes it on this thread when the helper has not started it
     * (e.g. it is not scheduled on a busy machine), else waits. Rethrows what stage 1 threw.
     */
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
            if (prepared.get() == j && claimed.get() == j && claimed.compareAndSet(j, j + 1)) {
                try {
                    prepareRange(j);
                } catch (RuntimeException | Error e) {
                    failure = e;
                    throw e;
                }
                return;
            }
            LockSupport.parkNanos(this, 200_000L);
        }
    }

    /** The helper thread as an executor, for other work of the same batch (the second half of decoding). */
    Executor executor() {
        return exec;
    }

    /** Stops the helper after its current range (the writer failed). */
    void abort() {
        if (failure == null) {
            failure = new IllegalStateException("append aborted by the writer");
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
