package com.gridwall.replay.seek;

/**
 * Where one seek's wall time went, ns: restoring its starting state, reading the journal tail
 * (file read, checksum, IPC decode, row selection), folding the tail into the store, and deriving
 * the trend/tile samples plus publishing the snapshot ({@code publishNanos}: the snapshot's part of
 * that). For benchmarks and diagnostics. Immutable.
 */
public record SeekPhases(long restoreNanos, long tailReadNanos, long tailFoldNanos, long finishNanos, long publishNanos) {
}
