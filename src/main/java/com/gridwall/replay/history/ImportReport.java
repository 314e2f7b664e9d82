package com.gridwall.replay.history;

import java.util.List;

/**
 * What importing one history file did. Immutable.
 *
 * @param file      the file read
 * @param batches   batches read
 * @param accepted  rows journaled
 * @param stale     rows skipped because their seq was not after the journal's last seq
 * @param rejected  malformed rows left out
 * @param problems  the first problems, each naming the file, the batch and the seq/row/field
 * @param lastSeq   the journal's last seq after the import
 */
public record ImportReport(String file, long batches, long accepted, long stale, long rejected, List<String> problems,
                           long lastSeq) {
    public ImportReport {
        problems = List.copyOf(problems);
    }
}
