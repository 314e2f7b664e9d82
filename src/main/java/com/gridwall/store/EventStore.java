package com.gridwall.store;

import com.gridwall.domain.GridResolver;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.store.log.BatchDecoder;
import com.gridwall.store.log.ByteKeyIndex;
import com.gridwall.store.log.DecodedBatch;
import com.gridwall.store.log.EventIdIndex;
import com.gridwall.store.log.EventLog;
import com.gridwall.store.query.RangeQuery;
import com.gridwall.store.query.RangeResult;
import com.gridwall.store.snapshot.WallSnapshot;
import com.gridwall.store.state.EventView;
import com.gridwall.store.state.UnitTable;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The in-memory incident store: an Arrow event log, every incident's state, incremental KPIs at
 * every level and rolling window, and immutable snapshots for the wall.
 *
 * <p>Threading: one writer at a time. An append may use one helper thread of the store's own for
 * the first stage of its rows (see {@link #append}); it has finished before append returns. {@link #append}, {@link #tick}, {@link #asOf}, {@link #query}
 * and {@link #stateHash} are synchronized, so a replay or analyst thread may call them while the
 * feed writes (they then wait for each other). {@link #snapshot()} and {@link #lastSeq()} never
 * block: they read what the writer last published, and are safe from the FX thread.
 *
 * <p>Time: the injected {@link Clock} is "now" for open/overdue and the rolling windows; call
 * {@link #tick()} periodically (e.g. every second) so windows roll over and incidents go overdue
 * while no event arrives.
 */
public final class EventStore implements EventSink, AutoCloseable {
    private final BufferAllocator allocator;
    private final StoreConfig config;
    private final Clock clock;
    private final GridResolver resolver;
    private final UnitTable units;
    private final EventLog log;
    /**
     * Exact dedup; null for a store fed only events another store already accepted (a journal
     * replay, {@link #trustedInput}): such input holds no duplicates, so nothing is probed or kept.
     */
    private final EventIdIndex eventIds;
    private final ByteKeyIndex incidentIds = new ByteKeyIndex();
    private final BatchDecoder decoder = new BatchDecoder();
    private final StateEngine engine;
    private final SnapshotBuilder builder;
    private final BackfillScratch scratch = new BackfillScratch();
    private final AtomicReference<WallSnapshot> current = new AtomicReference<>();
    private final Map<String, Integer> resolvedGrids = new HashMap<>();
    private final EventView view = new EventView();
    /** Rows per pipeline range: large enough that a hand-over is rare, small enough to overlap well. */
    static final int RANGE = 4096;
    private final RowPreparer prep;
    private volatile PrepareAhead ahead;
    private boolean prepareThread = Runtime.getRuntime().availableProcessors() >= 2;
    private volatile long lastSeq = -1;
    private long version;
    private long duplicates;
    private long lastPublishNanos;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final long[] publishNanos = new long[64];
    private final long[] publishCpuNanos = new long[64];
    private long publishes;
    private boolean pending;
    private boolean closed;
    /** Buffers a state copy into this store left without a role, for the next copy (not state: transient). */
    private final transient com.gridwall.store.log.BufferBin bufferBin = new com.gridwall.store.log.BufferBin(BUFFER_BIN_BYTES);
    /** About two logs of the replay store's default retention. */
    private static final long BUFFER_BIN_BYTES = 256L << 20;

    /**
     * @param parent    the allocator the store's own child allocator is taken from (closed by {@link #close()})
     * @param directory the unit hierarchy for roll-ups; may be empty (everything counts under the root)
     * @param resolver  grid of a point, for events without grid_code; null: such points count as outside
     */
    public EventStore(BufferAllocator parent, UnitDirectory directory, GridResolver resolver, Clock clock,
                      StoreConfig config) {
        this(parent, directory, resolver, clock, config, true);
    }

    /**
     * A store for input that is already deduplicated (a journal of events a store accepted, in
     * replay): no duplicate detection, which saves the dedup index's probe and insert per event
     * and its rebuild on {@link #restoreTrusted}. Feeding it duplicates would count them twice.
     */
    public static EventStore trustedInput(BufferAllocator parent, UnitDirectory directory, GridResolver resolver,
                                          Clock clock, StoreConfig config) {
        return new EventStore(parent, directory, resolver, clock, config, false);
    }

    private EventStore(BufferAllocator parent, UnitDirectory directory, GridResolver resolver, Clock clock,
                       StoreConfig config, boolean dedup) {
        this.eventIds = dedup ? new EventIdIndex() : null;
        this.allocator = parent.newChildAllocator("event-store", 0, Long.MAX_VALUE);
        this.config = config;
        this.clock = clock;
        this.resolver = resolver;
        this.units = new UnitTable(directory);
        this.log = new EventLog(allocator, config.maxEvents());
        usePrepareThread(prepareThread); // the log makes its chunks ahead when the prepare thread is on
        this.engine = new StateEngine(config, units, log, incidentIds, clock.millis());
        this.builder = new SnapshotBuilder(engine);
        this.prep = new RowPreparer(log, eventIds, incidentIds, resolver);
        publish();
    }

    /**
     * Applies a batch and returns once it is applied; the caller may reuse the root afterwards.
     * The whole batch is validated first (a large one in two halves, the second on the prepare
     * thread): a bad row is named and nothing is applied. Rows are then
     * handled in ranges of {@link #RANGE} in two stages: stage 1 ({@link RowPreparer}: point in
     * polygon, hashes, dedup, incident ids) and stage 2 (log append and the fold). With the
     * prepare thread on and at least two ranges, stage 1 of range j+1 runs on the helper thread
     * while this thread folds range j; the result is the same as in order. If the grid resolver
     * throws, the ranges before the failing one stay applied (a retry skips them as duplicates).
     * A failure inside the fold itself (a defect, not bad input) may leave ids of later ranges in
     * the dedup table although their rows were never logged.
     */
    @Override
    public synchronized AppendResult append(VectorSchemaRoot batch) {
        if (closed) {
            throw new IllegalStateException("event store is closed");
        }
        engine.beforeBatch(clock.millis());
        DecodedBatch b = decoder.decode(batch, prepareThread ? helper().executor() : null);
        int ranges = (b.rows + RANGE - 1) / RANGE;
        boolean ahead = prepareThread && ranges >= 2;
        long before = engine.events;
        int folded = 0;
        boolean done = false;
        log.deferRetention(true);
        prep.begin(b, log.rows());
        try {
            if (ahead) {
                helper().start(prep, b.rows, RANGE);
            }
            for (int j = 0; j < ranges; j++) {
                int from = j * RANGE;
                int to = Math.min(b.rows, from + RANGE);
                if (ahead) {
                    helper().await(j);
                } else {
                    prep.prepare(from, to);
                }
                fold(b, from, to);
                folded = to;
            }
            done = true;
        } finally {
            // also after a failure: the ranges already folded are a consistent, applied prefix
            if (ahead) {
                if (!done) {
                    helper().abort();
                }
                helper().finish();
            }
            log.deferRetention(false);
            engine.links.dropBelow(log.firstRow());
            duplicates += folded - (engine.events - before);
            lastSeq = engine.lastSeq;
        }
        int accepted = (int) (engine.events - before);
        int dups = b.rows - accepted;
        engine.advance(clock.millis());
        pending = true;
        if (System.nanoTime() - lastPublishNanos >= config.publishEveryMillis() * 1_000_000L) {
            publish();
        }
        return new AppendResult(accepted, dups, lastSeq);
    }

    /** Stage 2 of rows [from, to): appends the accepted rows to the log and folds them. Writer only. */
    private void fold(DecodedBatch b, int from, int to) {
        int[] incident = prep.incident;
        for (int r = from; r < to; r++) {
            int inc = incident[r];
            if (inc < 0) {
                continue;
            }
            int grid = gridOf(b, r);
            long row = log.append(b.seq[r], b.ts[r], b.type[r], b.category[r], b.source[r], b.department[r],
                    b.severity[r], b.lon[r], b.lat[r], inc, grid, b.deadline[r], b.satisfaction[r],
                    b.idData, b.idStart[r], b.idLen[r], b.sumData, b.sumStart[r], b.sumLen[r]);
            view.row = row;
            view.seq = b.seq[r];
            view.ts = b.ts[r];
            view.type = b.type[r];
            view.category = b.category[r];
            view.source = b.source[r];
            view.department = b.department[r];
            view.severity = b.severity[r];
            view.lon = b.lon[r];
            view.lat = b.lat[r];
            view.grid = grid;
            view.deadline = b.deadline[r];
            view.satisfaction = b.satisfaction[r];
            engine.apply(inc, view);
        }
    }

    private PrepareAhead helper() {
        if (ahead == null) {
            ahead = new PrepareAhead();
        }
        return ahead;
    }

    /**
     * Turns the prepare thread on or off (on by default when the machine has two or more cores).
     * Off, both stages run on the appending thread, and the log's next chunk is made when needed;
     * the results are the same.
     */
    public synchronized void usePrepareThread(boolean on) {
        prepareThread = on;
        log.prepareChunksOn(on ? HelperThreads.executor() : null); // the log's next chunk made ahead too
    }

    /** Whether appends lend stage 1 to the prepare thread. */
    public synchronized boolean usesPrepareThread() {
        return prepareThread;
    }

    /** CPU time used so far by the prepare thread (0 when it never ran), ns: for benchmarks. */
    public long prepareThreadCpuNanos() {
        PrepareAhead a = ahead;
        return a == null ? 0 : a.cpuNanos();
    }

    private int gridOf(DecodedBatch b, int r) {
        if (b.gridLen[r] >= 0) {
            return units.internGrid(b.gridData, b.gridStart[r], b.gridLen[r], prep.gridHash[r]);
        }
        if (Double.isNaN(b.lon[r])) {
            return EventLog.GRID_NONE;
        }
        String code = prep.pointGrid[r];
        if (code == null) {
            return EventLog.GRID_OUTSIDE;
        }
        Integer id = resolvedGrids.get(code);
        if (id == null) {
            id = units.internGrid(code);
            resolvedGrids.put(code, id);
        }
        return id;
    }

    @Override
    public long lastSeq() {
        return lastSeq;
    }

    /** The newest published snapshot; never blocks, never null. */
    public WallSnapshot snapshot() {
        return current.get();
    }

    /**
     * Fills the open/overdue trend samples of the 24 hours before the clock from the incidents as
     * they stand (see TrendBackfill for the exact definition) and publishes: for a store rebuilt
     * for one instant (a replay seek), which never ran through those minutes. Received and
     * resolved per minute and hour need no backfill (they are counted by event time). The tiles'
     * same-time-yesterday sample is derived too, replacing any the store holds for that minute.
     */
    public synchronized void backfillTrendSamples() {
        if (closed) {
            return;
        }
        engine.advance(clock.millis());
        // both only read the incidents and each writes a ring of its own: the tiles' walk of the
        // incidents' log rows runs on a helper thread beside the trend's
        java.util.concurrent.CompletableFuture<Void> tiles = HelperThreads.run(
                () -> TileBackfill.derive(engine, scratch)); // also over a sample the store took itself
        try {
            TrendBackfill.fill(engine, scratch);
        } finally {
            tiles.join(); // no work on the engine outlives this call (and its lock)
        }
        publish();
    }

    /**
     * Fills the tiles' same-time-yesterday sample when the store has none for this minute (a
     * replay store played forward from a seek), then publishes. Cheap when the sample exists.
     */
    public synchronized void backfillTileSample() {
        if (closed) {
            return;
        }
        engine.advance(clock.millis());
        if (TileBackfill.fill(engine, scratch)) {
            publish();
        }
    }

    /**
     * Drops stale entries of the overdue queue (incidents resolved or re-dated since they went
     * overdue). A snapshot drops those it meets anyway; a store that folds without publishing (the
     * replay's state ladder) keeps them all, and the first snapshot of a state copied from it would
     * pop hundreds of thousands. Changes no KPI, hash or snapshot content.
     */
    public synchronized void dropStaleQueueEntries() {
        if (!closed) {
            engine.dropStaleOverdue();
        }
    }

    /**
     * Call it before overwriting this store's arrays in place (a replay seek copies a saved state
     * into the previous seek's store). It leaves every counter block a published snapshot still
     * reads to that snapshot for good and takes fresh zeroed blocks in their place, or the
     * snapshots published before would change under a reader. It forgets the tiles' per-minute
     * samples, which are not part of a copied state (in-memory states and images leave them out,
     * and a seek derives the one the tiles read), so the copy does not show the previous state's.
     * The store is not consistent again until it has been overwritten.
     */
    public synchronized void prepareForOverwrite() {
        if (!closed) {
            engine.releaseSharedBlocks();
            engine.tileSamples.clear();
        }
    }

    /**
     * Makes room for {@code more} new incidents in the tables that grow with them (incident columns,
     * the incident-id table, per-incident indexes): a store about to be copied for replay seeks
     * reserves what the tail folded after such a copy can add, so a seek never grows a table.
     */
    public synchronized void reserveIncidents(int more) {
        if (!closed) {
            engine.reserveIncidents(more);
        }
    }

    /** Size of the overdue queue, stale entries included: for tests and diagnostics. */
    public synchronized int overdueQueueSize() {
        return engine.overdueHeap.size();
    }

    /** What {@link #foldInBulk} runs: appends to this store, on the calling thread. */
    @FunctionalInterface
    public interface Appends<E extends Exception> {
        void run() throws E;
    }

    /**
     * Runs {@code appends} with each incident's counter change applied once, when they end, instead
     * of once per event (a replay seek's tail, whose incidents get 1.3-1.6 events each; see
     * DeferredCounters). The store ends in the same state as after the same appends one by one,
     * also when one of them fails; a publish, a state hash or a clock that moves to another minute
     * meanwhile applies the changes deferred so far first.
     */
    public synchronized <E extends Exception> void foldInBulk(Appends<E> appends) throws E {
        engine.beginBulk();
        try {
            appends.run();
        } finally {
            engine.endBulk();
        }
    }

    /** Incidents whose counter change a bulk fold in progress still defers (tests, diagnostics). */
    synchronized int deferredIncidents() {
        return engine.deferredIncidents();
    }

    /** Advances to the clock's now (windows roll, deadlines pass) and publishes a snapshot. */
    public synchronized void tick() {
        if (closed) {
            return;
        }
        engine.advance(clock.millis());
        publish();
    }

    /**
     * Publishes the batches appended since the last snapshot, if any (a store that publishes at most
     * every {@code publishEveryMillis} calls this on a timer, so the last batch of a burst is shown
     * within that time too). Cheap when nothing is pending.
     */
    public synchronized void publishPending() {
        if (!closed && pending) {
            publish();
        }
    }

    /**
     * Advances to the clock's now (windows roll, deadlines pass, per-minute samples are taken) but
     * publishes nothing: for filling a store from history with its clock walking along.
     */
    public synchronized void advanceClock() {
        if (!closed) {
            engine.advance(clock.millis());
            pending = true;
        }
    }

    private void publish() {
        engine.settle(); // a publish inside a bulk fold shows its counters so far
        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        current.set(builder.build(++version, duplicates));
        lastPublishNanos = System.nanoTime();
        int k = (int) (publishes++ % publishNanos.length);
        publishNanos[k] = lastPublishNanos - t0;
        publishCpuNanos[k] = CPU.getCurrentThreadCpuTime() - c0;
        pending = false;
    }

    /** CPU time of the same publications (unaffected by other processes taking the CPU), ns. */
    public synchronized long[] recentPublishCpuNanos() {
        int n = (int) Math.min(publishes, publishCpuNanos.length);
        long[] out = new long[n];
        for (int k = 0; k < n; k++) {
            out[k] = publishCpuNanos[(int) ((publishes - n + k) % publishCpuNanos.length)];
        }
        return out;
    }

    /** How long the last (up to 64) snapshot publications took to build, oldest first, ns. */
    public synchronized long[] recentPublishNanos() {
        int n = (int) Math.min(publishes, publishNanos.length);
        long[] out = new long[n];
        for (int k = 0; k < n; k++) {
            out[k] = publishNanos[(int) ((publishes - n + k) % publishNanos.length)];
        }
        return out;
    }

    /** True if a batch was applied since the last published snapshot. */
    public synchronized boolean hasPending() {
        return pending;
    }

    /**
     * The wall as of instant t by event time: every logged event with ts ≤ t folded afresh, with
     * windows, open and overdue evaluated at t. Cost: one pass over the retained log.
     */
    public synchronized WallSnapshot asOf(Instant t) {
        return new SnapshotBuilder(pastEngine(t.toEpochMilli())).build(0, 0);
    }

    private StateEngine pastEngine(long at) {
        StateEngine past = new StateEngine(config, units, log, incidentIds, at);
        past.inc.reserve(incidentIds.size());
        EventView v = new EventView();
        for (long row = log.firstRow(); row < log.rows(); row++) {
            int incident = past.read(row, v);
            if (v.ts <= at) {
                past.apply(incident, v);
            }
        }
        past.advance(at);
        return past;
    }

    /**
     * Ad-hoc aggregation over incidents reported in the query's range, with filters, on the
     * current state: KPI totals plus counts and resolve times by grid x category.
     */
    public synchronized RangeResult aggregate(RangeQuery q) {
        return RangeAggregator.run(engine, q, true);
    }

    /** The same on the state as of instant t (by event time, like {@link #asOf}). */
    public synchronized RangeResult aggregate(RangeQuery q, Instant t) {
        return RangeAggregator.run(pastEngine(t.toEpochMilli()), q, true);
    }

    /** Only the grid x category rows (no KPI totals): the benchmark's KPI query. */
    public synchronized RangeResult gridCategoryCounts(RangeQuery q) {
        return RangeAggregator.run(engine, q, false);
    }

    /** Deterministic hash of every incident's state and every aggregate (independent of arrival order). */
    public synchronized long stateHash() {
        engine.settle();
        return StateHash.of(engine);
    }

    /** Memory and volume figures. */
    public synchronized StoreStats stats() {
        return new StoreStats(engine.events, duplicates, engine.incidents, log.heldRows(), log.arrowBytes(),
                log.payloadBytes());
    }

    StateEngine engine() {
        return engine;
    }

    /** The inner parts a checkpoint import fills; eventIds is null for a trusted-input store. */
    record Parts(StateEngine engine, EventLog log, EventIdIndex eventIds, ByteKeyIndex incidentIds,
                 BufferAllocator allocator) {
    }

    /**
     * Writes the whole store state (checkpoint format 1: Arrow IPC streams, see StoreCheckpoint)
     * so that {@link #restore} can rebuild it without folding every event again.
     */
    public synchronized void checkpoint(OutputStream out) throws IOException {
        StoreCheckpoint.write(engine, duplicates, allocator, out);
    }

    /**
     * A new store holding the state of a checkpoint: same incidents, aggregates and log rows,
     * hence the same {@link #stateHash()} when evaluated at the same instant. The clock then moves
     * it to now. Closes what it built and rethrows if the stream is not a valid checkpoint.
     */
    public static EventStore restore(InputStream in, BufferAllocator parent, UnitDirectory directory,
                                     GridResolver resolver, Clock clock, StoreConfig config) throws IOException {
        return restore(in, new EventStore(parent, directory, resolver, clock, config, true));
    }

    /**
     * {@link #restore} into a {@link #trustedInput} store (for replay): the same state and
     * {@link #stateHash()}, without rebuilding the dedup index from the log rows.
     */
    public static EventStore restoreTrusted(InputStream in, BufferAllocator parent, UnitDirectory directory,
                                            GridResolver resolver, Clock clock, StoreConfig config) throws IOException {
        return restore(in, new EventStore(parent, directory, resolver, clock, config, false));
    }

    private static EventStore restore(InputStream in, EventStore s) throws IOException {
        Clock clock = s.clock;
        try {
            synchronized (s) {
                s.duplicates = StoreCheckpoint.read(new Parts(s.engine, s.log, s.eventIds, s.incidentIds, s.allocator), in);
                s.lastSeq = s.engine.lastSeq;
                s.engine.advance(clock.millis());
                s.publish();
            }
            return s;
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (ahead != null) {
            ahead.close();
        }
        log.close();
        bufferBin.close();
        allocator.close();
    }

    /** Where a state copy into this store puts the Arrow buffers it leaves without a role, and takes new ones from. */
    public com.gridwall.store.log.BufferBin bufferBin() {
        return bufferBin;
    }
}
