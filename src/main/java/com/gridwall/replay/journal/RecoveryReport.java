package com.gridwall.replay.journal;

import java.util.List;

/**
 * What opening a journal for writing found and repaired. Immutable.
 *
 * @param cuts       one line per repair: file, offset, why (empty for a clean journal)
 * @param cutBytes   bytes removed from the tail (uncommitted or torn)
 * @param lastSeq    the last committed seq after recovery, or -1 for an empty journal
 */
public record RecoveryReport(List<String> cuts, long cutBytes, long lastSeq) {
    public RecoveryReport {
        cuts = List.copyOf(cuts);
    }

    public boolean clean() {
        return cuts.isEmpty();
    }
}
