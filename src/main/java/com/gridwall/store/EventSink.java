package com.gridwall.store;

import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The store's write side as the feed and the journal see it. A single writer thread calls it;
 * implementations need not be thread-safe for concurrent writers.
 */
public interface EventSink {
    /**
     * Applies a batch in {@link EventSchema#SCHEMA}. The caller keeps ownership of {@code batch}
     * and may clear or close it once this returns. Rows must already be validated by the caller.
     */
    AppendResult append(VectorSchemaRoot batch);

    /** The highest seq applied so far, or -1 before the first event: where a feed resumes. */
    long lastSeq();
}
