package com.gridwall.store.snapshot;

/**
 * A 24-hour trend in equal buckets ending with the current one (index {@code buckets()-1}).
 * Received counts incidents by report time, resolved by resolution time; open and overdue are
 * samples taken at the end of each bucket (-1 where the store was not running). Immutable: the
 * arrays are owned by this object.
 *
 * @param firstBucketStart epoch ms UTC of the first bucket's start
 * @param bucketMillis     60,000 (per minute) or 3,600,000 (per hour)
 */
public final class Trend {
    private final long firstBucketStart;
    private final long bucketMillis;
    private final int[] received;
    private final int[] resolved;
    private final int[] open;
    private final int[] overdue;

    public Trend(long firstBucketStart, long bucketMillis, int[] received, int[] resolved, int[] open,
                 int[] overdue) {
        this.firstBucketStart = firstBucketStart;
        this.bucketMillis = bucketMillis;
        this.received = received;
        this.resolved = resolved;
        this.open = open;
        this.overdue = overdue;
    }

    public long firstBucketStart() {
        return firstBucketStart;
    }

    public long bucketMillis() {
        return bucketMillis;
    }

    public int buckets() {
        return received.length;
    }

    public int received(int i) {
        return received[i];
    }

    public int resolved(int i) {
        return resolved[i];
    }

    /** Open incidents sampled at the end of bucket i, or -1 if not sampled. */
    public int open(int i) {
        return open[i];
    }

    public int overdue(int i) {
        return overdue[i];
    }

    public int[] receivedArray() {
        return received.clone();
    }

    public int[] resolvedArray() {
        return resolved.clone();
    }
}
