package com.gridwall.replay.journal;

import com.gridwall.store.AppendResult;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * An {@link EventSink} that sits between the feed and the store: every batch the store accepts is
 * journaled, so replay sees what the live wall saw. The store applies the batch first (a batch it
 * rejects is never journaled); then the rows with a seq beyond the journal's last are written
 * (a feed that resends after a reconnect does not duplicate the journal).
 * <p>Not thread-safe: the feed's single writer thread calls it, as {@link EventSink} requires.
 */
public final class JournalingSink implements EventSink {
    private final EventSink store;
    private final JournalWriter journal;

    public JournalingSink(EventSink store, JournalWriter journal) {
        this.store = store;
        this.journal = journal;
    }

    @Override
    public AppendResult append(VectorSchemaRoot batch) {
        AppendResult result = store.append(batch);
        if (result.accepted() == 0) {
            return result;
        }
        try {
            int from = firstNewRow(batch, journal.lastSeq());
            if (from == 0) {
                journal.append(batch);
            } else if (from < batch.getRowCount()) {
                try (VectorSchemaRoot tail = batch.slice(from, batch.getRowCount() - from)) {
                    journal.append(tail);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("journal " + journal.config().dir() + ": cannot write seq up to "
                    + result.lastSeq(), e);
        }
        return result;
    }

    @Override
    public long lastSeq() {
        return store.lastSeq();
    }

    private static int firstNewRow(VectorSchemaRoot batch, long last) {
        BigIntVector seq = (BigIntVector) batch.getVector(EventSchema.SEQ);
        int i = 0;
        while (i < batch.getRowCount() && seq.get(i) <= last) {
            i++;
        }
        return i;
    }
}
