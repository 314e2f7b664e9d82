package com.gridwall.ui.panel;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Objects;

/**
 * The 24-hour trend: incidents received and resolved per bucket (e.g. 24 buckets of 60 min or
 * 144 of 10 min) starting at {@code start} (wall-local time). {@code currentBucket} is the bucket
 * that holds "now" (−1 if none). The arrays are copied in and out, so the record stays immutable.
 */
public record TrendModel(LocalDateTime start, int bucketMinutes, int[] received, int[] resolved, int currentBucket) {
    public TrendModel {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(resolved, "resolved");
        if (bucketMinutes <= 0) {
            throw new IllegalArgumentException("trend bucketMinutes must be > 0, got " + bucketMinutes);
        }
        if (received.length != resolved.length) {
            throw new IllegalArgumentException("trend received has " + received.length
                    + " buckets but resolved has " + resolved.length);
        }
        if (currentBucket < -1 || currentBucket >= received.length) {
            throw new IllegalArgumentException("trend currentBucket " + currentBucket + " outside 0.." + (received.length - 1));
        }
        received = received.clone();
        resolved = resolved.clone();
    }

    public int buckets() {
        return received.length;
    }

    public int receivedAt(int i) {
        return received[i];
    }

    public int resolvedAt(int i) {
        return resolved[i];
    }

    @Override
    public int[] received() {
        return received.clone();
    }

    @Override
    public int[] resolved() {
        return resolved.clone();
    }

    /** The largest count in either series (0 when empty). */
    public int max() {
        return Math.max(Arrays.stream(received).max().orElse(0), Arrays.stream(resolved).max().orElse(0));
    }

    public LocalDateTime bucketStart(int i) {
        return start.plusMinutes((long) i * bucketMinutes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrendModel t && start.equals(t.start) && bucketMinutes == t.bucketMinutes
                && currentBucket == t.currentBucket && Arrays.equals(received, t.received) && Arrays.equals(resolved, t.resolved);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, bucketMinutes, currentBucket, Arrays.hashCode(received), Arrays.hashCode(resolved));
    }

    @Override
    public String toString() {
        return "TrendModel[start=" + start + ", bucketMinutes=" + bucketMinutes + ", buckets=" + received.length
                + ", currentBucket=" + currentBucket + "]";
    }
}
