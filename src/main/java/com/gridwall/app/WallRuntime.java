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
import com.gridwall.replay.checkpoint.StoreImage;
import com.gridwall.replay.journal.JournalConfig;
import com.gridwall.replay.journal.JournalWriter;
import com.gridwall.replay.journal.JournalingSink;
import com.gridwall.store.EventSink;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import com.gridwall.store.snapshot.WallSnapshot;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
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
 * <p>The embedded simulator starts at yesterday's midnight (China time) on a real-time clock, so
 * yesterday and today so far come out at once as history (the panels and the same-time-yesterday
 * comparisons are full from the first second), then events keep arriving in real time.
 *
 * <p>Threads: the feed's own (simulator or Flight receiver, store writer) and {@code wall-store-tick}.
 * {@link #snapshot()} and {@link #health()} are non-blocking and safe from the FX thread;
 * {@link #close()} stops everything and closes every Arrow allocator (idempotent).
 */
final class WallRuntime implements AutoCloseable {
    /** Mean simulated events per second of the default embedded feed (about 60,000 incidents a day). */
    static final double DEFAULT_RATE = 3.5;

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
            store = new EventStore(allocator, map.directory(), GridLocator.forMap(map), Clock.system(StoreConfig.SHANGHAI),
                    StoreConfig.defaults().withPublishEveryMillis(16));
            EventSink sink = store;
            String journalDir = args.get("journal", null);
            if (journalDir != null) {
                journal = JournalWriter.open(JournalConfig.defaults(Path.of(journalDir)));
                sink = new JournalingSink(store, journal);
                journal.addListener(new CheckpointWriter(journal, store, new StoreImage(), 500_000));
            }
            String uri = args.get("feed", null);
            String cert = args.get("trust-cert", null);
            if (uri == null || uri.equals("embedded")) {
                long now = System.currentTimeMillis();
                long start = ZonedDateTime.of(LocalDate.now(StoreConfig.SHANGHAI).minusDays(1), java.time.LocalTime.MIDNIGHT,
                        StoreConfig.SHANGHAI).toInstant().toEpochMilli();
                double rate = Double.parseDouble(args.get("rate", Double.toString(DEFAULT_RATE)));
                SimConfig sim = SimConfig.of(args.getLong("seed", 1), Scenario.parse(args.get("scenario", "normal")),
                        rate, 1, start);
                // wall start = sim start at 1x: the simulator's "now" is the real now, the past is history
                feed = new EmbeddedFeedSource(sink, sim, map.directory(), allocator, start, Long.MAX_VALUE);
                assert now >= start;
            } else {
                feed = FeedSources.open(uri, args.get("token", null), cert == null ? null : new File(cert), null,
                        map.directory(), sink, allocator);
            }
            WallRuntime rt = new WallRuntime(allocator, store, journal, feed);
            feed.start();
            rt.ticker.scheduleAtFixedRate(rt::tick, 1, 1, TimeUnit.SECONDS);
            return rt;
        } catch (Exception | Error e) {
            closeQuietly(feed);
            closeQuietly(journal);
            closeQuietly(store);
            closeQuietly(allocator);
            throw e;
        }
    }

    private void tick() {
        try {
            store.tick();
        } catch (RuntimeException e) {
            System.err.println("gridwall: store tick failed: " + e);
        }
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
