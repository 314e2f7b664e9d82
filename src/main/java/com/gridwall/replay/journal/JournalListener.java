package com.gridwall.replay.journal;

import org.apache.arrow.vector.VectorSchemaRoot;

/** Told by the {@link JournalWriter}, on the writer thread, after each commit and retention pass. */
public interface JournalListener {
    /** {@code batch} has just been committed as {@code record}; valid only during the call. */
    void committed(CommitRecord record, VectorSchemaRoot batch);

    /** Retention removed segments: the journal now starts at {@code firstSeq} (-1 when empty). */
    default void retained(long firstSeq) {
    }
}
