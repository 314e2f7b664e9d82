package com.gridwall.replay.seek;

import com.gridwall.store.EventSchema;
import java.util.function.Consumer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Selects the rows of a journal batch whose event time lies in (after, upTo], in batch order.
 * Why not one copy of them all: the batch a seek ends in holds its instant somewhere in the
 * middle, and copying thousands of rows field by field cost a seek several milliseconds; its
 * leading rows are handed over as a slice of the batch's own buffers instead, and only the rows
 * after the first one out of range (late events) are copied.
 * Not thread-safe: one per seeker; close it to free the scratch batch.
 */
final class RowWindow implements AutoCloseable {
    private final VectorSchemaRoot scratch;

    RowWindow(BufferAllocator allocator) {
        scratch = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator);
    }

    /**
     * Hands {@code sink} the rows of {@code batch} with after &lt; ts &le; upTo, in batch order:
     * the batch itself when every row is in; else its leading run of such rows as a slice (valid
     * only during the call), then the other such rows as a copy. Returns how many rows.
     */
    int select(VectorSchemaRoot batch, long after, long upTo, Consumer<VectorSchemaRoot> sink) {
        TimeStampVector ts = (TimeStampVector) batch.getVector(EventSchema.TS);
        int n = batch.getRowCount();
        int in = 0;
        int lead = -1; // the first row out of the window
        for (int i = 0; i < n; i++) {
            long t = ts.get(i);
            if (t > after && t <= upTo) {
                in++;
            } else if (lead < 0) {
                lead = i;
            }
        }
        if (in == n) {
            sink.accept(batch);
            return n;
        }
        if (lead > 0) {
            try (VectorSchemaRoot head = batch.slice(0, lead)) {
                sink.accept(head);
            }
        }
        if (in > lead) { // lead >= 0 here: some row is out of the window
            sink.accept(copy(batch, ts, lead, after, upTo));
        }
        return in;
    }

    /** The rows from {@code from} on that lie in the window, copied into the scratch batch. */
    private VectorSchemaRoot copy(VectorSchemaRoot batch, TimeStampVector ts, int from, long after, long upTo) {
        scratch.allocateNew();
        // the vectors once per batch: getFieldVectors() makes a new list on every call
        int fields = batch.getFieldVectors().size();
        FieldVector[] src = new FieldVector[fields];
        FieldVector[] dst = new FieldVector[fields];
        for (int f = 0; f < fields; f++) {
            src[f] = batch.getVector(f);
            dst[f] = scratch.getVector(f);
        }
        int out = 0;
        for (int i = from; i < batch.getRowCount(); i++) {
            long t = ts.get(i);
            if (t > after && t <= upTo) {
                for (int f = 0; f < fields; f++) {
                    dst[f].copyFromSafe(i, out, src[f]);
                }
                out++;
            }
        }
        scratch.setRowCount(out);
        return scratch;
    }

    @Override
    public void close() {
        scratch.close();
    }
}
