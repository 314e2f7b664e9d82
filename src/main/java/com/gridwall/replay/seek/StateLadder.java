package com.gridwall.replay.seek;

import com.gridwall.replay.checkpoint.FrozenPages;
import com.gridwall.replay.checkpoint.FrozenStore;
import com.gridwall.replay.checkpoint.SpareArrays;
import com.gridwall.replay.journal.JournalIndex;
import com.gridwall.replay.journal.JournalReader;
import com.gridwall.store.EventStore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;

/**
 * The session's in-memory states of the journal at fine steps ("rungs"), so a seek starts from a
 * state at most one step before its instant, copied from memory, instead of a checkpoint file up
 * to one checkpoint interval back. A background thread folds the journal once from its start into
 * a store of its own and captures it ({@link FrozenStore}) every {@code step} events at batch
 * boundaries; consecutive rungs share their unchanged pages.
 * <p>Memory bound: the pages live outside the Java heap ({@link FrozenPages}), so the bound follows
 * the machine's memory, not the heap's. When the pages held exceed {@code maxBytes}, every other
 * rung is dropped (its pages freed) and the step doubles, so the ladder always covers what it has
 * folded, more coarsely. A rung that fails to rebuild is refused and the seek falls back (older
 * rung, checkpoint, journal start).
 * <p>Thread-safety: the rung list is guarded by this object's lock; rungs are immutable, so a
 * seek thread may thaw one while the builder adds more.
 */
public final class StateLadder implements AutoCloseable {
    /** A state of the journal: every event of the batches up to seq {@code lastSeq}, all with ts &le; {@code maxTs}. */
    public record Rung(long lastSeq, long maxTs, FrozenStore state) {
        /** Whether this is the journal's start, captured before any event (kept through thinning). */
        public boolean journalStart() {
            return lastSeq == 0;
        }
    }

    /** How often to capture and how much memory the rungs may hold. */
    public record Settings(long stepEvents, long maxBytes) {
        public Settings {
            if (stepEvents <= 0 || maxBytes <= 0) {
                throw new IllegalArgumentException("state ladder: step and memory bound must be positive, got "
                        + stepEvents + " events, " + maxBytes + " bytes");
            }
        }

        /** Every 50 000 events, at most 6 GiB (a 10M-event journal then keeps a state every 100 000 events). */
        public static Settings defaults() {
            return new Settings(50_000, 6L << 30);
        }

        /**
         * Every 50 000 events, at most {@link #machineBound()}: what a replay workstation can give
         * the ladder besides this JVM's heap.
         */
        public static Settings forMachine() {
            return new Settings(50_000, machineBound());
        }

        /**
         * 40% of the machine's physical memory, but leaving this JVM's heap and 2 GiB for the rest
         * of the machine; at least 256 MiB. (24 GiB with a default heap of 6 GiB: 9.6 GiB.)
         */
        public static long machineBound() {
            long physical = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getTotalMemorySize();
            long rest = physical - Runtime.getRuntime().maxMemory() - (2L << 30);
            return Math.max(256L << 20, Math.min((long) (physical * 0.4), rest));
        }
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final JournalIndex index;
    private final BufferAllocator allocator;
    private final StoreFactory factory;
    private final long maxBytes;
    private final List<Rung> rungs = new ArrayList<>();
    private final FrozenPages pages = new FrozenPages();
    private final Thread thread;
    private long step;
    private long bytes;
    private long foldedEvents;
    private long buildNanos;
    private long buildCpuNanos;
    private int thinnings;
    /** Events folded and page bytes held when the bound was first crossed (0: never). */
    private long firstThinningEvents;
    private long firstThinningBytes;
    private boolean done;
    /** Given arrays for the largest states once the ladder is built (null: none). */
    private final SpareArrays seedTarget;
    private Throwable failure;
    private volatile boolean stop;
    /** Run by the builder once the ladder is built, before {@link #await} returns (null: nothing). */
    private final AfterBuild afterBuild;

    /** Work for the builder thread once the ladder is built; {@code stop} turns true when the ladder closes. */
    public interface AfterBuild {
        void run(java.util.function.BooleanSupplier stop);
    }

    private StateLadder(JournalIndex index, BufferAllocator allocator, StoreFactory factory, Settings settings,
                        SpareArrays seedTarget, AfterBuild afterBuild) {
        this.index = index;
        this.afterBuild = afterBuild;
        this.seedTarget = seedTarget;
        this.allocator = allocator.newChildAllocator("state-ladder", 0, Long.MAX_VALUE);
        this.factory = factory.quiet();
        this.step = settings.stepEvents();
        this.maxBytes = settings.maxBytes();
        this.thread = new Thread(() -> {
            com.gridwall.os.BackgroundPriority.lowerCurrentThread(); // the wall's pulses come first
            build();
        }, "state-ladder");
        this.thread.setDaemon(true);
        this.thread.setPriority(Thread.MIN_PRIORITY);
    }

    /**
     * Starts building the ladder over {@code index} on a background thread. Once the states are
     * built (before {@link #await} returns), that thread also allocates in {@code seedTarget}
     * (null: none) the arrays the largest states need, so that the first seek into tables of each
     * size allocates nothing; then it runs {@code afterBuild} (null: nothing) unless the build
     * stopped or failed.
     */
    public static StateLadder start(JournalIndex index, BufferAllocator allocator, StoreFactory factory,
                                    Settings settings, SpareArrays seedTarget, AfterBuild afterBuild) {
        StateLadder l = new StateLadder(index, allocator, factory, settings, seedTarget, afterBuild);
        l.thread.start();
        return l;
    }

    /** Builds the ladder on the calling thread (tests); returns it finished. */
    static StateLadder buildNow(JournalIndex index, BufferAllocator allocator, StoreFactory factory, Settings settings) {
        return buildNow(index, allocator, factory, settings, null);
    }

    static StateLadder buildNow(JournalIndex index, BufferAllocator allocator, StoreFactory factory, Settings settings,
                                SpareArrays seedTarget) {
        StateLadder l = new StateLadder(index, allocator, factory, settings, seedTarget, null);
        l.build();
        return l;
    }

    private void build() {
        long t0 = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        try {
            boolean built = false;
            try {
                foldAndCapture();
                seedSpares(); // after the builder's store is closed: its memory is free again
                built = true;
            } finally {
                synchronized (this) { // the build's own cost, without the after-build work
                    buildNanos = System.nanoTime() - t0;
                    buildCpuNanos = CPU.getCurrentThreadCpuTime() - c0;
                }
            }
            if (built && afterBuild != null && !stop) {
                afterBuild.run(() -> stop);
            }
        } catch (Throwable e) {
            synchronized (this) {
                failure = e;
            }
        } finally {
            synchronized (this) {
                done = true;
                notifyAll();
            }
        }
    }

    /** Folds the journal from its start into a store of its own, capturing a rung every step. */
    private void foldAndCapture() throws IOException {
        ReplayTime time = new ReplayTime(index.isEmpty() ? 0 : index.minTs());
        FrozenStore last = null;
        try (EventStore store = factory.createReplay(allocator, time);
             JournalReader reader = JournalReader.over(index, allocator)) {
            store.usePrepareThread(false); // one background core is enough; seeks keep the other
            if (!index.isEmpty() && index.firstSeq() == 1) {
                // the journal's start as a state too: a seek before the first rung then overwrites
                // the previous seek's store in place; from no state it built a store of its own
                // and closed the old one with its buffers, and the next seek's copy faulted a whole
                // log's worth of fresh memory in (about 78 MB: 170-440 ms at 10M events)
                last = capture(store, null);
                add(new Rung(0, Long.MIN_VALUE, last));
            }
            JournalReader.Cursor c = reader.fromBatch(0);
            long since = 0;
            while (!stop && c.next()) {
                // the clock walks with the journal and the engine is moved to it before the batch:
                // no event of the batch lies after the engine's now (the trend would not count it)
                time.set(Math.max(time.millis(), index.maxTsUpTo(c.batchNumber())));
                store.advanceClock();
                store.append(c.root());
                int n = c.root().getRowCount();
                since += n;
                synchronized (this) {
                    foldedEvents += n;
                }
                if (since >= step()) {
                    since = 0;
                    last = capture(store, last);
                    add(new Rung(c.record().lastSeq(), index.maxTsUpTo(c.batchNumber()), last));
                }
            }
        }
    }

    /** Captures the builder's store as a state for seeks, sharing pages with {@code previous}. */
    private FrozenStore capture(EventStore store, FrozenStore previous) {
        // this store never publishes, so its overdue queue keeps every entry that went
        // stale; each seek from the state would pop them all in its first snapshot
        store.dropStaleQueueEntries();
        // a seek from this state folds at most a step of events (a few late ones more):
        // their incidents must fit the copied tables, or the seek grows them (a copy of
        // hundreds of MB in huge arrays, 50-150 ms) -- the spare room costs only zero pages
        store.reserveIncidents((int) Math.min(Integer.MAX_VALUE / 2, step() + step() / 4));
        return FrozenStore.capture(store, previous, pages);
    }

    private void seedSpares() {
        List<FrozenStore> newestFirst = new ArrayList<>();
        synchronized (this) {
            for (int i = rungs.size() - 1; i >= 0; i--) {
                newestFirst.add(rungs.get(i).state());
            }
        }
        if (seedTarget != null && !stop) {
            seedTarget.seedFor(newestFirst);
        }
    }

    private synchronized long step() {
        return step;
    }

    private synchronized void add(Rung r) {
        rungs.add(r);
        bytes += r.state().newBytes();
        while (bytes > maxBytes && !rungs.isEmpty()) {
            if (thinnings == 0) {
                firstThinningEvents = foldedEvents;
                firstThinningBytes = bytes;
            }
            // drop every other rung (the newest stays: the next capture shares pages with it; so
            // does the journal's start, without which a seek before the first state builds a store)
            List<Rung> keep = new ArrayList<>();
            for (int i = rungs.size() - 1, k = 0; i >= 0; i--, k++) {
                if (k % 2 == 0 || rungs.get(i).journalStart()) {
                    keep.add(0, rungs.get(i));
                } else {
                    rungs.get(i).state().release();
                }
            }
            if (keep.size() == rungs.size()) { // a single rung (beside the start) over the bound: none fits
                for (Rung each : rungs) {
                    each.state().release();
                }
                keep.clear();
                stop = true;
            }
            rungs.clear();
            rungs.addAll(keep);
            step *= 2;
            thinnings++;
            bytes = pages.sweep(rungs.stream().map(Rung::state).toList());
        }
    }

    /**
     * The latest usable rung whose events all lie at or before {@code t} and whose seq is below
     * {@code belowSeq}; null when none.
     */
    public synchronized Rung bestFor(long t, long belowSeq) {
        for (int i = rungs.size() - 1; i >= 0; i--) {
            Rung r = rungs.get(i);
            if (r.lastSeq() < belowSeq && r.maxTs() <= t && !r.state().released()) {
                return r;
            }
        }
        return null;
    }

    /** The rungs held now, oldest first. */
    public synchronized List<Rung> rungs() {
        return List.copyOf(rungs);
    }

    /** Drops a rung that failed to rebuild, so later seeks do not try it again. */
    public synchronized void refuse(Rung r) {
        r.state().release();
        if (rungs.remove(r)) {
            bytes = pages.sweep(rungs.stream().map(Rung::state).toList());
        }
    }

    /** Waits until the builder has finished, its after-build work included (or {@code millis} passed); true when finished. */
    public synchronized boolean await(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!done) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    /** What the ladder holds and what building it cost so far. */
    public synchronized Stats stats() {
        return new Stats(rungs.size(), step, bytes, maxBytes, foldedEvents, thinnings, done, buildNanos, buildCpuNanos,
                failure == null ? null : String.valueOf(failure), firstThinningEvents, firstThinningBytes);
    }

    /**
     * Rungs, current step (events), page bytes held and the bound, events folded, build wall and CPU
     * ns; events folded and bytes held when the bound was first crossed (0 when never).
     */
    public record Stats(int rungs, long stepEvents, long bytes, long maxBytes, long foldedEvents, int thinnings,
                        boolean done, long buildNanos, long buildCpuNanos, String failure, long firstThinningEvents,
                        long firstThinningBytes) {
    }

    /** Off-heap bytes the pages take from the machine (held pages and freed ones kept for reuse). */
    public long allocatedBytes() {
        return pages.allocatedBytes();
    }

    /** Stops the builder and frees the rungs, their pages and the builder's store. */
    @Override
    public void close() {
        stop = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            for (Rung r : rungs) {
                r.state().release();
            }
            rungs.clear();
            bytes = 0;
        }
        pages.close();
        allocator.close();
    }
}
