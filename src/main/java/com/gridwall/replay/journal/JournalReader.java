package com.gridwall.replay.journal;

import com.gridwall.store.EventSchema;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Reads committed batches in seq order from any seq or time. Only batches with a valid commit
 * record are visible, so a reader may run beside a live writer (it sees the index it was given or
 * scanned) and never sees a torn tail. Every batch's bytes are checked against the CRC32C of its
 * commit record before they are decoded.
 * <p>Not thread-safe: one reader per thread. Close it to release its vectors and files.
 */
public final class JournalReader implements AutoCloseable {
    private final JournalIndex index;
    private final VectorSchemaRoot root;
    private final BufferAllocator allocator;
    private SegmentIndex openSegment;
    private FileChannel channel;
    /** The last batch's bytes: reused, so reading a journal allocates a buffer per size step, not per batch. */
    private byte[] buffer = new byte[0];

    private JournalReader(JournalIndex index, BufferAllocator allocator) {
        this.index = index;
        this.allocator = allocator;
        this.root = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator);
    }

    /** A reader over the committed part of {@code dir}, without modifying it (no recovery). */
    public static JournalReader open(Path dir, BufferAllocator allocator) throws IOException {
        return new JournalReader(scan(dir), allocator);
    }

    /** A reader over a published index, e.g. {@link JournalWriter#index()} of a live journal. */
    public static JournalReader over(JournalIndex index, BufferAllocator allocator) {
        return new JournalReader(index, allocator);
    }

    /**
     * The committed batches of {@code dir}, read-only: an uncommitted or torn tail of the newest
     * segment is ignored (a writer may be appending); damage to an older segment is an error.
     */
    public static JournalIndex scan(Path dir) throws IOException {
        List<Long> ids = SegmentScan.ids(dir);
        List<SegmentIndex> segments = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            SegmentScan.Result r = SegmentScan.scan(dir, ids.get(i), false);
            if (i < ids.size() - 1 && r.problem() != null) {
                throw new JournalCorruptException("sealed segment " + r.segment().data().getFileName() + " is damaged: " + r.problem());
            }
            segments.add(r.segment());
        }
        return new JournalIndex(segments);
    }

    public JournalIndex index() {
        return index;
    }

    /** A cursor starting at the first batch holding a seq &ge; {@code seq}. */
    public Cursor fromSeq(long seq) {
        return new Cursor(seq == Long.MIN_VALUE ? 0 : index.firstBatchAfterSeq(seq - 1));
    }

    /** A cursor starting at the first batch that may hold events at or after {@code tsMillis}. */
    public Cursor fromTime(long tsMillis) {
        return new Cursor(index.firstBatchReaching(tsMillis));
    }

    /** What {@link #forEachBatchBetween} hands each batch to; the batch is valid during the call only. */
    @FunctionalInterface
    public interface BatchVisitor {
        void visit(VectorSchemaRoot batch) throws IOException;
    }

    /**
     * Loads in turn every batch that may hold events with ts in [fromMs, toMs]: from the first batch
     * reaching fromMs, skipping batches wholly outside the range, until every later batch starts after toMs.
     */
    public void forEachBatchBetween(long fromMs, long toMs, BatchVisitor visitor) throws IOException {
        Cursor c = fromTime(fromMs);
        while (c.next()) {
            if (index.minTsFrom(c.batchNumber()) > toMs) {
                return;
            }
            if (c.record().maxTs() < fromMs || c.record().minTs() > toMs) {
                continue;
            }
            visitor.visit(c.root());
        }
    }

    /** A cursor starting at batch number {@code batch} of the index. */
    public Cursor fromBatch(int batch) {
        return new Cursor(batch);
    }

    /** Steps through batches; {@link #root()} holds the current one until the next call. */
    public final class Cursor {
        private int next;
        private JournalIndex.BatchRef current;

        private Cursor(int first) {
            this.next = first;
        }

        /** Loads the next batch into {@link #root()}; false at the end of the journal. */
        public boolean next() throws IOException {
            if (next >= index.batches().size()) {
                current = null;
                return false;
            }
            current = index.batches().get(next++);
            load(current);
            return true;
        }

        public VectorSchemaRoot root() {
            return root;
        }

        public CommitRecord record() {
            return current.record();
        }

        /** Position in the index of the batch just loaded. */
        public int batchNumber() {
            return next - 1;
        }

        /** Index of the first row of the current batch with seq &ge; {@code seq} (row count when none). */
        public int firstRowAtOrAfter(long seq) {
            BigIntVector s = (BigIntVector) root.getVector(EventSchema.SEQ);
            int lo = 0;
            int hi = root.getRowCount();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (s.get(mid) >= seq) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }
    }

    private void load(JournalIndex.BatchRef ref) throws IOException {
        if (openSegment != ref.segment()) {
            if (channel != null) {
                channel.close();
            }
            channel = FileChannel.open(ref.segment().data(), StandardOpenOption.READ);
            openSegment = ref.segment();
        }
        CommitRecord r = ref.record();
        if (buffer.length < r.length()) {
            buffer = new byte[Math.max(r.length(), buffer.length + (buffer.length >> 1))];
        }
        byte[] bytes = SegmentScan.readFully(channel, r.offset(), r.length(), buffer);
        if (BatchCodec.crc(bytes, 0, r.length()) != r.crc()) {
            throw new JournalCorruptException(ref.segment().data() + " at byte " + r.offset()
                    + ": checksum mismatch for committed seq " + r.firstSeq() + ".." + r.lastSeq());
        }
        BatchCodec.load(bytes, r.length(), root, allocator);
        if (root.getRowCount() != r.count()) {
            throw new JournalCorruptException(ref.segment().data() + " at byte " + r.offset() + ": " + root.getRowCount()
                    + " rows, commit record says " + r.count());
        }
    }

    @Override
    public void close() throws IOException {
        root.close();
        if (channel != null) {
            channel.close();
        }
    }
}
