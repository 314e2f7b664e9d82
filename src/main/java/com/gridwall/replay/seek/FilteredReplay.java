package com.gridwall.replay.seek;

import com.gridwall.replay.analysis.FilterCohort;
import com.gridwall.replay.analysis.IncidentFilter;
import com.gridwall.replay.journal.JournalIndex;
import com.gridwall.replay.journal.JournalReader;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventStore;
import com.gridwall.store.snapshot.WallSnapshot;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The wall as of instant t counting only the incidents an analyst filter selects: a store of its
 * own, built from scratch from the journal (no checkpoint: a checkpoint holds every incident).
 * <ol>
 *   <li>The window is [lo, t] with lo = max(filter start, t &minus; {@link #WINDOW}): the wall's
 *       longest rolling window is 7 days, so 8 days cover every window of the wall.</li>
 *   <li>{@link FilterCohort} folds the window's events into the matching incident ids (state as of t).</li>
 *   <li>Every event of those incidents with lo &le; ts &le; t is applied, in journal order, to a
 *       fresh store whose clock is t; its snapshot is the filtered wall.</li>
 * </ol>
 * An incident reported before lo is not on the filtered wall even if it is still open at t (the
 * unfiltered wall counts it). The cost is two reads of the window, whatever the filter.
 * <p>Stateless; each call builds and closes its own store. Thread-safe as the allocator is.
 */
public final class FilteredReplay {
    /** How far back from the instant the filtered wall folds. */
    public static final Duration WINDOW = Duration.ofDays(8);

    private FilteredReplay() {
    }

    /** The filtered wall as of {@code at}; incidents reported in the filter's range up to {@code at}. */
    public static WallSnapshot build(JournalIndex index, BufferAllocator allocator, StoreFactory factory,
                                     IncidentFilter filter, Instant at) throws IOException {
        long t = at.toEpochMilli();
        long lo = Math.max(filter.from().toEpochMilli(), t - WINDOW.toMillis());
        long to = Math.min(filter.to().toEpochMilli(), t + 1);
        Set<String> ids = to > lo
                ? FilterCohort.matching(index, allocator, filter.withRange(Instant.ofEpochMilli(lo), Instant.ofEpochMilli(to)),
                        lo, t, factory.resolver())
                : Set.of();
        ReplayTime time = new ReplayTime(t);
        try (EventStore store = factory.quiet().create(allocator, time)) {
            if (!ids.isEmpty()) {
                apply(index, allocator, ids, lo, t, store);
            }
            // like a seek: the trend's open/overdue and the tiles' same-time-yesterday samples are derived
            store.backfillTrendSamples();
            return store.snapshot();
        }
    }

    private static void apply(JournalIndex index, BufferAllocator allocator, Set<String> ids, long lo, long t,
                              EventStore store) throws IOException {
        try (JournalReader reader = JournalReader.over(index, allocator);
             VectorSchemaRoot scratch = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator)) {
            reader.forEachBatchBetween(lo, t, batch -> {
                if (select(batch, ids, lo, t, scratch) > 0) {
                    store.append(scratch);
                }
            });
        }
    }

    /** Copies the rows of matching incidents with lo &le; ts &le; t into {@code out}; returns how many. */
    private static int select(VectorSchemaRoot batch, Set<String> ids, long lo, long t, VectorSchemaRoot out) {
        TimeStampVector ts = (TimeStampVector) batch.getVector(EventSchema.TS);
        VarCharVector incident = (VarCharVector) batch.getVector(EventSchema.INCIDENT_ID);
        out.allocateNew();
        int n = 0;
        for (int i = 0; i < batch.getRowCount(); i++) {
            long when = ts.get(i);
            if (when < lo || when > t || incident.isNull(i)
                    || !ids.contains(new String(incident.get(i), java.nio.charset.StandardCharsets.UTF_8))) {
                continue;
            }
            for (int f = 0; f < batch.getFieldVectors().size(); f++) {
                FieldVector to = out.getVector(f);
                to.copyFromSafe(i, n, batch.getVector(f));
            }
            n++;
        }
        out.setRowCount(n);
        return n;
    }
}
