package com.gridwall.app;

import com.gridwall.domain.FeedHealth;
import com.gridwall.feed.FeedSource;
import com.gridwall.feed.FeedSources;
import com.gridwall.feed.sim.Scenario;
import com.gridwall.feed.sim.SimConfig;
import com.gridwall.feed.EmbeddedFeedSource;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.index.GridLocator;
import com.gridwall.replay.checkpoint.CheckpointWriter;
import com.gridwall.replay.checkpoint.StoreCheckpointCodec;
import com.gridwall.replay.journal.JournalConfig;
import com.gridwall.replay.journal.JournalWriter;
import com.gridwall.replay.journal.JournalingSink;
import com.gridwall.store.EventSink;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import com.gridwall.store.snapshot.WallSnapshot;
import java.io.File;
import java.nio.file.Path;
import com.gridwall.domain.Event;
import com.gridwall.feed.decode.EventRows;
import com.gridwall.feed.sim.Simulator;
import com.gridwall.store.AppendResult;
import com.gridwall.store.EventSchema;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.VectorSchemaRoot;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/**
 * The one place that builds and connects the live wall's data side: map → unit directory + grid
 * locator → {@link EventStore}; the feed (embedded simulator by default, or Flight with
 * {@code --feed URI --token T}) writing into the store, optionally through the journal
 * ({@code --journal DIR}); a once-a-second tick so windows roll and deadlines pass.
 *
 * <p>The embedded simulator starts at yesterday's midnight (China time): yesterday and today so far
 * are filled in first with the store's clock walking through them minute by minute
 * ({@link HistoryFill}), so the trend and the same-time-yesterday comparisons are full from the
 * first second; then events keep arriving in real time.
 *
 * <p>Threads: the feed's own (simulator or Flight receiver, store writer) and {@code wall-store-tick}.
 * {@link #snapshot()} and {@link #health()} are non-blocking and safe from the FX thread;
 * {@link #close()} stops everything and closes every Arrow allocator (idempotent).
 */
final class WallRuntime implements AutoCloseable {
    /** Mean simulated events per second of the default embedded feed (about 17,000 incidents a day). */
    static final double DEFAULT_RATE = 1.0;
    /**
     * The wall's store publishes a snapshot at most this often (and a timer publishes what is pending).
     * Ten a second is quicker than an operator reads; publishing at the 60 Hz pulse rate made the writer
     * copy its shared counter blocks six times as often, and those copies were a third of all
     * allocation at 10k events/s: young collections, each a stall of the wall's pulses.
     */
    static final long PUBLISH_EVERY_MILLIS = 100;

    private final BufferAllocator allocator;
    private final EventStore store;
    private final JournalWriter journal;
    private final FeedSource feed;
    private final ScheduledExecutorService ticker;
    private boolean closed;

    private WallRuntime(BufferAllocator allocator, EventStore store, JournalWriter journal, FeedSource feed) {
        this.allocator = allocator;
        this.store = store;
        this.journal = journal;
        this.feed = feed;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wall-store-tick");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Builds and starts the runtime for {@code map} from the wall's options: {@code --feed},
     * {@code --token}, {@code --trust-cert}, {@code --journal}, and for the embedded simulator
     * {@code --seed}, {@code --scenario}, {@code --rate} (events/s).
     */
    static WallRuntime start(GridMap map, Args args) throws Exception {
        BufferAllocator allocator = new RootAllocator();
        EventStore store = null;
        JournalWriter journal = null;
        FeedSource feed = null;
        try {
            String uri = args.get("feed", null);
            boolean embedded = uri == null || uri.equals("embedded");
            long now = System.currentTimeMillis();
            long start = ZonedDateTime.of(LocalDate.now(StoreConfig.SHANGHAI).minusDays(1), java.time.LocalTime.MIDNIGHT,
                    StoreConfig.SHANGHAI).toInstant().toEpochMilli();
            // the embedded simulator's past is filled with the clock walking through it (see HistoryFill)
            WalkingClock clock = new WalkingClock(embedded ? start : now);
            if (!embedded) {
                clock.goLive();
            }
            store = new EventStore(allocator, map.directory(), GridLocator.forMap(map), clock,
                    StoreConfig.defaults().withPublishEveryMillis(PUBLISH_EVERY_MILLIS));
            String journalDir = args.get("journal", null);
            if (journalDir != null) {
                journal = JournalWriter.open(JournalConfig.defaults(Path.of(journalDir)));
            }
            String cert = args.get("trust-cert", null);
            SimConfig sim = null;
            if (embedded) {
                double rate = Double.parseDouble(args.get("rate", Double.toString(DEFAULT_RATE)));
                sim = SimConfig.of(args.getLong("seed", 1), Scenario.parse(args.get("scenario", "normal")), rate, 1, start);
                // the past (yesterday and today so far) goes in first, minute by minute, so its
                // per-minute samples exist; the journal gets it afterwards in large batches (one
                // fsync per minute would take tens of seconds); then the feed resumes after it at 1x
                List<Event> past = history(sim, map, now);
                HistoryFill.fill(store, store, clock, past, now, allocator);
                if (journal != null) {
                    journalAlreadyApplied(past, store, journal, allocator);
                }
            }
            clock.goLive();
            EventSink sink = store;
            if (journal != null) {
                sink = new JournalingSink(store, journal);
                journal.addListener(new CheckpointWriter(journal, store, new StoreCheckpointCodec(), 500_000));
            }
            if (embedded) {
                feed = new EmbeddedFeedSource(sink, sim, map.directory(), allocator, start, Long.MAX_VALUE);
            } else {
                feed = FeedSources.open(uri, args.get("token", null), cert == null ? null : new File(cert), null,
                        map.directory(), sink, allocator);
            }
            WallRuntime rt = new WallRuntime(allocator, store, journal, feed);
            feed.start();
            rt.ticker.scheduleAtFixedRate(reported("tick", store::tick), 1, 1, TimeUnit.SECONDS);
            rt.ticker.scheduleAtFixedRate(reported("publish", store::publishPending), PUBLISH_EVERY_MILLIS,
                    PUBLISH_EVERY_MILLIS, TimeUnit.MILLISECONDS);
            return rt;
        } catch (Exception | Error e) {
            closeQuietly(feed);
            closeQuietly(journal);
            closeQuietly(store);
            closeQuietly(allocator);
            throw e;
        }
    }

    /** Journals rows the store has already applied (rows the journal holds from an earlier run are skipped). */
    private static void journalAlreadyApplied(List<Event> rows, EventStore store, JournalWriter journal,
                                              BufferAllocator allocator) {
        EventSink applied = new EventSink() {
            @Override
            public AppendResult append(VectorSchemaRoot batch) {
                return new AppendResult(batch.getRowCount(), 0, store.lastSeq());
            }

            @Override
            public long lastSeq() {
                return store.lastSeq();
            }
        };
        JournalingSink journalOnly = new JournalingSink(applied, journal);
        for (int from = 0; from < rows.size(); from += 65_536) {
            try (VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator)) {
                EventRows.write(rows.subList(from, Math.min(rows.size(), from + 65_536)), root);
                journalOnly.append(root);
            }
        }
    }

    /** The simulator's events from its start up to {@code untilMs}, in time order. */
    private static List<Event> history(SimConfig config, GridMap map, long untilMs) {
        Simulator sim = new Simulator(config, map.directory());
        List<Event> out = new ArrayList<>();
        while (sim.generateUntil(untilMs, 65_536, out) > 0) {
            // generateUntil appends at most max events per call
        }
        return out;
    }

    /** {@code task} for the ticker: a failure is reported and the next run still comes (a thrown task would stop its schedule). */
    private static Runnable reported(String what, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                System.err.println("gridwall: store " + what + " failed: " + e);
            }
        };
    }

    /** The newest published snapshot (lock-free). */
    WallSnapshot snapshot() {
        return store.snapshot();
    }

    /** The feed's health now (non-blocking). */
    FeedHealth health() {
        return feed.health();
    }

    EventStore store() {
        return store;
    }

    /** The live journal ({@code --journal DIR}), or null: replay attaches to it. */
    JournalWriter journal() {
        return journal;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(feed);
        closeQuietly(journal);
        closeQuietly(store);
        closeQuietly(allocator);
    }

    /** Arrow memory still allocated (0 after {@link #close()}). */
    long allocatedBytes() {
        return allocator.getAllocatedMemory();
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            System.err.println("gridwall: closing " + c.getClass().getSimpleName() + " failed: " + e);
        }
    }
}
