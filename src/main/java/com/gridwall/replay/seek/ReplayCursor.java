package com.gridwall.replay.seek;

import com.gridwall.replay.journal.JournalIndex;
import com.gridwall.replay.journal.JournalReader;
import com.gridwall.store.EventStore;
import java.io.IOException;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * A replay store and how much of the journal it holds: every row of batches before
 * {@link #fullBatches} plus, from there on, every row with ts &le; {@link #appliedTo}. Moving
 * forward to t applies exactly the missing rows (ts in (appliedTo, t]); the store folds events
 * independently of their arrival order, so the result equals a fresh fold of every event with
 * ts &le; t. Not thread-safe: owned by one seeker.
 */
final class ReplayCursor implements AutoCloseable {
    final EventStore store;
    final ReplayTime time;
    final int fullBatches;
    long appliedTo;
    long applied;
    /** Time spent loading journal batches (read, checksum, IPC decode, row selection) and folding them, ns. */
    long readNanos;
    long foldNanos;

    ReplayCursor(EventStore store, ReplayTime time, int fullBatches, long appliedTo) {
        this.store = store;
        this.time = time;
        this.fullBatches = fullBatches;
        this.appliedTo = appliedTo;
    }

    /** Applies every missing row with ts &le; t, then ticks (publishes); t must not be before {@link #appliedTo}. */
    void advanceTo(long t, JournalIndex index, JournalReader reader, RowWindow window) throws IOException {
        advanceTo(t, index, reader, window, true);
    }

    /** As above; without {@code tick} the caller publishes (a seek does, after deriving the trend samples). */
    void advanceTo(long t, JournalIndex index, JournalReader reader, RowWindow window, boolean tick) throws IOException {
        if (t < appliedTo) {
            throw new IllegalArgumentException("cursor at " + appliedTo + " cannot go back to " + t);
        }
        time.set(t);
        int from = Math.max(fullBatches, appliedTo == Long.MIN_VALUE ? fullBatches : index.firstBatchReaching(appliedTo + 1));
        JournalReader.Cursor c = reader.fromBatch(from);
        long r0 = System.nanoTime();
        long fold0 = foldNanos;
        while (c.next()) {
            if (index.minTsFrom(c.batchNumber()) > t) {
                break;
            }
            if (c.record().maxTs() <= appliedTo || c.record().minTs() > t) {
                continue;
            }
            applied += window.select(c.root(), appliedTo, t, this::fold);
        }
        readNanos += System.nanoTime() - r0 - (foldNanos - fold0);
        appliedTo = t;
        if (tick) {
            store.tick();
        }
    }

    private void fold(VectorSchemaRoot rows) {
        long f0 = System.nanoTime();
        store.append(rows);
        foldNanos += System.nanoTime() - f0;
    }

    @Override
    public void close() {
        store.close();
    }
}
