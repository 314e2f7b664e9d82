package com.gridwall.feed.flight;

import com.gridwall.domain.Event;
import com.gridwall.feed.decode.EventRows;
import com.gridwall.store.EventSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorLoader;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;

/**
 * The producer side's retained history: encoded, immutable blocks of consecutive events, oldest
 * first, trimmed to a retention limit. One writer appends, any number of stream senders read.
 * Thread-safe: all access to blocks happens under the log's monitor, and senders wait on it.
 */
public final class EventLog implements AutoCloseable {
    /** One encoded block; its buffers are owned by the log and never written after creation. */
    record Block(long firstSeq, long lastSeq, int rows, ArrowRecordBatch batch) {
    }

    private final BufferAllocator allocator;
    private final long retainEvents;
    private final List<Block> blocks = new ArrayList<>();
    private long retained;
    private long lastSeq = -1;
    private volatile LongSupplier eventClock = System::currentTimeMillis;
    private boolean closed;

    public EventLog(BufferAllocator allocator, long retainEvents) {
        this.allocator = allocator;
        this.retainEvents = retainEvents;
    }

    /** Encodes and appends events whose seqs continue the log (gaps allowed, never backwards). */
    public void append(List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        try (VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator)) {
            EventRows.write(events, root);
            ArrowRecordBatch batch = new VectorUnloader(root).getRecordBatch();
            Block b = new Block(events.get(0).seq(), events.get(events.size() - 1).seq(), events.size(), batch);
            synchronized (this) {
                if (closed) {
                    batch.close();
                    return;
                }
                if (b.firstSeq <= lastSeq) {
                    batch.close();
                    throw new IllegalArgumentException("seq " + b.firstSeq + " does not follow " + lastSeq);
                }
                blocks.add(b);
                retained += b.rows;
                lastSeq = b.lastSeq;
                while (retained - blocks.get(0).rows >= retainEvents && blocks.size() > 1) {
                    Block old = blocks.remove(0);
                    retained -= old.rows;
                    old.batch.close();
                }
                notifyAll();
            }
        }
    }

    /** The producer's notion of current event time, sent with each message (wall clock by default). */
    public void setEventClock(LongSupplier clock) {
        this.eventClock = clock;
    }

    public long nowMs() {
        return eventClock.getAsLong();
    }

    public synchronized long lastSeq() {
        return lastSeq;
    }

    /**
     * Waits up to {@code waitMs} for events after {@code after}, then loads the block holding
     * the first of them into {@code target} (rows ≤ {@code after} cut off).
     *
     * @return the seq of the last row loaded, or -1 if nothing came within the wait
     */
    synchronized long loadNext(long after, long waitMs, VectorSchemaRoot target) throws InterruptedException {
        long deadline = System.nanoTime() + waitMs * 1_000_000L;
        while (!closed && lastSeq <= after) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return -1;
            }
            wait(Math.max(1, left / 1_000_000L));
        }
        if (closed) {
            return -1;
        }
        Block b = find(after);
        if (b.firstSeq > after) {
            new VectorLoader(target).load(b.batch);
            return b.lastSeq;
        }
        // resume inside a block: load it whole, then keep only the rows after 'after'
        try (VectorSchemaRoot whole = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator)) {
            new VectorLoader(whole).load(b.batch);
            int skip = rowAfter(whole, after);
            try (VectorSchemaRoot tail = whole.slice(skip, whole.getRowCount() - skip);
                 ArrowRecordBatch cut = new VectorUnloader(tail).getRecordBatch()) {
                new VectorLoader(target).load(cut);
            }
        }
        return b.lastSeq;
    }

    private static int rowAfter(VectorSchemaRoot root, long after) {
        org.apache.arrow.vector.BigIntVector seq = (org.apache.arrow.vector.BigIntVector) root.getVector(EventSchema.SEQ);
        int r = 0;
        while (r < root.getRowCount() && seq.get(r) <= after) {
            r++;
        }
        return r;
    }

    /** The first block with lastSeq > after (binary search; blocks are in seq order). */
    private Block find(long after) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (blocks.get(mid).lastSeq <= after) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return blocks.get(lo);
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (Block b : blocks) {
            b.batch.close();
        }
        blocks.clear();
        notifyAll();
    }
}
