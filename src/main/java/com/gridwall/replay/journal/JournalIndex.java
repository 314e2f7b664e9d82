package com.gridwall.replay.journal;

import java.util.ArrayList;
import java.util.List;

/**
 * Every committed batch of a journal, segment by segment, in seq order: what a reader may read.
 * Immutable; a writer publishes a new index after each commit, so readers on other threads see a
 * consistent prefix of the journal.
 */
public final class JournalIndex {
    /** One committed batch and where it lives. */
    public record BatchRef(SegmentIndex segment, CommitRecord record) {
    }

    private final List<SegmentIndex> segments;
    private final List<BatchRef> batches;
    /** suffixMinTs[i] = smallest event time in batches i..end: lets a seek stop once no later row can be due. */
    private final long[] suffixMinTs;
    private final long[] prefixMaxTs;

    public JournalIndex(List<SegmentIndex> segments) {
        this.segments = List.copyOf(segments.stream().filter(s -> !s.isEmpty()).toList());
        List<BatchRef> b = new ArrayList<>();
        for (SegmentIndex s : this.segments) {
            for (CommitRecord r : s.records()) {
                b.add(new BatchRef(s, r));
            }
        }
        this.batches = List.copyOf(b);
        suffixMinTs = new long[batches.size() + 1];
        suffixMinTs[batches.size()] = Long.MAX_VALUE;
        for (int i = batches.size() - 1; i >= 0; i--) {
            suffixMinTs[i] = Math.min(suffixMinTs[i + 1], batches.get(i).record().minTs());
        }
        prefixMaxTs = new long[batches.size()];
        long m = Long.MIN_VALUE;
        for (int i = 0; i < batches.size(); i++) {
            m = Math.max(m, batches.get(i).record().maxTs());
            prefixMaxTs[i] = m;
        }
    }

    public static JournalIndex empty() {
        return new JournalIndex(List.of());
    }

    public List<SegmentIndex> segments() {
        return segments;
    }

    public List<BatchRef> batches() {
        return batches;
    }

    public boolean isEmpty() {
        return batches.isEmpty();
    }

    public long firstSeq() {
        return batches.isEmpty() ? -1 : batches.get(0).record().firstSeq();
    }

    public long lastSeq() {
        return batches.isEmpty() ? -1 : batches.get(batches.size() - 1).record().lastSeq();
    }

    public long eventCount() {
        long n = 0;
        for (BatchRef b : batches) {
            n += b.record().count();
        }
        return n;
    }

    /** Smallest event time in the journal (epoch ms), or Long.MAX_VALUE when empty. */
    public long minTs() {
        return suffixMinTs[0];
    }

    /** Largest event time in the journal (epoch ms), or Long.MIN_VALUE when empty. */
    public long maxTs() {
        return batches.isEmpty() ? Long.MIN_VALUE : prefixMaxTs[batches.size() - 1];
    }

    /** Bytes on disk of the committed journal. */
    public long bytes() {
        long n = 0;
        for (SegmentIndex s : segments) {
            n += s.bytes();
        }
        return n;
    }

    /** Index of the first batch whose last seq is &gt; {@code seq} (batches.size() when none). */
    public int firstBatchAfterSeq(long seq) {
        int lo = 0;
        int hi = batches.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (batches.get(mid).record().lastSeq() > seq) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Smallest event time in batches {@code i..end}. */
    public long minTsFrom(int batch) {
        return suffixMinTs[batch];
    }

    /** Largest event time in batches {@code 0..i}. */
    public long maxTsUpTo(int batch) {
        return batch < 0 ? Long.MIN_VALUE : prefixMaxTs[batch];
    }

    /** Index of the first batch that may hold an event at or after {@code ts} (by its max ts prefix). */
    public int firstBatchReaching(long ts) {
        int lo = 0;
        int hi = batches.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (prefixMaxTs[mid] >= ts) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
