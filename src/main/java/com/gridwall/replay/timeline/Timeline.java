package com.gridwall.replay.timeline;

import com.gridwall.replay.journal.CommitRecord;
import com.gridwall.replay.journal.JournalIndex;
import java.time.Instant;

/**
 * What a timeline control needs from a journal: the replayable range and the event density.
 * Built from the commit records alone (no batch is read), so it costs microseconds even for a
 * 10M-event journal: each batch's events are spread evenly over its [min ts, max ts], which is
 * exact at bin widths above a batch's time span and a close approximation below. Immutable.
 */
public final class Timeline {
    private final long startMs;
    private final long endMs;
    private final JournalIndex index;

    /**
     * @param replayStartMs earliest replayable instant (the base checkpoint's time when retention
     *                      removed older segments; else the first event)
     */
    public Timeline(JournalIndex index, long replayStartMs) {
        this.index = index;
        this.startMs = index.isEmpty() ? 0 : Math.min(replayStartMs, index.maxTs());
        this.endMs = index.isEmpty() ? 0 : index.maxTs();
    }

    public static Timeline of(JournalIndex index) {
        return new Timeline(index, index.minTs());
    }

    public Instant start() {
        return Instant.ofEpochMilli(startMs);
    }

    public Instant end() {
        return Instant.ofEpochMilli(endMs);
    }

    public long events() {
        return index.eventCount();
    }

    /** Event density over the whole range in {@code bins} equal bins (at least 1 ms each). */
    public DensityHistogram histogram(int bins) {
        return histogram(startMs, endMs + 1, bins);
    }

    /** Event density over [fromMs, toMs) in {@code bins} equal bins. */
    public DensityHistogram histogram(long fromMs, long toMs, int bins) {
        if (bins <= 0 || toMs <= fromMs) {
            throw new IllegalArgumentException("histogram needs bins > 0 and a non-empty range: " + bins + ", " + fromMs + ".." + toMs);
        }
        long binMs = Math.max(1, (toMs - fromMs + bins - 1) / bins);
        double[] acc = new double[bins];
        for (JournalIndex.BatchRef b : index.batches()) {
            CommitRecord r = b.record();
            if (r.maxTs() < fromMs || r.minTs() >= toMs) {
                continue;
            }
            double span = r.maxTs() - r.minTs() + 1;
            double perMs = r.count() / span;
            long from = Math.max(r.minTs(), fromMs);
            long to = Math.min(r.maxTs() + 1, toMs);
            for (int bin = (int) ((from - fromMs) / binMs); bin < bins; bin++) {
                long bs = fromMs + bin * binMs;
                long be = bs + binMs;
                long overlap = Math.min(be, to) - Math.max(bs, from);
                if (overlap <= 0) {
                    break;
                }
                acc[bin] += overlap * perMs;
            }
        }
        long[] counts = new long[bins];
        for (int i = 0; i < bins; i++) {
            counts[i] = Math.round(acc[i]);
        }
        return new DensityHistogram(fromMs, binMs, counts);
    }
}
