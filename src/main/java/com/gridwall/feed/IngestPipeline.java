package com.gridwall.feed;

import com.gridwall.feed.decode.ValidatedBatch;
import com.gridwall.feed.health.FeedHealthTracker;
import com.gridwall.store.AppendResult;
import com.gridwall.store.EventSink;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The bounded hand-off between a feed's receiving thread and the store's single writer thread.
 * When the store falls behind, {@link #put} blocks the receiver (and so, through gRPC flow
 * control, the producer); the UI is never involved, it only reads store snapshots.
 * Thread-safe: any number of receivers may put; exactly one writer thread applies.
 */
public final class IngestPipeline implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(IngestPipeline.class.getName());

    /** Called on the writer thread right after the store applied a batch (before its buffers are freed). */
    public interface AppliedListener {
        void applied(VectorSchemaRoot batch, AppendResult result);
    }

    private final EventSink sink;
    private final FeedHealthTracker health;
    private final BlockingQueue<ValidatedBatch> queue;
    private final List<AppliedListener> listeners = new CopyOnWriteArrayList<>();
    private final Thread writer;
    private volatile boolean stopping;
    private volatile long queuedSeq;
    private volatile Throwable failure;
    private final AtomicLong pending = new AtomicLong();

    public IngestPipeline(EventSink sink, int capacityBatches, FeedHealthTracker health) {
        this.sink = sink;
        this.health = health;
        this.queue = new ArrayBlockingQueue<>(capacityBatches);
        this.queuedSeq = sink.lastSeq();
        this.writer = new Thread(this::drain, "feed-ingest-writer");
        this.writer.setDaemon(true);
    }

    public void start() {
        writer.start();
    }

    public void addListener(AppliedListener l) {
        listeners.add(l);
    }

    /**
     * Hands a batch to the writer, blocking while the hand-off is full. Takes ownership of {@code b}.
     */
    public void put(ValidatedBatch b) throws InterruptedException {
        if (b.root() == null || stopping) {
            b.close();
            return;
        }
        pending.incrementAndGet();
        while (!queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
            if (stopping) {
                pending.decrementAndGet();
                b.close();
                return;
            }
        }
        queuedSeq = Math.max(queuedSeq, b.lastSeenSeq());
    }

    /** The store's last applied seq when this pipeline was built: where a fresh feed resumes. */
    public long resumeSeq() {
        return Math.max(queuedSeq, sink.lastSeq());
    }

    /** Waits until everything handed over so far is applied, or the timeout passes. */
    public boolean awaitIdle(long timeoutMs) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < end) {
            if (pending.get() == 0) {
                return true;
            }
            Thread.sleep(2);
        }
        return false;
    }

    private void drain() {
        while (!stopping || !queue.isEmpty()) {
            ValidatedBatch b;
            try {
                b = queue.poll(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (b == null) {
                continue;
            }
            try (b) {
                AppendResult r = sink.append(b.root());
                health.applied(r.accepted(), r.duplicates(), r.lastSeq(), b.maxTs());
                for (AppliedListener l : listeners) {
                    l.applied(b.root(), r);
                }
            } catch (RuntimeException e) {
                // the store refused a validated batch: count it, say why, keep the feed going
                failure = e;
                health.rejected(b.accepted());
                LOG.log(System.Logger.Level.ERROR, "store refused a batch ending at seq " + b.lastSeenSeq(), e);
            } finally {
                pending.decrementAndGet();
            }
        }
    }

    /** From now on {@link #put} drops what it is given at once (the feed is shutting down); queued batches still apply. */
    public void refuseNew() {
        stopping = true;
    }

    /** The last error the store raised, or null. */
    public Throwable failure() {
        return failure;
    }

    @Override
    public void close() {
        stopping = true;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ValidatedBatch left;
        while ((left = queue.poll()) != null) {
            left.close();
        }
    }
}
