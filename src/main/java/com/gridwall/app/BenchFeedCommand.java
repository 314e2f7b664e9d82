package com.gridwall.app;

import com.gridwall.domain.Event;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.feed.IngestPipeline;
import com.gridwall.feed.decode.EventRows;
import com.gridwall.feed.flight.FeedEndpoint;
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
 * loopback. (1) Throughput: the server holds N events of history, the client drains them; the
 * same drain into a counting sink is the peer that shows what Flight plus validation cost alone.
 * (2) Latency at 10k events/s from event time (mapped to the wall clock) to the store having
 * published the snapshot holding it. (3) The same rate with K random SIGKILLs of the server and
 * restarts on the same port: lost and duplicated events counted against the simulator's own
 * output, and the store's state hash compared with an uninterrupted store.
 */
final class BenchFeedCommand implements Command {
    private static final double RATE = 10_000;

    @Override
    public int run(Args args) throws Exception {
        long seed = args.getLong("seed", 11);
        long throughputEvents = args.getLong("events", 3_000_000);
        int cuts = (int) args.getLong("cuts", 20);
        long latencySeconds = args.getLong("latency-seconds", 10);
        UnitDirectory directory = MapDirectory.directory(args);
        System.out.println("feed-bench: map grids=" + directory.at(com.gridwall.domain.Level.GRID).size()
                + " cores=" + Runtime.getRuntime().availableProcessors());

        double eps = throughput(seed, throughputEvents, directory);
        LatencyRecorder steady = new LatencyRecorder();
        latencyRun(seed + 1, (long) (RATE * latencySeconds), 0, directory, steady, "steady");
        LatencyRecorder cut = new LatencyRecorder();
        long cutEvents = args.getLong("cut-events", (long) (RATE * (cuts * 2.5 + 10)));
        CutResult r = latencyRun(seed + 2, cutEvents, cuts, directory, cut, "cuts");
        System.out.printf(Locale.ROOT, "feed-bench events=%d cuts=%d lost=%d duplicated=%d eps=%.0f p50_ms=%.1f p99_ms=%.1f%n",
                cutEvents, r.cuts, r.lost, r.duplicated, eps, steady.quantile(0.5), steady.quantile(0.99));
        return r.lost == 0 && r.duplicated == 0 && r.hashMatch ? 0 : 1;
    }

    /** Drains a backlog of history: first into a counting sink (peer), then into a real store. */
    private double throughput(long seed, long events, UnitDirectory directory) throws Exception {
        int port = freePort();
        // a rate of 1M/s with the timeline begun long enough ago: all `events` are history at once
        List<String> a = serverArgs(port, seed, 1_000_000, events, System.currentTimeMillis() - (events / 1_000_000 + 2) * 1000);
        long t0 = System.nanoTime();
        try (FeedServerProcess server = FeedServerProcess.start(a)) {
            server.awaitListening();
            server.awaitCaughtUp();
            System.out.printf(Locale.ROOT, "feed-bench throughput: server generated %d events in %.1f s (incl. JVM start)%n",
                    events, (System.nanoTime() - t0) / 1e9);
            double peer = drain(port, events, null);
            double store;
            try (BufferAllocator allocator = new RootAllocator();
                 EventStore s = new EventStore(allocator, directory, null, Clock.systemUTC(), StoreConfig.defaults())) {
                store = drain(port, events, s);
            }
            System.out.printf(Locale.ROOT, "feed-bench throughput: flight+validate eps=%.0f (peer: no store); flight+validate+store eps=%.0f%n",
                    peer, store);
            return store;
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
        long wallStart = System.currentTimeMillis() + 3_000; // leaves the server time to start: no backlog at 0
        SimConfig cfg = SimConfig.of(seed, Scenario.NORMAL, RATE, 1, wallStart);
        SimClock clock = SimClock.of(cfg, wallStart);
        List<String> a = serverArgs(port, seed, (long) RATE, events, wallStart);
        BitSet seen = new BitSet();
        AtomicLong duplicated = new AtomicLong();
        Random random = new Random(seed);
        int done = 0;
        long storeHash;
        long storeEvents;
        long storeDuplicates;
        try (BufferAllocator allocator = new RootAllocator();
             EventStore store = new EventStore(allocator, directory, null, Clock.systemUTC(), StoreConfig.defaults())) {
            FeedServerProcess server = FeedServerProcess.start(a);
            server.awaitListening();
            FlightFeedSource client = new FlightFeedSource(store, FeedEndpoint.parse("flight://127.0.0.1:" + port),
                    FlightClientOptions.defaults(null).withTimings(3_000, 50, 1_000), allocator);
            client.pipeline().addListener((batch, result) -> record(batch, clock, latency, seen, duplicated));
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
            long reference = referenceHash(cfg, events, directory);
            match = reference == storeHash;
            System.out.println("feed-bench cuts: state_hash_match=" + match + " (uninterrupted store fed straight from the simulator)");
        }
        return new CutResult(done, lost, duplicated.get() + storeDuplicates, match);
    }

    private static void record(VectorSchemaRoot batch, SimClock clock, LatencyRecorder latency, BitSet seen,
                               AtomicLong duplicated) {
        long now = System.currentTimeMillis();
        BigIntVector seq = (BigIntVector) batch.getVector(EventSchema.SEQ);
        TimeStampMilliTZVector ts = (TimeStampMilliTZVector) batch.getVector(EventSchema.TS);
        for (int r = 0; r < batch.getRowCount(); r++) {
            int s = (int) seq.get(r);
            if (seen.get(s)) {
                duplicated.incrementAndGet();
            }
            seen.set(s);
            latency.add(now - clock.wallAt(ts.get(r)));
        }
    }

    private static long referenceHash(SimConfig cfg, long events, UnitDirectory directory) {
        try (BufferAllocator allocator = new RootAllocator();
             EventStore store = new EventStore(allocator, directory, null, Clock.systemUTC(), StoreConfig.defaults());
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

    private static List<String> serverArgs(int port, long seed, long rate, long limit, long wallStart) {
        return List.of("--host", "127.0.0.1", "--port", Integer.toString(port), "--seed", Long.toString(seed),
                "--rate", Long.toString(rate), "--compression", "1", "--limit", Long.toString(limit),
                "--wall-start", Long.toString(wallStart), "--sim-start", Long.toString(wallStart));
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
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
