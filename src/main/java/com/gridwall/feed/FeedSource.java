package com.gridwall.feed;

import com.gridwall.domain.FeedHealth;

/**
 * Something that feeds the store on its own threads: the embedded simulator, a Flight client, a
 * file import. Thread-safe: {@link #health()} may be called from any thread (the UI polls it once
 * per frame) and never blocks on ingest.
 */
public interface FeedSource extends AutoCloseable {
    /** Starts the ingest threads; returns at once. */
    void start();

    /** The latest health snapshot; cheap and non-blocking. */
    FeedHealth health();

    /** Stops the threads and waits for applied batches to reach the store. */
    @Override
    void close();
}
