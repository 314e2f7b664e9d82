package com.gridwall.app;

import com.gridwall.domain.Event;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.feed.IngestPipeline;
import com.gridwall.feed.decode.EventRows;
import com.gridwall.feed.flight.FeedEndpoint;
import com.gridwall.feed.flight.FeedTicket;
import org.apache.arrow.flight.FlightClient;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.flight.Location;
import org.apache.arrow.flight.Ticket;
import com.gridwall.feed.flight.FlightClientOptions;
import com.gridwall.feed.flight.FlightFeedSource;
import com.gridwall.feed.sim.Scenario;
import com.gridwall.feed.sim.SimClock;
import com.gridwall.feed.sim.SimConfig;
import com.gridwall.feed.sim.Simulator;
import com.gridwall.store.AppendResult;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventSink;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.TimeStampMilliTZVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * {@code bench feed [--events N] [--cut-events N] [--cuts K] [--latency-seconds S] [--seed S]}:
 * a feed-server in a separate process and the wall's Flight client into a real EventStore, on
 * loopback. (1) Throughput: the server holds N events of history and the wall's feed client drains
 * them into a counting sink (the figure on the last line); peers in the same run: a bare Flight
 * client (the transport's ceiling) and the same feed client into a real EventStore (the wall).
 * (2) Latency at 10k events/s from event time (mapped to the wall clock) to the store having
 * published the snapshot holding it. (3) The same rate with K random SIGKILLs of the server and
 * restarts on the same port: lost and duplicated events counted against the simulator's own
 * output, and the store's state hash compared with an uninterrupted store.
 */
final class BenchFeedCommand implements Command {
    private static final double RATE = 10_000;
    /** Events due in the first seconds are left out of the latency figures: JIT and connection warm-up. */
    private static final long WARM_UP_MS = 2_000;
    private static final long PUBLISH_MS = 10;

    @Override
    public int run(Args args) throws Exception {
        long seed = args.getLong("seed", 11);
        long throughputEvents = args.getLong("events", 3_000_000);
        int cuts = (int) args.getLong("cuts", 20);
        long latencySeconds = args.getLong("latency-seconds", 10);
        UnitDirectory directory = MapDirectory.directory(args);
        System.out.println("feed-bench: map grids=" + directory.at(com.gridwall.domain.Level.GRID).size()
                + " cores=" + Runtime.getRuntime().availableProcessors());

        double eps = throughputEvents > 0 ? throughput(seed, throughputEvents, directory) : Double.NaN;
        LatencyRecorder steady = new LatencyRecorder();
        if (latencySeconds > 0) {
            latencyRun(seed + 1, (long) (RATE * latencySeconds), 0, directory, steady, "steady");
        }
        LatencyRecorder cut = new LatencyRecorder();
        long cutEvents = cuts > 0 ? args.getLong("cut-events", (long) (RATE * (cuts * 2.5 + 10))) : 0;
        CutResult r = cuts > 0 ? latencyRun(seed + 2, cutEvents, cuts, directory, cut, "cuts") : new CutResult(0, 0, 0, true);
        System.out.printf(Locale.ROOT, "feed-bench events=%d cuts=%d lost=%d duplicated=%d eps=%.0f p50_ms=%.1f p99_ms=%.1f%n",
                cutEvents, r.cuts, r.lost, r.duplicated, eps, steady.quantile(0.5), steady.quantile(0.99));
        return r.lost == 0 && r.duplicated == 0 && r.hashMatch ? 0 : 1;
    }

    /** Drains a backlog of history: first into a counting sink (peer), then into a real store. */
    private double throughput(long seed, long events, UnitDirectory directory) throws Exception {
        int port = freePort();
        // a rate of 1M/s with the timeline begun long enough ago: all `events` are history at once
        long start = System.currentTimeMillis() - (events / 1_000_000 + 2) * 1000;
        List<String> a = serverArgs(port, seed, 1_000_000, events, start, start);
        long t0 = System.nanoTime();
        try (FeedServerProcess server = FeedServerProcess.start(a)) {
            server.awaitListening();
            server.awaitCaughtUp();
            System.out.printf(Locale.ROOT, "feed-bench throughput: server generated %d events in %.1f s (incl. JVM start)%n",
                    events, (System.nanoTime() - t0) / 1e9);
            rawDrain(port, events); // warm-up of both JVMs, not counted
            double raw = rawDrain(port, events);
            double peer = drain(port, events, null);
            double store;
            try (BufferAllocator allocator = new RootAllocator();
                 WallStore wall = new WallStore(allocator, directory, Clock.systemUTC())) {
                store = drain(port, events, wall.store);
            }
            System.out.printf(Locale.ROOT, "feed-bench throughput: flight-only eps=%.0f (bare client, peer); "
                    + "feed eps=%.0f (flight+validate+hand-off); wall eps=%.0f (feed into the EventStore)%n", raw, peer, store);
            return peer;
        }
    }

    /** The transport alone: a bare Flight client reading the stream, touching nothing. */
    private static double rawDrain(int port, long events) throws Exception {
        try (BufferAllocator allocator = new RootAllocator();
             FlightClient client = FlightClient.builder(allocator, Location.forGrpcInsecure("127.0.0.1", port)).build()) {
            long t0 = System.nanoTime();
            long rows = 0;
            try (FlightStream s = client.getStream(new Ticket(new FeedTicket(FeedTicket.DEFAULT_STREAM, -1).encode()))) {
                while (rows < events && s.next()) {
                    rows += s.getRoot().getRowCount();
                }
                s.cancel("done", null);
            }
            return rows / ((System.nanoTime() - t0) / 1e9);
        }
    }

    private static double drain(int port, long events, EventSink target) throws Exception {
        try (BufferAllocator allocator = new RootAllocator()) {
            EventSink sink = target == null ? new CountingSink() : target;
            FlightFeedSource client = new FlightFeedSource(sink, FeedEndpoint.parse("flight://127.0.0.1:" + port),
                    FlightClientOptions.defaults(null).withTimings(10_000, 50, 500), allocator);
            long t0 = System.nanoTime();
            client.start();
            while (sink.lastSeq() < events) {
                Thread.sleep(1);
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            client.close();
            return events / secs;
        }
    }

    private record CutResult(int cuts, long lost, long duplicated, boolean hashMatch) {
    }

    /** Streams `events` at 10k/s into a store, killing and restarting the server `cuts` times on the way. */
    private CutResult latencyRun(long seed, long events, int cuts, UnitDirectory directory, LatencyRecorder latency,
                                 String label) throws Exception {
        int port = freePort();
        // the timeline starts once the server can be up (twice its last start-up time), so it does not begin behind
        long wallStart = System.currentTimeMillis() + Math.max(3_000, 2 * FeedServerProcess.lastStartupMs());
        // simulated noon (Beijing): the daily curve is near its mean there, so the real rate is near RATE
        long noon = Math.floorDiv(System.currentTimeMillis() - 4 * 3_600_000L, 86_400_000L) * 86_400_000L + 4 * 3_600_000L;
        SimConfig cfg = SimConfig.of(seed, Scenario.NORMAL, RATE, 1, noon);
        SimClock clock = SimClock.of(cfg, wallStart);
        List<String> a = serverArgs(port, seed, (long) RATE, events, wallStart, noon);
        BitSet seen = new BitSet();
        long[] tsBySeq = new long[(int) events + 1];
        AtomicLong duplicated = new AtomicLong();
        Random random = new Random(seed);
        int done = 0;
        long storeHash;
        long storeEvents;
        long storeDuplicates;
        // "now" for open/overdue is pinned so the state hash can be compared with the reference store
        Clock now = Clock.fixed(java.time.Instant.ofEpochMilli(noon + 86_400_000L), java.time.ZoneOffset.UTC);
        try (BufferAllocator allocator = new RootAllocator();
             WallStore wall = new WallStore(allocator, directory, now)) {
            EventStore store = wall.store;
            FeedServerProcess server = FeedServerProcess.start(a);
            server.awaitListening();
            FlightFeedSource client = new FlightFeedSource(store, FeedEndpoint.parse("flight://127.0.0.1:" + port),
                    FlightClientOptions.defaults(null).withTimings(3_000, 50, 1_000), allocator);
            client.pipeline().addListener((batch, result) -> record(batch, tsBySeq, seen, duplicated));
            // the UI's view: poll the published snapshot like a 1 kHz frame loop; an event counts as
            // visible when a snapshot's lastSeq covers it
            Thread frames = new Thread(() -> watchSnapshots(store, tsBySeq, clock, latency, events), "bench-frames");
            frames.setDaemon(true);
            frames.start();
            client.start();
            while (done < cuts) {
                Thread.sleep(300 + random.nextInt(500));
                server.kill();
                done++;
                server = FeedServerProcess.start(a);
                server.awaitListening();
            }
            long deadline = Math.max(System.currentTimeMillis(), wallStart + (long) (events / RATE * 1000)) + 60_000;
            while (store.lastSeq() < events && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            client.pipeline().awaitIdle(5_000);
            frames.join(2_000);
            var health = client.health();
            client.close();
            server.close();
            storeHash = store.stateHash();
            storeEvents = store.stats().events();
            storeDuplicates = store.stats().duplicates();
            System.out.printf(Locale.ROOT, "feed-bench %s: rate=%.0f/s events=%d applied=%d cuts=%d reconnects=%d gaps=%d "
                            + "store_duplicates=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f%n", label, RATE, events, storeEvents,
                    done, health.reconnects(), health.gaps(), storeDuplicates, latency.quantile(0.5), latency.quantile(0.99),
                    latency.quantile(1.0));
        }
        long lost = events - seen.cardinality();
        boolean match = true;
        if (cuts > 0) {
            long reference = referenceHash(cfg, events, directory, now);
            match = reference == storeHash;
            System.out.println("feed-bench cuts: state_hash_match=" + match + " (uninterrupted store fed straight from the simulator)");
        }
        return new CutResult(done, lost, duplicated.get() + storeDuplicates, match);
    }

    /** Writer thread, right after the store applied the batch: remember each seq's event time, count re-deliveries. */
    private static void record(VectorSchemaRoot batch, long[] tsBySeq, BitSet seen, AtomicLong duplicated) {
        BigIntVector seq = (BigIntVector) batch.getVector(EventSchema.SEQ);
        TimeStampMilliTZVector ts = (TimeStampMilliTZVector) batch.getVector(EventSchema.TS);
        synchronized (tsBySeq) {
            for (int r = 0; r < batch.getRowCount(); r++) {
                int s = (int) seq.get(r);
                if (seen.get(s)) {
                    duplicated.incrementAndGet();
                }
                seen.set(s);
                tsBySeq[s] = ts.get(r);
            }
        }
    }

    private static void watchSnapshots(EventStore store, long[] tsBySeq, SimClock clock, LatencyRecorder latency, long events) {
        long shown = 0;
        while (shown < events) {
            long visible = Math.min(events, store.snapshot().lastSeq());
            if (visible > shown) {
                long now = System.currentTimeMillis();
                synchronized (tsBySeq) {
                    for (long s = shown + 1; s <= visible; s++) {
                        long due = tsBySeq[(int) s] == 0 ? 0 : clock.wallAt(tsBySeq[(int) s]);
                        if (due >= clock.wallStartMs() + WARM_UP_MS) {
                            latency.add(now - due);
                        }
                    }
                }
                shown = visible;
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long referenceHash(SimConfig cfg, long events, UnitDirectory directory, Clock now) {
        try (BufferAllocator allocator = new RootAllocator();
             EventStore store = new EventStore(allocator, directory, null, now, StoreConfig.defaults());
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator)) {
            Simulator sim = new Simulator(cfg, directory);
            List<Event> chunk = new ArrayList<>();
            while (sim.lastSeq() < events) {
                chunk.clear();
                sim.generateUntil(Long.MAX_VALUE, (int) Math.min(8192, events - sim.lastSeq()), chunk);
                EventRows.write(chunk, root);
                store.append(root);
            }
            return store.stateHash();
        }
    }

    private static List<String> serverArgs(int port, long seed, long rate, long limit, long wallStart, long simStart) {
        return List.of("--host", "127.0.0.1", "--port", Integer.toString(port), "--seed", Long.toString(seed),
                "--rate", Long.toString(rate), "--compression", "1", "--limit", Long.toString(limit),
                "--wall-start", Long.toString(wallStart), "--sim-start", Long.toString(simStart));
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The store as the wall runs it: publishing at most every 10 ms, a ticker publishing what is pending. */
    private static final class WallStore implements AutoCloseable {
        final EventStore store;
        private final java.util.concurrent.ScheduledExecutorService ticker =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "bench-store-ticker");
                    t.setDaemon(true);
                    return t;
                });

        WallStore(BufferAllocator allocator, UnitDirectory directory, Clock clock) {
            store = new EventStore(allocator, directory, null, clock,
                    StoreConfig.defaults().withPublishEveryMillis(PUBLISH_MS));
            ticker.scheduleAtFixedRate(() -> {
                if (store.hasPending()) {
                    store.tick();
                }
            }, PUBLISH_MS, PUBLISH_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() throws InterruptedException {
            ticker.shutdownNow();
            ticker.awaitTermination(1, java.util.concurrent.TimeUnit.SECONDS);
            store.close();
        }
    }

    /** The peer sink: counts rows and tracks the last seq, stores nothing. */
    private static final class CountingSink implements EventSink {
        private volatile long lastSeq = -1;

        @Override
        public AppendResult append(VectorSchemaRoot batch) {
            BigIntVector seq = (BigIntVector) batch.getVector(EventSchema.SEQ);
            int n = batch.getRowCount();
            if (n > 0) {
                lastSeq = Math.max(lastSeq, seq.get(n - 1));
            }
            return new AppendResult(n, 0, lastSeq);
        }

        @Override
        public long lastSeq() {
            return lastSeq;
        }
    }
}
