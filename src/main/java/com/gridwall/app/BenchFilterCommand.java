package com.gridwall.app;

import com.gridwall.domain.Category;
import com.gridwall.domain.Event;
import com.gridwall.replay.analysis.IncidentFilter;
import com.gridwall.replay.checkpoint.CheckpointWriter;
import com.gridwall.replay.checkpoint.StoreCheckpointCodec;
import com.gridwall.replay.events.EventVectors;
import com.gridwall.replay.events.SyntheticHistory;
import com.gridwall.replay.journal.JournalConfig;
import com.gridwall.replay.journal.JournalReader;
import com.gridwall.replay.journal.JournalWriter;
import com.gridwall.replay.journal.JournalingSink;
import com.gridwall.replay.seek.ReplaySession;
import com.gridwall.replay.seek.ReplayTime;
import com.gridwall.replay.seek.StoreFactory;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import com.gridwall.store.snapshot.WallSnapshot;
import com.gridwall.ui.timeline.AnalystPort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * {@code bench filter [--events N] [--builds K] [--dir D]}: records N synthetic events (about 30
 * days, default 1 000 000) through the journaling sink with checkpoints, then at K random instants
 * builds the filtered wall (one category in one street, period 近7天) and, as the peer in the same
 * run, the plain seek of the same instant. Last line:
 * {@code filter-bench events=N window_events=W filtered_p50_ms=X filtered_p95_ms=Y seek_p50_ms=A seek_p95_ms=B}.
 */
final class BenchFilterCommand implements Command {
    private static final long START = Instant.parse("2026-10-01T00:00:00Z").toEpochMilli();
    private static final int BATCH = 2_000;

    @Override
    public int run(Args args) throws Exception {
        long n = args.getLong("events", 1_000_000);
        int builds = (int) args.getLong("builds", 10);
        if (n < BATCH || builds < 1) {
            throw new IllegalArgumentException("--events must be at least " + BATCH + " and --builds at least 1");
        }
        String dirArg = args.get("dir", null);
        Path dir = dirArg != null ? Path.of(dirArg) : Files.createTempDirectory("gridwall-filter-bench");
        SyntheticHistory history = new SyntheticHistory(1, START, n / 5.0 / (30 * 24), 2000);
        StoreFactory factory = new StoreFactory(history.units(), null, StoreConfig.defaults());
        try (BufferAllocator allocator = new RootAllocator()) {
            if (JournalReader.scan(dir).isEmpty()) {
                record(history, factory, allocator, dir, n);
            } else {
                System.out.println("reusing the journal in " + dir);
            }
            double[] filtered = new double[builds];
            double[] seeks = new double[builds];
            long windowEvents = 0;
            try (ReplaySession session = ReplaySession.open(dir, factory, allocator)) {
                long from = session.timeline().start().toEpochMilli() + 8L * 24 * 3_600_000L;
                long to = session.timeline().end().toEpochMilli();
                AnalystPort.Selection sel = new AnalystPort.Selection(AnalystPort.Period.WEEK, Category.DISPUTE.name(),
                        null, null, "S03");
                var wallFilter = AnalystAdapter.wallFilter(sel, history.units(), session.timeline().start());
                SplittableRandom rnd = new SplittableRandom(7);
                session.seekFiltered(Instant.ofEpochMilli(to), wallFilter.apply(Instant.ofEpochMilli(to))); // warm-up
                for (int i = 0; i < builds; i++) {
                    Instant t = Instant.ofEpochMilli(from + rnd.nextLong(Math.max(1, to - from)));
                    IncidentFilter f = wallFilter.apply(t);
                    long t0 = System.nanoTime();
                    WallSnapshot s = session.seekFiltered(t, f);
                    filtered[i] = (System.nanoTime() - t0) / 1e6;
                    long t1 = System.nanoTime();
                    WallSnapshot all = session.seek(t);
                    seeks[i] = (System.nanoTime() - t1) / 1e6;
                    windowEvents += eventsInBatchesOverlapping(session, t);
                    System.out.printf(Locale.ROOT, "at %s: filtered %.1f ms (%d incidents, %d events); seek %.1f ms (%d incidents)%n",
                            t, filtered[i], s.incidents(), s.events(), seeks[i], all.incidents());
                }
            }
            if (dirArg == null) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            System.out.printf(Locale.ROOT,
                    "filter-bench events=%d window_events=%d filtered_p50_ms=%.1f filtered_p95_ms=%.1f seek_p50_ms=%.1f seek_p95_ms=%.1f%n",
                    n, windowEvents / builds, pct(filtered, 0.50), pct(filtered, 0.95), pct(seeks, 0.50), pct(seeks, 0.95));
        }
        return 0;
    }

    /** Events in the journal batches the filtered build reads at {@code t} (those overlapping its 8-day window). */
    private static long eventsInBatchesOverlapping(ReplaySession session, Instant t) throws IOException {
        long hi = t.toEpochMilli();
        long lo = hi - com.gridwall.replay.seek.FilteredReplay.WINDOW.toMillis();
        long n = 0;
        for (var b : JournalReader.scan(session.directory()).batches()) {
            if (b.record().maxTs() >= lo && b.record().minTs() <= hi) {
                n += b.record().count();
            }
        }
        return n;
    }

    private static double pct(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.ceil(q * (s.length - 1))];
    }

    private static void record(SyntheticHistory history, StoreFactory factory, BufferAllocator allocator, Path dir, long n)
            throws IOException {
        ReplayTime clock = new ReplayTime(START);
        long t0 = System.nanoTime();
        try (EventStore live = factory.create(allocator, clock);
             JournalWriter journal = JournalWriter.open(JournalConfig.defaults(dir).withSync(false));
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator)) {
            journal.addListener(new CheckpointWriter(journal, live, new StoreCheckpointCodec(), Math.max(50_000, n / 20)));
            JournalingSink sink = new JournalingSink(live, journal);
            for (long done = 0; done < n; done += BATCH) {
                List<Event> events = history.next((int) Math.min(BATCH, n - done));
                clock.set(events.get(events.size() - 1).ts());
                EventVectors.write(events, root);
                sink.append(root);
            }
        }
        System.out.printf(Locale.ROOT, "record: %d events in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
    }
}
