package com.gridwall.replay.history;

import com.gridwall.replay.journal.JournalWriter;
import com.gridwall.store.AppendResult;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * An {@link EventSink} that only journals: lets the feed's file importers write history made
 * elsewhere straight into a journal. Rows whose seq is not after the journal's last are counted
 * as duplicates and skipped (a history file imported twice adds nothing).
 * Not thread-safe: one importing thread.
 */
public final class JournalSink implements EventSink {
    private final JournalWriter journal;

    public JournalSink(JournalWriter journal) {
        this.journal = journal;
    }

    @Override
    public AppendResult append(VectorSchemaRoot batch) {
        BigIntVector seq = (BigIntVector) batch.getVector(EventSchema.SEQ);
        long last = journal.lastSeq();
        int from = 0;
        while (from < batch.getRowCount() && seq.get(from) <= last) {
            from++;
        }
        int fresh = batch.getRowCount() - from;
        try {
            if (from == 0 && fresh > 0) {
                journal.append(batch);
            } else if (fresh > 0) {
                try (VectorSchemaRoot tail = batch.slice(from, fresh)) {
                    journal.append(tail);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("journal " + journal.config().dir() + ": cannot write imported history", e);
        }
        return new AppendResult(fresh, from, journal.lastSeq());
    }

    @Override
    public long lastSeq() {
        return journal.lastSeq();
    }
}
