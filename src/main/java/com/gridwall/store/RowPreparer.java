package com.gridwall.store;

import com.gridwall.domain.GridResolver;
import com.gridwall.store.log.ByteKeyIndex;
import com.gridwall.store.log.DecodedBatch;
import com.gridwall.store.log.EventIdIndex;
import com.gridwall.store.log.EventLog;
import com.gridwall.store.log.Utf8;
import org.apache.arrow.memory.ArrowBuf;

/**
 * Stage 1 of an append, row range by row range of one decoded batch: point-in-polygon for rows
 * with a point and no grid code, the ids' hashes, exact dedup (check, then insert with the log row
 * the row will get) and incident-id interning. What it leaves per row is what stage 2 (the fold,
 * {@link EventStore}) needs: the incident, or -1 for a duplicate, and the resolved grid code.
 *
 * <p>The log rows are predicted: stage 2 appends exactly the accepted rows, in order, so the k-th
 * accepted row of the batch gets row {@code batchStart + k}. An id that matches a row of the batch
 * in flight is compared with the batch's own bytes, not with the log, because stage 2 may not have
 * written that row yet.
 *
 * <p>Thread-safety: not thread-safe. Between {@link #begin} and the end of the batch it is the
 * only user of the dedup and intern tables; it may run on a helper thread while the writer folds
 * earlier ranges of the same batch, because it reads the log only through
 * {@link EventLog#heldEventIdEquals} (rows written before the batch, retention deferred) and
 * writes only its own per-row arrays at the rows it is given.
 */
final class RowPreparer implements EventIdIndex.RowIds {
    /** How many rows ahead the loop touches the hash tables (see EventIdIndex.touch). */
    private static final int PREFETCH = 8;

    private final EventLog log;
    /** Null for a trusted-input store (no dedup). */
    private final EventIdIndex eventIds;
    private final ByteKeyIndex incidentIds;
    private final GridResolver resolver;

    private DecodedBatch b;
    private long batchStart;
    private long firstRow;
    private int accepted;
    /** Batch row of the k-th accepted row. */
    private int[] acceptedRow = new int[0];
    /** Per batch row: the interned incident, or -1 for a duplicate. */
    int[] incident = new int[0];
    /** Per batch row: the grid code found for its point (null: none or outside). */
    String[] pointGrid = new String[0];
    /** Per batch row: hash of the grid code (when present). */
    long[] gridHash = new long[0];
    private long[] idHash = new long[0];
    private long[] incHash = new long[0];
    // the previous interned row, whose incident a following row with the same bytes reuses
    private int prevIncident;
    private long prevStart;
    private int prevLen;
    /** Keeps the prefetching reads observable so the JIT cannot drop them. */
    long prefetchSink;

    RowPreparer(EventLog log, EventIdIndex eventIds, ByteKeyIndex incidentIds, GridResolver resolver) {
        this.log = log;
        this.eventIds = eventIds;
        this.incidentIds = incidentIds;
        this.resolver = resolver;
    }

    /** Starts a batch whose first accepted row will be the log's row {@code batchStart}. Writer thread. */
    void begin(DecodedBatch batch, long batchStart) {
        this.b = batch;
        this.batchStart = batchStart;
        this.firstRow = log.firstRow();
        this.accepted = 0;
        this.prevIncident = -1;
        this.prevLen = -1;
        int n = batch.rows;
        if (incident.length < n) {
            acceptedRow = new int[n];
            incident = new int[n];
            pointGrid = new String[n];
            gridHash = new long[n];
            idHash = new long[n];
            incHash = new long[n];
        }
    }

    /** Rows accepted so far in this batch. */
    int accepted() {
        return accepted;
    }

    /**
     * Prepares rows [from, to), which must follow the previous range. The resolver runs first,
     * before any table changes, so that if it throws the tables hold exactly the earlier ranges.
     */
    void prepare(int from, int to) {
        DecodedBatch b = this.b;
        for (int r = from; r < to; r++) {
            pointGrid[r] = resolver != null && b.gridLen[r] < 0 && !Double.isNaN(b.lon[r])
                    ? resolver.gridAt(b.lon[r], b.lat[r]) : null;
        }
        for (int r = from; r < to; r++) {
            idHash[r] = Utf8.hash(b.idData, b.idStart[r], b.idLen[r]);
            incHash[r] = Utf8.hash(b.incData, b.incStart[r], b.incLen[r]);
            gridHash[r] = b.gridLen[r] >= 0 ? Utf8.hash(b.gridData, b.gridStart[r], b.gridLen[r]) : 0;
        }
        long prefetched = 0;
        for (int r = from; r < to; r++) {
            if (r + PREFETCH < to) {
                // the lookups of a later row are cache misses on large tables: start them now so
                // they overlap with this row's work
                prefetched += (eventIds != null ? eventIds.touch(idHash[r + PREFETCH]) : 0)
                        + incidentIds.touch(incHash[r + PREFETCH]);
            }
            long h = idHash[r];
            // a trusted-input store (replay) keeps no dedup index: its journal holds accepted events only
            if (eventIds != null) {
                if (eventIds.contains(h, firstRow, this, b.idData, b.idStart[r], b.idLen[r])) {
                    incident[r] = -1;
                    continue;
                }
                eventIds.add(h, batchStart + accepted);
            }
            acceptedRow[accepted++] = r;
            // events of one incident often come in a row: the previous row's id is reused after a
            // byte comparison in the (cache-hot) batch buffer, saving the intern table's lookup
            int inc;
            if (b.incLen[r] == prevLen && Utf8.equals(b.incData, prevStart, b.incStart[r], prevLen)) {
                inc = prevIncident;
            } else {
                inc = incidentIds.intern(b.incData, b.incStart[r], b.incLen[r], incHash[r]);
                prevIncident = inc;
                prevStart = b.incStart[r];
                prevLen = b.incLen[r];
            }
            incident[r] = inc;
        }
        prefetchSink += prefetched;
    }

    /** Rows of the batch in flight are compared with the batch; older rows with the log. */
    @Override
    public boolean sameId(long row, ArrowBuf buf, long start, int len) {
        if (row >= batchStart) {
            int r = acceptedRow[(int) (row - batchStart)];
            return b.idLen[r] == len && Utf8.equals(b.idData, b.idStart[r], start, len);
        }
        return log.heldEventIdEquals(row, buf, start, len);
    }
}
