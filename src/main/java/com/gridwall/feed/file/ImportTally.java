package com.gridwall.feed.file;

import com.gridwall.feed.decode.Rejection;
import com.gridwall.feed.decode.ValidatedBatch;
import com.gridwall.store.AppendResult;
import com.gridwall.store.EventSink;
import java.util.ArrayList;
import java.util.List;

/** Running totals of one import; applies validated batches to the sink at once. Not thread-safe. */
final class ImportTally {
    static final int MAX_ERRORS = 50;
    private final String file;
    private final EventSink sink;
    private final List<String> errors = new ArrayList<>();
    long rows;
    long accepted;
    long duplicates;
    long rejected;
    boolean complete = true;

    ImportTally(String file, EventSink sink) {
        this.file = file;
        this.sink = sink;
    }

    /** Applies a validated batch whose row r is file row {@code rowNumbers[r]}. */
    void apply(ValidatedBatch vb, long[] rowNumbers) {
        try (vb) {
            rejected += vb.rejected();
            for (Rejection r : vb.examples()) {
                long row = r.row() >= 0 && r.row() < rowNumbers.length ? rowNumbers[(int) r.row()] : -1;
                error(row, r.field(), r.reason() + (r.seq() >= 0 ? " (seq " + r.seq() + ")" : ""));
            }
            if (vb.root() != null) {
                AppendResult res = sink.append(vb.root());
                accepted += res.accepted();
                duplicates += res.duplicates();
            }
        }
    }

    void error(long row, String field, String reason) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(file + (row >= 0 ? " row " + row : "") + " field " + field + ": " + reason);
        }
    }

    void fatal(String what) {
        complete = false;
        if (errors.size() < MAX_ERRORS + 1) {
            errors.add(file + ": " + what);
        }
    }

    ImportReport report() {
        return new ImportReport(file, rows, accepted, duplicates, rejected, List.copyOf(errors), complete);
    }
}
