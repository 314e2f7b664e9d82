package com.gridwall.replay.journal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * How a journal rotates, syncs and forgets. Immutable.
 *
 * @param dir              the journal directory (created if missing)
 * @param maxSegmentBytes  a segment is sealed once it holds at least this many bytes
 * @param maxSegmentAge    ... or once it has been open this long (wall clock)
 * @param retentionBytes   sealed segments are removed, oldest first, while the journal is larger
 * @param retentionAge     sealed segments whose newest event is older than the journal's newest
 *                         event by more than this are removed ({@link Duration#ZERO} = keep)
 * @param sync             fsync data then commit record after every batch (turn off only for
 *                         bulk builds that can be redone; a crash may then lose more than one batch)
 * @param clock            the wall clock for segment age
 */
public record JournalConfig(Path dir, long maxSegmentBytes, Duration maxSegmentAge, long retentionBytes,
                            Duration retentionAge, boolean sync, Clock clock) {
    public JournalConfig {
        if (maxSegmentBytes <= 0 || retentionBytes <= 0) {
            throw new IllegalArgumentException("journal sizes must be positive");
        }
    }

    /** 64 MB segments, sealed hourly; keep 20 GB and 400 days; fsync every batch. */
    public static JournalConfig defaults(Path dir) {
        return new JournalConfig(dir, 64L << 20, Duration.ofHours(1), 20L << 30, Duration.ofDays(400), true,
                Clock.systemUTC());
    }

    public JournalConfig withSegmentBytes(long bytes) {
        return new JournalConfig(dir, bytes, maxSegmentAge, retentionBytes, retentionAge, sync, clock);
    }

    public JournalConfig withSegmentAge(Duration age) {
        return new JournalConfig(dir, maxSegmentBytes, age, retentionBytes, retentionAge, sync, clock);
    }

    public JournalConfig withRetention(long bytes, Duration age) {
        return new JournalConfig(dir, maxSegmentBytes, maxSegmentAge, bytes, age, sync, clock);
    }

    public JournalConfig withSync(boolean on) {
        return new JournalConfig(dir, maxSegmentBytes, maxSegmentAge, retentionBytes, retentionAge, on, clock);
    }

    public JournalConfig withClock(Clock c) {
        return new JournalConfig(dir, maxSegmentBytes, maxSegmentAge, retentionBytes, retentionAge, sync, c);
    }
}
