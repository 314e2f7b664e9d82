package com.gridwall.replay.checkpoint;

import java.util.Collection;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The off-heap memory that a series of {@link FrozenStore} captures keep their pages in (one per
 * state ladder): pages of {@link FrozenStore#PAGE_BYTES} and of {@link FrozenStore#FINE_BYTES}.
 * A page that two captures share is stored once. Memory comes back in two steps: a state is
 * {@linkplain FrozenStore#release released}, then {@link #sweep} frees the pages that no kept state
 * references; {@link #close} frees everything.
 * <p>Thread-safety: captures and thaws hold the read lock while they use pages (a thaw checks
 * under it that its state was not released); {@link #sweep} and {@link #close} take the write
 * lock, so no page is freed while a thaw copies it. Captures run on one thread at a time (the
 * ladder's builder), which is the only one that allocates pages.
 */
public final class FrozenPages implements AutoCloseable {
    final PageSlab coarse = new PageSlab(FrozenStore.PAGE_BYTES);
    final PageSlab fine = new PageSlab(FrozenStore.FINE_BYTES);
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** The newest capture: the next one shares its pages, so they stay through a sweep even when it is released. */
    private FrozenStore base;
    private boolean closed;

    PageSlab slab(int pageBytes) {
        return pageBytes == FrozenStore.PAGE_BYTES ? coarse : fine;
    }

    Lock reading() {
        return lock.readLock();
    }

    /** Whether {@link #close} was called (under the read lock: stays so while it is held). */
    boolean closed() {
        return closed;
    }

    void captured(FrozenStore state) {
        base = state;
    }

    /**
     * Frees every page that neither {@code keep} nor the newest capture references; waits for thaws
     * in progress. Returns what {@code keep} holds, as {@link FrozenStore#retainedBytes} counts it
     * (the same walk marks the live pages, so the caller need not walk the states again).
     */
    public long sweep(Collection<FrozenStore> keep) {
        lock.writeLock().lock();
        try {
            FrozenGraph.Census live = new FrozenGraph.Census();
            for (FrozenStore s : keep) {
                s.census(live);
            }
            long kept = live.total;
            if (base != null) {
                base.census(live);
            }
            coarse.sweep(live.coarse);
            fine.sweep(live.fine);
            return kept;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Bytes taken from the operating system (pages held, plus freed pages kept for reuse). */
    public long allocatedBytes() {
        lock.readLock().lock();
        try {
            return coarse.allocatedBytes() + fine.allocatedBytes();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Gives all pages back; thaws afterwards fail (their states count as released). */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            closed = true;
            base = null;
            coarse.close();
            fine.close();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
