package com.gridwall.replay.seek;

import com.gridwall.store.EventSchema;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Selects the rows of a journal batch whose event time lies in (after, upTo]: the whole batch
 * when every row does (no copy), else a copy of just those rows into a scratch batch.
 * Not thread-safe: one per seeker; close it to free the scratch batch.
 */
final class RowWindow implements AutoCloseable {
    private final VectorSchemaRoot scratch;

    RowWindow(BufferAllocator allocator) {
        scratch = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator);
    }

    /** The rows of {@code batch} with after &lt; ts &le; upTo, or null when there are none. */
    VectorSchemaRoot select(VectorSchemaRoot batch, long after, long upTo) {
        TimeStampVector ts = (TimeStampVector) batch.getVector(EventSchema.TS);
        int n = batch.getRowCount();
        int in = 0;
        for (int i = 0; i < n; i++) {
            long t = ts.get(i);
            if (t > after && t <= upTo) {
                in++;
            }
        }
        if (in == n) {
            return batch;
        }
        if (in == 0) {
            return null;
        }
        scratch.allocateNew();
        // the vectors once per batch: getFieldVectors() makes a new list on every call
        int fields = batch.getFieldVectors().size();
        FieldVector[] from = new FieldVector[fields];
        FieldVector[] to = new FieldVector[fields];
        for (int f = 0; f < fields; f++) {
            from[f] = batch.getVector(f);
            to[f] = scratch.getVector(f);
        }
        int out = 0;
        for (int i = 0; i < n; i++) {
            long t = ts.get(i);
            if (t > after && t <= upTo) {
                for (int f = 0; f < fields; f++) {
                    to[f].copyFromSafe(i, out, from[f]);
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
