package com.gridwall.replay.seek;

import com.gridwall.replay.analysis.IncidentFilter;
import com.gridwall.replay.analysis.IncidentFold;
import com.gridwall.replay.analysis.IncidentRecord;
import com.gridwall.replay.analysis.PeriodComparison;
import com.gridwall.replay.bookmark.BookmarkFile;
import com.gridwall.replay.checkpoint.CheckpointCatalog;
import com.gridwall.replay.checkpoint.SpareArrays;
import com.gridwall.replay.checkpoint.StoreCheckpointCodec;
import com.gridwall.replay.checkpoint.StoreStateCodec;
import com.gridwall.replay.clock.ReplayClock;
import com.gridwall.replay.export.IncidentArrow;
import com.gridwall.replay.export.IncidentCsv;
import com.gridwall.replay.journal.JournalIndex;
import com.gridwall.replay.journal.JournalReader;
import com.gridwall.replay.journal.JournalWriter;
import com.gridwall.replay.timeline.Timeline;
import com.gridwall.store.snapshot.WallSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.arrow.memory.BufferAllocator;

/**
 * Everything replay offers the app, over one journal directory: the timeline (range, density,
 * bookmarks), the replay clock, the wall as of any instant, and the analyst tools (filters,
 * period comparison, exports). The replay uses its own store; the live one is never touched.
 * <p>Typical wiring: {@code ReplaySession.open(dir, factory, allocator)} then
 * {@code seek(Instant)} → {@link WallSnapshot}; or a {@link ReplayDriver} that follows the clock.
 * <p>Thread-safety: all methods are synchronized (one replay thread at a time; the FX thread should
 * read snapshots from a {@link ReplayDriver}, not call seek itself).
 */
public final class ReplaySession implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ReplaySession.class.getName());
    private final Path dir;
    private final BufferAllocator allocator;
    private final Supplier<JournalIndex> liveIndex;
    private final Seeker seeker;
    private final ReplayClock clock;
    private final BookmarkFile bookmarks;
    private final StoreFactory factory;
    private Timeline timeline;
    private StateLadder ladder;
    /** Seeks and playback steps the app asked for (written under this object's lock). */
    private volatile long appMoves;
    /** The instant the app last sought or played to (null: none yet). */
    private Instant appPosition;
    private SeekWarmUp.Result warmUp;

    private ReplaySession(Path dir, JournalIndex index, Supplier<JournalIndex> liveIndex, StoreFactory factory,
                          BufferAllocator allocator, StoreStateCodec codec, Clock wall) throws IOException {
        this.dir = dir;
        this.allocator = allocator;
        this.liveIndex = liveIndex;
        this.factory = factory;
        this.seeker = new Seeker(dir, index, allocator, factory, codec);
        this.clock = new ReplayClock(wall);
        this.bookmarks = BookmarkFile.open(dir);
        updateTimeline(index);
    }

    /**
     * Opens a journal directory read-only (the wall's own, or one built by history import).
     * @throws IllegalArgumentException when {@code dir} holds no journal
     */
    public static ReplaySession open(Path dir, StoreFactory factory, BufferAllocator allocator) throws IOException {
        return open(dir, factory, allocator, new StoreCheckpointCodec());
    }

    /** As {@link #open(Path, StoreFactory, BufferAllocator)}, reading checkpoints written with {@code codec}. */
    public static ReplaySession open(Path dir, StoreFactory factory, BufferAllocator allocator, StoreStateCodec codec)
            throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no journal directory at " + dir);
        }
        JournalIndex index = JournalReader.scan(dir);
        if (index.isEmpty()) {
            throw new IllegalArgumentException("journal " + dir + " holds no committed event");
        }
        return new ReplaySession(dir, index, null, factory, allocator, codec, Clock.systemUTC());
    }

    /** Replays the running wall's own journal; {@link #refresh()} picks up what arrived since. */
    public static ReplaySession attach(JournalWriter live, StoreFactory factory, BufferAllocator allocator)
            throws IOException {
        return new ReplaySession(live.config().dir(), live.index(), live::index, factory, allocator,
                new StoreCheckpointCodec(), Clock.systemUTC());
    }

    /** Sees events journaled since opening (live journal) and re-reads checkpoints. */
    public synchronized void refresh() throws IOException {
        JournalIndex index = liveIndex != null ? liveIndex.get() : JournalReader.scan(dir);
        seeker.refresh(index);
        updateTimeline(index);
    }

    private void updateTimeline(JournalIndex index) throws IOException {
        long start = index.minTs();
        if (Files.exists(dir.resolve(JournalWriter.RETAINED_FROM))) {
            // after retention only instants from the oldest usable checkpoint on can be rebuilt
            CheckpointCatalog c = CheckpointCatalog.scan(dir);
            long[] seqs = c.seqs();
            start = index.maxTs();
            for (int i = 0; i < seqs.length; i++) {
                if (seqs[i] >= index.firstSeq() - 1) {
                    start = Math.min(start, c.maxTs(i));
                }
            }
        }
        timeline = new Timeline(index, start);
        clock.setRange(timeline.start(), timeline.end());
    }

    public synchronized Timeline timeline() {
        return timeline;
    }

    public ReplayClock clock() {
        return clock;
    }

    public BookmarkFile bookmarks() {
        return bookmarks;
    }

    public Path directory() {
        return dir;
    }

    /** The wall as of {@code at}, deterministic (see {@link Seeker#seek}). */
    public synchronized WallSnapshot seek(Instant at) throws IOException {
        appMoved(at);
        return seeker.seek(at);
    }

    /**
     * The wall as of {@code at} counting only the incidents {@code filter} selects (see
     * {@link FilteredReplay}); built in a store of its own, the seek position is not touched.
     */
    public synchronized WallSnapshot seekFiltered(Instant at, IncidentFilter filter) throws IOException {
        return FilteredReplay.build(seeker.index(), allocator, factory, filter, at);
    }

    /** Playback step forward to {@code at} (see {@link Seeker#playTo}). */
    public synchronized WallSnapshot playTo(Instant at) throws IOException {
        appMoved(at);
        return seeker.playTo(at);
    }

    private void appMoved(Instant at) {
        appMoves++;
        appPosition = at;
    }

    /** How many seeks and playback steps the app asked for so far (for {@link SeekWarmUp}). */
    long appMoves() {
        return appMoves;
    }

    /** A practice seek to {@code at}, unless the app moved since it had made {@code moves} moves; true when run. */
    synchronized boolean practiceSeek(Instant at, long moves) throws IOException {
        if (appMoves != moves) {
            return false;
        }
        seeker.seek(at);
        return true;
    }

    /**
     * After practice seeks: back to the instant the app last asked for, unless it moved since it had
     * made {@code moves} moves (then it is there already). A session the app never moved keeps the
     * practice store: the first seek overwrites it in place.
     */
    synchronized void returnTo(long moves) throws IOException {
        if (appMoves == moves && appPosition != null) {
            seeker.seek(appPosition);
        }
    }

    /** State hash of the replay store after the last seek. */
    public synchronized long stateHash() {
        return seeker.stateHash();
    }

    /** Events applied by the last seek or playback step. */
    public synchronized long lastApplied() {
        return seeker.lastSeekApplied();
    }

    /** Time the last seek spent restoring its checkpoint (or creating an empty store), in ns. */
    public synchronized long lastRestoreNanos() {
        return seeker.lastRestoreNanos();
    }

    /**
     * Starts building the in-memory state ladder over the journal as it stands (background
     * thread; seeks use the rungs built so far). Replaces a ladder started before.
     * {@code warmUp}: once built, that thread also runs practice seeks ({@link SeekWarmUp}) before
     * {@link StateLadder#await} returns; for a session opened to replay a journal, not one beside
     * a live wall (its store would take memory long before anyone replays).
     */
    public StateLadder startLadder(StateLadder.Settings settings, boolean warmUp) {
        stopLadder();
        synchronized (this) {
            ladder = StateLadder.start(seeker.index(), allocator, factory, settings, seeker.spareArrays(),
                    warmUp ? this::practise : null);
            seeker.useLadder(ladder);
            return ladder;
        }
    }

    /** Closes the ladder, if any, not holding this lock: its thread may be waiting for it (practice seeks). */
    private void stopLadder() {
        StateLadder l;
        synchronized (this) {
            l = ladder;
            ladder = null;
            seeker.useLadder(null);
        }
        if (l != null) {
            l.close();
        }
    }

    /** The practice seeks, on the ladder's thread once it is built; logged and kept for {@link #warmUp()}. */
    private void practise(java.util.function.BooleanSupplier stop) {
        SeekWarmUp.Result r = SeekWarmUp.run(this, stop);
        synchronized (this) {
            this.warmUp = r;
        }
        LOG.log(System.Logger.Level.INFO, "replay {0}: {1} practice seeks in {2} ms (the JIT compiled for {3} ms"
                + " meanwhile), ended by {4}", dir, r.seeks(), r.nanos() / 1_000_000, r.compileMillis(), r.stoppedBy());
    }

    /** The practice seeks run after the ladder was built (null: none run, or not yet). */
    public synchronized SeekWarmUp.Result warmUp() {
        return warmUp;
    }

    /** The ladder started by {@link #startLadder}, or null. */
    public synchronized StateLadder ladder() {
        return ladder;
    }

    /** The arrays kept between copies from the ladder (see {@link SpareArrays}). */
    public synchronized SpareArrays spareArrays() {
        return seeker.spareArrays();
    }

    /** Where the last seek's time went (see {@link SeekPhases}). */
    public synchronized SeekPhases lastPhases() {
        return seeker.lastPhases();
    }

    /** Checkpoints refused so far (each message names the file); seeks fell back to older ones. */
    public synchronized List<String> rejectedCheckpoints() {
        return seeker.rejectedCheckpoints();
    }

    /** The incidents selected by {@code filter}, with their state at the end of its range. */
    public synchronized List<IncidentRecord> incidents(IncidentFilter filter) throws IOException {
        return IncidentFold.select(seeker.index(), allocator, filter);
    }

    /** Two periods side by side per unit (e.g. {@link PeriodComparison#weekOverWeek}). */
    public synchronized List<PeriodComparison.Row> compare(IncidentFilter current, IncidentFilter previous,
                                                           Function<IncidentRecord, String> unitOf) throws IOException {
        return PeriodComparison.compare(incidents(current), incidents(previous), unitOf);
    }

    /** Writes the selected incidents as CSV; returns how many. */
    public synchronized int exportCsv(IncidentFilter filter, Path out) throws IOException {
        List<IncidentRecord> l = incidents(filter);
        IncidentCsv.write(l, out);
        return l.size();
    }

    /** Writes the selected incidents as an Arrow IPC stream; returns how many. */
    public synchronized int exportArrow(IncidentFilter filter, Path out) throws IOException {
        List<IncidentRecord> l = incidents(filter);
        IncidentArrow.write(l, out, allocator);
        return l.size();
    }

    @Override
    public void close() throws IOException {
        stopLadder(); // first: its thread may be running a practice seek
        synchronized (this) {
            seeker.close();
        }
    }
}
