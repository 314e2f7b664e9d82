package com.gridwall.replay.seek;

import com.gridwall.replay.checkpoint.CheckpointCatalog;
import com.gridwall.replay.checkpoint.StoreStateCodec;
import com.gridwall.replay.journal.JournalIndex;
import com.gridwall.replay.journal.JournalReader;
import com.gridwall.replay.journal.JournalWriter;
import com.gridwall.store.EventStore;
import com.gridwall.store.snapshot.WallSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;

/**
 * Reconstructs the wall as of any instant into the replay's own store: the nearest usable
 * checkpoint (or an empty store) plus the journal tail up to that instant. A later instant reuses
 * the current replay store and applies only the missing events (playback and forward scrubbing);
 * an earlier one starts again from a checkpoint. The live store is never touched.
 * <p>Deterministic: the state after {@link #seek} depends only on the instant and the journal.
 * Not thread-safe: one replay thread drives it.
 */
public final class Seeker implements AutoCloseable {
    private final Path dir;
    private final BufferAllocator allocator;
    private final StoreFactory factory;
    private final StoreStateCodec codec;
    private JournalIndex index;
    private CheckpointCatalog checkpoints;
    private long retainedFrom;
    private JournalReader reader;
    private RowWindow window;
    private ReplayCursor cursor;
    private long lastSeekApplied;
    private long lastRestoreNanos;
    private boolean lastFromCheckpoint;
    /** Checkpoint files that failed to read: skipped by later seeks (the same file fails the same way). */
    private final Set<Path> refused = new HashSet<>();
    private final List<String> rejected = new ArrayList<>();

    /**
     * @param codec store checkpoint reader, or null to always replay from the start of the journal
     */
    public Seeker(Path journalDir, JournalIndex index, BufferAllocator allocator, StoreFactory factory,
                  StoreStateCodec codec) throws IOException {
        this.dir = journalDir;
        this.allocator = allocator;
        this.factory = factory.quiet(); // the replay store publishes once per seek, when ticked
        this.codec = codec;
        this.window = new RowWindow(allocator);
        refresh(index);
    }

    /** Sees a newer journal index (a live journal grew); the current replay state stays valid. */
    public void refresh(JournalIndex newer) throws IOException {
        this.index = newer;
        this.checkpoints = CheckpointCatalog.scan(dir);
        Path floor = dir.resolve(JournalWriter.RETAINED_FROM);
        this.retainedFrom = Files.exists(floor) ? Long.parseLong(Files.readString(floor).trim()) : Long.MIN_VALUE;
        if (reader != null) {
            reader.close();
        }
        reader = JournalReader.over(newer, allocator);
        if (cursor != null && cursor.fullBatches > newer.batches().size()) {
            dropCursor();
        }
    }

    public JournalIndex index() {
        return index;
    }

    /**
     * The state as of {@code at}: every journaled event with ts &le; at, open/overdue/windows at
     * {@code at}. Always rebuilt from the best checkpoint (or an empty store), never from the
     * previous position, so the result (trend samples included) depends only on {@code at}. The
     * trend's open/overdue samples of the 24 h before {@code at} are derived from the incidents
     * ({@link EventStore#backfillTrendSamples()}); received/resolved are counted by event time.
     */
    public WallSnapshot seek(Instant at) throws IOException {
        long t = at.toEpochMilli();
        dropCursor();
        long t0 = System.nanoTime();
        cursor = start(t);
        lastRestoreNanos = System.nanoTime() - t0;
        cursor.advanceTo(t, index, reader, window, false);
        // the fresh store never ran through the 24 h before t: derive their open/overdue samples
        // (this also moves the store's clock to t and publishes, as the tick would)
        cursor.store.backfillTrendSamples();
        lastSeekApplied = cursor.applied;
        return cursor.store.snapshot();
    }

    /**
     * Moves playback forward to {@code at}, applying only the events since the current position
     * (smooth at 3600x); falls back to {@link #seek} when {@code at} is earlier or nothing was
     * sought yet. The KPIs and stateHash equal those of a seek; per-minute trend samples are
     * those a live wall would have taken along the way.
     */
    public WallSnapshot playTo(Instant at) throws IOException {
        long t = at.toEpochMilli();
        if (cursor == null || t < cursor.appliedTo) {
            return seek(at);
        }
        long before = cursor.applied;
        cursor.advanceTo(t, index, reader, window);
        lastSeekApplied = cursor.applied - before;
        cursor.store.backfillTileSample(); // the minute 24 h back was not played through
        return cursor.store.snapshot();
    }

    /** Events applied by the last seek (the tail replayed): for benchmarks and diagnostics. */
    public long lastSeekApplied() {
        return lastSeekApplied;
    }

    /** Time the last seek spent creating or restoring its store (before the tail). */
    public long lastRestoreNanos() {
        return lastRestoreNanos;
    }

    /** Whether the last fresh start came from a checkpoint. */
    public boolean lastFromCheckpoint() {
        return lastFromCheckpoint;
    }

    /** The replay store's state hash (equal for equal instants). */
    public long stateHash() {
        return cursor == null ? 0 : cursor.store.stateHash();
    }

    /** The replay store, e.g. for as-of queries beside the replay; null before the first seek. */
    public EventStore store() {
        return cursor == null ? null : cursor.store;
    }

    /** Checkpoints refused so far (damaged, cut short, foreign), each naming its file; newest last. */
    public List<String> rejectedCheckpoints() {
        return List.copyOf(rejected);
    }

    /**
     * The store to replay the tail into: the best checkpoint for t; when it is refused (a clear
     * error naming the file, kept in {@link #rejectedCheckpoints()}), the next older one, and
     * finally an empty store at the journal start. The state reached is the same either way.
     */
    private ReplayCursor start(long t) throws IOException {
        ReplayTime time = new ReplayTime(t);
        long ckpt = codec == null ? -1 : checkpoints.bestFor(index, t);
        while (ckpt >= 0) {
            Path file = checkpoints.file(ckpt);
            if (!refused.contains(file)) {
                try {
                    EventStore s = codec.read(file, allocator, factory, time);
                    lastFromCheckpoint = true;
                    return new ReplayCursor(s, time, index.firstBatchAfterSeq(ckpt), Long.MIN_VALUE);
                } catch (IOException | RuntimeException e) {
                    refused.add(file);
                    String why = String.valueOf(e.getMessage());
                    rejected.add(why.contains(file.toString()) ? why : file + ": " + why);
                }
            }
            ckpt = checkpoints.bestFor(index, t, ckpt);
        }
        if (retainedFrom != Long.MIN_VALUE && index.firstSeq() > 1) {
            throw new IllegalArgumentException("journal " + dir + " starts at seq " + retainedFrom
                    + " (older segments removed by retention) and no checkpoint covers " + Instant.ofEpochMilli(t));
        }
        lastFromCheckpoint = false;
        return new ReplayCursor(factory.createReplay(allocator, time), time, 0, Long.MIN_VALUE);
    }

    private void dropCursor() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
    }

    @Override
    public void close() throws IOException {
        dropCursor();
        window.close();
        if (reader != null) {
            reader.close();
        }
    }
}
