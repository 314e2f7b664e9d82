package com.gridwall.replay.seek;

import com.gridwall.replay.checkpoint.CheckpointCatalog;
import com.gridwall.replay.checkpoint.SpareArrays;
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
    /** Events a tail may fold for the cost of restoring a checkpoint file instead of an in-memory rung. */
    static final long FILE_RESTORE_EVENTS = 400_000;
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
    private SeekPhases lastPhases = new SeekPhases(0, 0, 0, 0, 0);
    private boolean lastFromCheckpoint;
    private boolean lastFromLadder;
    private StateLadder ladder;
    /** Arrays a copy from the ladder left unused, for a later copy into tables of their size (a sixth of the heap at most). */
    private final SpareArrays spareArrays = new SpareArrays(Runtime.getRuntime().maxMemory() / 6);
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

    /**
     * Lets seeks start from the ladder's in-memory states when one is nearer than the best
     * checkpoint (null: checkpoints only). The ladder stays owned by the caller.
     */
    public void useLadder(StateLadder ladder) {
        this.ladder = ladder;
    }

    /** The arrays kept between copies from the ladder (for diagnostics and benchmarks). */
    public SpareArrays spareArrays() {
        return spareArrays;
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
        // the previous position's store is handed on: an in-memory start overwrites it in place
        ReplayCursor previous = cursor;
        cursor = null;
        long t0 = System.nanoTime();
        cursor = start(t, previous);
        lastRestoreNanos = System.nanoTime() - t0;
        ReplayCursor c = cursor;
        long f0 = System.nanoTime();
        // the tail's counters move once per incident, not once per event (the same result)
        c.store.foldInBulk(() -> c.advanceTo(t, index, reader, window, false));
        long t1 = System.nanoTime();
        long foldNanos = t1 - f0 - c.readNanos; // the bulk fold's end (counters moved) is fold time too
        // the fresh store never ran through the 24 h before t: derive their open/overdue samples
        // (this also moves the store's clock to t and publishes, as the tick would)
        cursor.store.backfillTrendSamples();
        lastSeekApplied = cursor.applied;
        long[] published = cursor.store.recentPublishNanos();
        lastPhases = new SeekPhases(lastRestoreNanos, cursor.readNanos, foldNanos, System.nanoTime() - t1,
                published.length == 0 ? 0 : published[published.length - 1]);
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

    /** Where the last seek's time went (restore, tail read, tail fold, backfill and publish). */
    public SeekPhases lastPhases() {
        return lastPhases;
    }

    /** Whether the last fresh start came from a checkpoint (a file or an in-memory rung). */
    public boolean lastFromCheckpoint() {
        return lastFromCheckpoint;
    }

    /** Whether the last fresh start came from an in-memory rung of the ladder. */
    public boolean lastFromLadder() {
        return lastFromLadder;
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
    private ReplayCursor start(long t, ReplayCursor previous) throws IOException {
        try {
            return start(t, previous == null ? null : previous.store, previous == null ? null : previous.time);
        } catch (IOException | RuntimeException | Error e) {
            if (previous != null) {
                previous.close(); // closing twice is harmless: the store ignores it
            }
            throw e;
        }
    }

    private ReplayCursor start(long t, EventStore spare, ReplayTime spareTime) throws IOException {
        ReplayTime time = new ReplayTime(t);
        long ckpt = codec == null ? -1 : checkpoints.bestFor(index, t);
        lastFromLadder = false;
        // an in-memory rung is preferred unless a checkpoint file is much nearer: restoring a file
        // costs about as much as folding FILE_RESTORE_EVENTS events (measured at 10M events), a rung
        // is copied in a fraction of that
        for (StateLadder.Rung r = ladder == null ? null : ladder.bestFor(t, Long.MAX_VALUE);
             r != null && r.lastSeq() + FILE_RESTORE_EVENTS >= ckpt && atBoundary(r.lastSeq());
             r = ladder.bestFor(t, r.lastSeq())) {
            try {
                EventStore s;
                if (spare != null) {
                    EventStore given = spare;
                    spare = null; // closed by thawInto when it fails
                    spareTime.set(t);
                    time = spareTime;
                    s = r.state().thawInto(given, spareArrays);
                } else {
                    time = new ReplayTime(t);
                    s = r.state().thaw(allocator, factory, time);
                }
                lastFromCheckpoint = true;
                lastFromLadder = true;
                return new ReplayCursor(s, time, index.firstBatchAfterSeq(r.lastSeq()), Long.MIN_VALUE);
            } catch (IOException | RuntimeException e) {
                ladder.refuse(r);
                rejected.add("in-memory state at seq " + r.lastSeq() + ": " + e.getMessage());
            }
        }
        if (spare != null) {
            spare.close(); // a checkpoint or the journal start builds a store of its own
        }
        time = new ReplayTime(t);
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

    /** Whether the journal (as this index holds it) has a batch boundary right after seq. */
    private boolean atBoundary(long seq) {
        int after = index.firstBatchAfterSeq(seq);
        return seq == index.firstSeq() - 1 || (after > 0 && index.batches().get(after - 1).record().lastSeq() == seq);
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
