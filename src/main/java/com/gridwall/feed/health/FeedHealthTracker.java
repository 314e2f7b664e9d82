package com.gridwall.feed.health;

import com.gridwall.domain.FeedHealth;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Collects what the feed threads know and turns it into {@link FeedHealth} snapshots on demand.
 * Writers (ingest, network, watchdog) and readers (UI) never wait on each other beyond a field
 * write. Thread-safe.
 */
public final class FeedHealthTracker {
    private final String source;
    private final LongSupplier wallClock;
    private final RateMeter rate = new RateMeter();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong gaps = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private volatile FeedHealth.State state;
    private volatile String reason = "";
    private volatile long lastSeq = -1;
    private volatile long newestTs = Long.MIN_VALUE;
    // the producer's event clock at the last message, and when that message came (wall)
    private volatile long producerNow = Long.MIN_VALUE;
    private volatile long producerNowAt;

    public FeedHealthTracker(FeedHealth.State initial, String source, LongSupplier wallClock) {
        this.state = initial;
        this.source = source;
        this.wallClock = wallClock;
    }

    public void state(FeedHealth.State s, String why) {
        this.state = s;
        this.reason = why == null ? "" : why;
    }

    public FeedHealth.State state() {
        return state;
    }

    /** Called by the ingest writer after the store applied a batch. */
    public void applied(int accepted, int dup, long lastSeqNow, long maxTs) {
        applied.addAndGet(accepted);
        duplicates.addAndGet(dup);
        rate.add(accepted, wallClock.getAsLong());
        lastSeq = Math.max(lastSeq, lastSeqNow);
        if (maxTs > newestTs) {
            newestTs = maxTs;
        }
    }

    /** The producer said what its event time is now (embedded: the simulation clock). */
    public void producerClock(long eventNowMs) {
        producerNowAt = wallClock.getAsLong();
        producerNow = eventNowMs;
    }

    public void rejected(long n) {
        rejected.addAndGet(n);
    }

    public void gap() {
        gaps.incrementAndGet();
    }

    public void reconnect() {
        reconnects.incrementAndGet();
    }

    public long appliedCount() {
        return applied.get();
    }

    public long duplicateCount() {
        return duplicates.get();
    }

    public long lastSeq() {
        return lastSeq;
    }

    public FeedHealth snapshot() {
        long now = wallClock.getAsLong();
        long lag = -1;
        long newest = newestTs;
        if (newest != Long.MIN_VALUE) {
            long eventNow = producerNow == Long.MIN_VALUE ? now : producerNow + (now - producerNowAt);
            lag = Math.max(0, eventNow - newest);
        }
        return new FeedHealth(state, reason, source, lag, rate.perSecond(now), rejected.get(), lastSeq,
                gaps.get(), reconnects.get(), now);
    }
}
