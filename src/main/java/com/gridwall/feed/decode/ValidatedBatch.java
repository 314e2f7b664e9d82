package com.gridwall.feed.decode;

import java.util.List;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The outcome of validating one incoming batch.
 *
 * @param root        the accepted rows in {@code EventSchema.SCHEMA}, owned by the receiver (close it); null when none
 * @param accepted    rows in {@code root}
 * @param stale       rows skipped because their seq was already seen (duplicates, replays, reordering)
 * @param rejected    rows quarantined as malformed (all of them, even beyond {@code examples})
 * @param examples    the first rejections of this batch, for the log
 * @param lastSeenSeq highest seq consumed, accepted or rejected; where the stream resumes
 * @param maxTs       newest event time among accepted rows, or Long.MIN_VALUE
 * @param gap         the first seq gap, at which validation stopped (later rows are left for a re-request), or null
 */
public record ValidatedBatch(VectorSchemaRoot root, int accepted, int stale, int rejected,
                             List<Rejection> examples, long lastSeenSeq, long maxTs, Gap gap) implements AutoCloseable {

    /** Seqs {@code expected} .. {@code found - 1} never arrived. */
    public record Gap(long expected, long found) {
        @Override
        public String toString() {
            return "expected seq " + expected + " but got " + found;
        }
    }

    /** A batch whose whole message was refused (wrong schema, unreadable bytes). */
    static ValidatedBatch refused(Rejection why, long lastSeenSeq) {
        return new ValidatedBatch(null, 0, 0, 1, List.of(why), lastSeenSeq, Long.MIN_VALUE, null);
    }

    @Override
    public void close() {
        if (root != null) {
            root.close();
        }
    }
}
