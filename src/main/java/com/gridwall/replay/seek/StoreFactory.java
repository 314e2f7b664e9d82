package com.gridwall.replay.seek;

import com.gridwall.domain.GridResolver;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import org.apache.arrow.memory.BufferAllocator;

/**
 * Builds the replay's own stores, configured like the live one (same units, grid resolver and
 * settings) so a replayed instant looks exactly as the live wall did. Immutable.
 */
public record StoreFactory(UnitDirectory units, GridResolver resolver, StoreConfig config) {
    /** Publish interval of {@link #quiet()} stores: in effect "only when ticked". */
    static final long QUIET_PUBLISH_MILLIS = 24 * 3_600_000L;

    /**
     * The same stores, publishing a snapshot only when ticked: a seek applies thousands of batches
     * and needs the wall once, at the end (snapshots are not state: hashes and KPIs are unchanged).
     */
    public StoreFactory quiet() {
        return new StoreFactory(units, resolver, config.withPublishEveryMillis(QUIET_PUBLISH_MILLIS));
    }

    /** A fresh empty store whose clock is {@code time}; the caller closes it. */
    public EventStore create(BufferAllocator allocator, ReplayTime time) {
        return new EventStore(allocator, units, resolver, time, config);
    }

    /**
     * A fresh empty store for replaying the journal: its events were all accepted (deduplicated)
     * by the live store, so it skips duplicate detection ({@link EventStore#trustedInput}).
     */
    public EventStore createReplay(BufferAllocator allocator, ReplayTime time) {
        return EventStore.trustedInput(allocator, units, resolver, time, config);
    }
}
