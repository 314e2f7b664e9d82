package com.gridwall.store;

import java.time.ZoneId;

/**
 * Store settings.
 *
 * @param zone              zone of "today" (local midnight), Asia/Shanghai by default
 * @param maxEvents         retention: events kept in the log (older chunks are dropped; incident state stays)
 * @param recentLimit       events in {@code WallSnapshot.recent}
 * @param overdueLimit      incidents in {@code WallSnapshot.overdue}
 * @param markerLimit       live markers at most
 * @param hotspotThreshold  N: same category in the same grid at least N times in 7 days
 * @param hotspotLimit      hotspots listed at most
 * @param publishEveryMillis publish a snapshot after a batch only if this long passed since the last one
 *                          (0 = after every batch); {@code EventStore.tick()} publishes what is pending
 */
public record StoreConfig(ZoneId zone, long maxEvents, int recentLimit, int overdueLimit, int markerLimit,
                          int hotspotThreshold, int hotspotLimit, long publishEveryMillis) {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    public static StoreConfig defaults() {
        return new StoreConfig(SHANGHAI, 20_000_000L, 200, 100, 10_000, 3, 50, 0);
    }

    public StoreConfig withMaxEvents(long n) {
        return new StoreConfig(zone, n, recentLimit, overdueLimit, markerLimit, hotspotThreshold, hotspotLimit,
                publishEveryMillis);
    }

    public StoreConfig withHotspotThreshold(int n) {
        return new StoreConfig(zone, maxEvents, recentLimit, overdueLimit, markerLimit, n, hotspotLimit,
                publishEveryMillis);
    }

    public StoreConfig withPublishEveryMillis(long ms) {
        return new StoreConfig(zone, maxEvents, recentLimit, overdueLimit, markerLimit, hotspotThreshold,
                hotspotLimit, ms);
    }

    public StoreConfig withZone(ZoneId z) {
        return new StoreConfig(z, maxEvents, recentLimit, overdueLimit, markerLimit, hotspotThreshold, hotspotLimit,
                publishEveryMillis);
    }
}
