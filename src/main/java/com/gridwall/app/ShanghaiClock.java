package com.gridwall.app;

import com.gridwall.store.StoreConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A store clock in China time whose only job is {@link #millis()} (simulated or walking time); the zone
 * never changes, as the stores' "today" is always Asia/Shanghai. Thread-safety: that of {@link #millis()}.
 */
abstract class ShanghaiClock extends Clock {
    @Override
    public abstract long millis();

    @Override
    public final ZoneId getZone() {
        return StoreConfig.SHANGHAI;
    }

    @Override
    public final Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public final Instant instant() {
        return Instant.ofEpochMilli(millis());
    }
}
