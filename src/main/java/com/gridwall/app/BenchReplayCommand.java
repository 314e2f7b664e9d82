package com.gridwall.app;

import com.gridwall.domain.Event;
import com.gridwall.replay.checkpoint.CheckpointCatalog;
import com.gridwall.replay.checkpoint.CheckpointWriter;
import com.gridwall.replay.checkpoint.StoreCheckpointCodec;
import com.gridwall.replay.checkpoint.StoreImage;
import com.gridwall.replay.checkpoint.StoreStateCodec;
import com.gridwall.replay.events.EventVectors;
import com.gridwall.replay.events.SyntheticHistory;
import com.gridwall.replay.journal.JournalConfig;
import com.gridwall.replay.journal.JournalIndex;
import com.gridwall.replay.journal.JournalReader;
import com.gridwall.replay.journal.JournalWriter;
import com.gridwall.replay.journal.JournalingSink;
import com.gridwall.replay.seek.ReplaySession;
import com.gridwall.replay.seek.ReplayTime;
import com.gridwall.replay.seek.Seeker;
import com.gridwall.replay.seek.StateLadder;
import com.gridwall.replay.seek.StoreFactory;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * `bench replay [--events N] [--seeks K] [--checkpoint-every M] [--log-events L] [--codec store|image] [--dir D]
 * [--peer-seeks P] [--ladder-mb MB] [--ladder-every E] [--near-minutes W] [--each true] [--warmup K] [--fork true|false]`:
 * records N synthetic events through the journaling sink in front of a live store (checkpoints
 * every M events), then measures seek latency over K random instants (default 200; checkpoint + journal tail),
 * replay throughput (tail events per second of tail replay), 3600x playback steps, and, as the
 * peer in the same run, seeks that replay from the start
 * without checkpoints. Unless --ladder-mb is 0 the session first builds its in-memory state
 * ladder (a state every E events, default 50k, at most MB of off-heap pages, default as the wall:
 * {@link StateLadder.Settings#machineBound()}) and the seeks start from it. With W above 0, each
 * seek after the first lands within W minutes of the previous one (an analyst scrubbing around a
 * moment) instead of anywhere. --each prints every seek's phases. The first K seeks (default 5) warm the
 * process up and are printed apart. With --dir holding a journal of exactly N events, the recording is reused.
 * Run from the jar, the bench measures in a child JVM with the wall's fixed, pre-touched heap of
 * this JVM's maximum size ({@link TunedJvm}); {@code --fork false} measures in this JVM. Last line:
 * {@code replay-bench events=N seek_p50_ms=X seek_p95_ms=Y replay_eps=Z}.
 */
final class BenchReplayCommand implements Command {
    private static final long START = Instant.parse("2026-10-01T00:00:00Z").toEpochMilli();
    private static final int BATCH = 10_000;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    @Override
    public int run(Args args) throws Exception {
        Path jar = TunedJvm.ownJar();
        if (jar != null && Boolean.parseBoolean(args.get("fork", "true"))) {
            // measured in a JVM with the wall's fixed, pre-touched heap (TunedJvm says why)
            List<String> again = new ArrayList<>(args.argv());
            again.addAll(List.of("--fork", "false"));
            return TunedJvm.run(jar, again);
        }
        long n = args.getLong("events", 10_000_000L);
        // the p95 of K seeks is their (K/20)-th slowest: of 40 it was the second slowest, which moved
        // by 50-80 ms between runs of the same code on this host; of 200 it is the tenth
        int seeks = (int) args.getLong("seeks", 200);
        long every = args.getLong("checkpoint-every", Math.max(50_000, n / 20));
        long logEvents = args.getLong("log-events", 1_000_000L);
        String codecName = args.get("codec", "store");
        StoreStateCodec codec = switch (codecName) {
            case "store" -> new StoreCheckpointCodec();
            case "image" -> new StoreImage();
            default -> throw new IllegalArgumentException("--codec: expected store or image, got '" + codecName + "'");
        };
        int peerSeeks = (int) args.getLong("peer-seeks", 2);
        // by default the ladder's off-heap pages may take what the wall gives them (StateLadder.Settings.machineBound)
        long ladderMb = args.getLong("ladder-mb", StateLadder.Settings.machineBound() >> 20);
        long ladderEvery = args.getLong("ladder-every", StateLadder.Settings.defaults().stepEvents());
        long nearMs = args.getLong("near-minutes", 0) * 60_000L;
        boolean each = Boolean.parseBoolean(args.get("each", "false"));
        int warmups = (int) args.getLong("warmup", 5);
        String dirArg = args.get("dir", null);
        Path dir = dirArg != null ? Path.of(dirArg) : Files.createTempDirectory("gridwall-replay-bench");
        if (n < BATCH) {
            throw new IllegalArgumentException("--events must be at least " + BATCH);
        }
        // about 5 events per incident, n events spread over about 30 days
        SyntheticHistory history = new SyntheticHistory(1, START, n / 5.0 / (30 * 24), 2000);
        // the live store keeps its newest logEvents events in memory (its retention); incident state stays whole
        StoreFactory factory = new StoreFactory(history.units(), null, StoreConfig.defaults().withMaxEvents(logEvents));
        try (BufferAllocator allocator = new RootAllocator()) {
            JournalIndex existing = JournalReader.scan(dir);
            if (existing.isEmpty()) {
                build(history, factory, allocator, dir, n, every, codec);
            } else if (existing.eventCount() == n) {
                System.out.println("reusing the journal in " + dir + " (" + n + " events)");
            } else {
                throw new IllegalArgumentException("--dir " + dir + " holds a journal of " + existing.eventCount()
                        + " events, not " + n + "; give an empty directory");
            }
            JournalIndex index = JournalReader.scan(dir);
            int ckpts = CheckpointCatalog.scan(dir).size();
            long ckptBytes = dirBytes(dir.resolve(CheckpointCatalog.DIR));
            System.out.printf(Locale.ROOT, "journal: %d events, %d segments, %.1f MB; %d checkpoints (%s codec), %.1f MB,"
                            + " %.1f MB per checkpoint%n", index.eventCount(), index.segments().size(), index.bytes() / 1e6,
                    ckpts, codecName, ckptBytes / 1e6, ckpts == 0 ? 0 : ckptBytes / 1e6 / ckpts);
            double[] ms;
            double eps;
            try (ReplaySession session = ReplaySession.open(dir, factory, allocator, codec)) {
                long from = session.timeline().start().toEpochMilli();
                long to = session.timeline().end().toEpochMilli();
                if (ladderMb > 0) {
                    // the session's in-memory states, built in the background; seeks are measured once it is done
                    // with practice seeks afterwards, as the wall's --replay runs them
                    StateLadder ladder = session.startLadder(new StateLadder.Settings(ladderEvery, ladderMb << 20), true);
                    ladder.await(Long.MAX_VALUE);
                    StateLadder.Stats st = ladder.stats();
                    if (st.failure() != null) {
                        throw new IllegalStateException("state ladder failed: " + st.failure());
                    }
                    Runtime rt = Runtime.getRuntime();
                    System.out.printf(Locale.ROOT, "ladder: %d in-memory states every %d events (%d thinnings), %.1f MB of pages"
                                    + " (bound %d MB; %.1f MB taken off the heap), built in %.1f s (%.1f s CPU) over %d events;"
                                    + " heap %.1f MB used of %.1f MB%n", st.rungs(), st.stepEvents(),
                            st.thinnings(), st.bytes() / 1e6, ladderMb, ladder.allocatedBytes() / 1e6, st.buildNanos() / 1e9,
                            st.buildCpuNanos() / 1e9, st.foldedEvents(), (rt.totalMemory() - rt.freeMemory()) / 1e6,
                            rt.maxMemory() / 1e6);
                    if (st.thinnings() > 0) {
                        System.out.printf(Locale.ROOT, "ladder: first thinned after %d events, holding %.1f MB (about %d states)%n",
                                st.firstThinningEvents(), st.firstThinningBytes() / 1e6,
                                st.firstThinningEvents() / ladderEvery);
                    }
                    com.gridwall.replay.seek.SeekWarmUp.Result wu = session.warmUp();
                    if (wu != null) {
                        System.out.printf(Locale.ROOT, "ladder warm-up: %d practice seeks in %.1f s (the JIT compiled for %d ms"
                                + " meanwhile), ended by %s%n", wu.seeks(), wu.nanos() / 1e9, wu.compileMillis(), wu.stoppedBy());
                    }
                }
                SplittableRandom rnd = new SplittableRandom(42);
                // the first seeks of a process (after the ladder's practice seeks, if any) compile what
                // is left and fault in the replay store's buffers (docs/replay.md): printed, not in the percentiles
                double[] warm = new double[warmups];
                for (int i = 0; i < warmups; i++) {
                    long w0 = System.nanoTime();
                    session.seek(Instant.ofEpochMilli(from + rnd.nextLong(to - from + 1)));
                    warm[i] = (System.nanoTime() - w0) / 1e6;
                }
                System.out.println("warm-up seeks (first of the process, not in the percentiles): "
                        + java.util.Arrays.stream(warm).mapToObj(x -> String.format(Locale.ROOT, "%.0f ms", x)).toList());
                ms = new double[seeks];
                double[] cpuMs = new double[seeks];
                long tail = 0;
                long restore = 0;
                long[] phase = new long[5];
                String[] detail = new String[seeks];
                long previous = from + rnd.nextLong(to - from + 1);
                for (int i = 0; i < seeks; i++) {
                    long at = nearMs > 0 && i > 0 ? previous - nearMs + rnd.nextLong(2 * nearMs + 1)
                            : from + rnd.nextLong(to - from + 1);
                    previous = Math.max(from, Math.min(to, at));
                    Instant t = Instant.ofEpochMilli(previous);
                    var sp = session.spareArrays();
                    long taken0 = sp.taken();
                    long missed0 = sp.missed();
                    long kept0 = sp.keptPages();
                    long withOrigin0 = sp.pagesWithOrigin();
                    long c0 = CPU.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    session.seek(t);
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                    cpuMs[i] = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
                    tail += session.lastApplied();
                    restore += session.lastRestoreNanos();
                    com.gridwall.replay.seek.SeekPhases ph = session.lastPhases();
                    phase[0] += ph.restoreNanos();
                    phase[1] += ph.tailReadNanos();
                    phase[2] += ph.tailFoldNanos();
                    phase[3] += ph.finishNanos();
                    phase[4] += ph.publishNanos();
                    detail[i] = String.format(Locale.ROOT, "%.0f ms (cpu %.0f; restore %.0f, tail %d events read %.0f fold %.0f,"
                                    + " finish %.0f)", ms[i], cpuMs[i], ph.restoreNanos() / 1e6, session.lastApplied(),
                            ph.tailReadNanos() / 1e6, ph.tailFoldNanos() / 1e6, ph.finishNanos() / 1e6);
                    if (each) {
                        System.out.println("seek " + i + " at " + t + ": " + detail[i] + String.format(Locale.ROOT,
                                " spares taken %d, allocated %d; column pages left %d of %d", sp.taken() - taken0,
                                sp.missed() - missed0, sp.keptPages() - kept0, sp.pagesWithOrigin() - withOrigin0));
                    }
                }
                Integer[] order = new Integer[seeks];
                java.util.Arrays.setAll(order, i -> i);
                java.util.Arrays.sort(order, Comparator.comparingDouble(i -> -ms[i]));
                // the p95 is made of these: which phase makes a slow seek slow
                var spares = session.spareArrays();
                System.out.printf(Locale.ROOT, "spare arrays: %d taken again, %d large arrays allocated, %.1f MB kept%n",
                        spares.taken(), spares.missed(), spares.bytes() / 1e6);
                System.out.printf(Locale.ROOT, "incident columns: %d of %d pages left in place (unchanged since the array's last copy)%n",
                        spares.keptPages(), spares.pagesWithOrigin());
                System.out.printf(Locale.ROOT, "interned-key tables: %d kept in place, %.1f MB not copied%n",
                        spares.keyTablesKept(), spares.keyBytesKept() / 1e6);
                System.out.println("slowest seeks: " + java.util.Arrays.stream(order).limit(3).map(i -> detail[i]).toList());
                double[] sortedCpu = cpuMs.clone();
                java.util.Arrays.sort(sortedCpu);
                // the machine is shared: CPU time of the seeking thread shows the cost without the waiting
                System.out.printf(Locale.ROOT, "seek cpu: p50 %.1f ms, p95 %.1f ms of the seeking thread%n",
                        sortedCpu[(int) Math.floor(0.50 * (seeks - 1))], sortedCpu[(int) Math.ceil(0.95 * (seeks - 1))]);
                if (!session.rejectedCheckpoints().isEmpty()) {
                    System.out.println("refused checkpoints: " + session.rejectedCheckpoints());
                }
                double tailSeconds = Math.max(1e-9, (java.util.Arrays.stream(ms).sum() * 1e6 - restore) / 1e9);
                eps = tail / tailSeconds;
                System.out.printf(Locale.ROOT, "seek: %d random instants, mean tail %d events, mean checkpoint restore %.1f ms,"
                        + " tail replayed at %.0f events/s%n", seeks, tail / seeks, restore / 1e6 / seeks, eps);
                System.out.printf(Locale.ROOT, "seek phases (mean wall ms): restore %.1f, tail read %.1f, tail fold %.1f,"
                                + " backfill+publish %.1f (publish %.1f)%n", phase[0] / 1e6 / seeks, phase[1] / 1e6 / seeks,
                        phase[2] / 1e6 / seeks, phase[3] / 1e6 / seeks, phase[4] / 1e6 / seeks);
                playback(session, from, to);
            }
            peer(dir, factory, allocator, peerSeeks);
            java.util.Arrays.sort(ms);
            double p50 = ms[(int) Math.floor(0.50 * (ms.length - 1))];
            double p95 = ms[(int) Math.ceil(0.95 * (ms.length - 1))];
            if (dirArg == null) {
                deleteTree(dir);
            }
            System.out.printf(Locale.ROOT, "replay-bench events=%d seek_p50_ms=%.1f seek_p95_ms=%.1f replay_eps=%.0f%n",
                    n, p50, p95, eps);
        }
        return 0;
    }

    /** The live side: the journaling sink in front of a store, checkpoints every {@code every} events. */
    private static void build(SyntheticHistory history, StoreFactory factory, BufferAllocator allocator, Path dir,
                              long n, long every, StoreStateCodec codec) throws IOException {
        ReplayTime liveClock = new ReplayTime(START);
        long t0 = System.nanoTime();
        try (EventStore live = factory.create(allocator, liveClock);
             JournalWriter journal = JournalWriter.open(JournalConfig.defaults(dir).withSync(false));
             VectorSchemaRoot root = VectorSchemaRoot.create(EventSchema.SCHEMA, allocator)) {
            journal.addListener(new CheckpointWriter(journal, live, codec, every));
            JournalingSink sink = new JournalingSink(live, journal);
            for (long done = 0; done < n; done += BATCH) {
                List<Event> events = history.next((int) Math.min(BATCH, n - done));
                liveClock.set(events.get(events.size() - 1).ts());
                EventVectors.write(events, root);
                sink.append(root);
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "record: %d events through store + journal + checkpoints in %.1f s (%.0f events/s)%n",
                n, s, n / s);
    }

    /** Playback as the 3600x clock drives it: forward steps of one simulated hour from a seek. */
    private static void playback(ReplaySession session, long from, long to) throws IOException {
        long t = from + (to - from) / 3;
        session.seek(Instant.ofEpochMilli(t));
        long applied = 0;
        long t0 = System.nanoTime();
        long end = Math.min(to, t + 4L * 24 * 3_600_000L);
        int steps = 0;
        while (t < end) {
            t += 3_600_000L;
            session.playTo(Instant.ofEpochMilli(t));
            applied += session.lastApplied();
            steps++;
        }
        double s = (System.nanoTime() - t0) / 1e9;
        double perHour = (double) applied / steps;
        System.out.printf(Locale.ROOT, "playback: %d events over %d simulated hours in %.2f s (%.0f ms per 1-hour step, "
                + "i.e. per second of 3600x; 3600x needs %.0f events/s)%n", applied, steps, s, s * 1000 / steps, perHour);
    }

    /** The peer: the same seeks without checkpoints (replay from the first event). */
    private static void peer(Path dir, StoreFactory factory, BufferAllocator allocator, int count) throws IOException {
        if (count <= 0) {
            return;
        }
        JournalIndex index = JournalReader.scan(dir);
        List<Double> ms = new ArrayList<>();
        try (Seeker full = new Seeker(dir, index, allocator, factory, null)) {
            for (int i = 1; i <= count; i++) {
                long t = index.minTs() + (index.maxTs() - index.minTs()) * i / (2L * count);
                long t0 = System.nanoTime();
                full.seek(Instant.ofEpochMilli(t));
                ms.add((System.nanoTime() - t0) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "peer (no checkpoints, replay from the start): seeks at up to mid-range took %s ms%n",
                ms.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
    }

    private static long dirBytes(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
