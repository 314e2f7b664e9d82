package com.gridwall.app;

import com.gridwall.domain.Level;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.domain.UnitInfo;
import com.gridwall.geo.GridMap;
import com.gridwall.geo.index.GridLocator;
import com.gridwall.geo.io.MapLoader;
import com.gridwall.store.EventBatches;
import com.gridwall.store.EventSchema;
import com.gridwall.store.EventStore;
import com.gridwall.store.StoreConfig;
import com.gridwall.store.StoreStats;
import com.gridwall.store.query.GridCategoryRow;
import com.gridwall.store.query.RangeQuery;
import com.gridwall.store.query.RangeResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * `bench store [--events N] [--seed S] [--reps R] [--prepare-thread true|false] [--warmup-events W] [--ingest-only] [--fork true|false]`:
 * after W events (default 1M, 0: none) ingested both ways into stores that are dropped, ingest rate with grid codes and with
 * point-in-polygon (geo's GridLocator on the bundled map), Arrow bytes per event, snapshot build
 * time, and the KPI query (counts and mean resolve time by grid x category over a time range)
 * against DuckDB in-process on the same events, interleaved and repeated, answers compared.
 * {@code --ingest-only} stops after the two ingest figures (for A/B runs of the append path; no
 * store-bench line). Run from the jar, it measures in a child JVM with the wall's fixed, pre-touched
 * heap ({@link TunedJvm}): on a growing heap the store's tables paid the first-touch page faults of
 * every heap region they took (ingest at 2M events 561k and 567k events/s against 675k and 691k);
 * {@code --fork false} measures in this JVM.
 */
final class BenchStoreCommand implements Command {
    private static final int BATCH = 65_536;

    @Override
    public int run(Args args) throws Exception {
        java.nio.file.Path jar = TunedJvm.ownJar();
        if (jar != null && Boolean.parseBoolean(args.get("fork", "true"))) {
            List<String> again = new java.util.ArrayList<>(args.argv());
            again.addAll(List.of("--fork", "false"));
            return TunedJvm.run(jar, again);
        }
        long events = args.getLong("events", 10_000_000L);
        long seed = args.getLong("seed", 7);
        int reps = (int) args.getLong("reps", 15);
        // the store's default unless given: the append pipeline's helper thread on or off
        String prepareThread = args.get("prepare-thread", "");
        if (events < 1000) {
            throw new IllegalArgumentException("--events must be at least 1000");
        }
        GridMap map = MapLoader.loadResource(MapLoader.DEFAULT_RESOURCE);
        UnitDirectory dir = map.directory();
        List<UnitInfo> grids = dir.at(Level.GRID);
        GridLocator locator = GridLocator.forMap(map);
        long start = LocalDateTime.of(2026, 11, 19, 0, 0).atZone(StoreConfig.SHANGHAI).toInstant().toEpochMilli();
        long span = 7L * 24 * 3_600_000L;
        Clock clock = Clock.fixed(Instant.ofEpochMilli(start + span + 3_600_000L), StoreConfig.SHANGHAI);
        out("store-bench: %d events, %d grids (%s), %d cores, heap max %d MiB", events, grids.size(),
                map.title(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        long warmupEvents = Math.min(events, args.getLong("warmup-events", 1_000_000L));
        try (BufferAllocator allocator = new RootAllocator()) {
            // 0. warm-up, not counted: both append paths compiled before they are timed, as a wall
            // ingesting its feed runs them (the point-in-polygon run came first and paid the JIT)
            for (boolean gridCodes : new boolean[] {false, true}) {
                if (warmupEvents <= 0) {
                    break;
                }
                try (EventStore warm = openStore(allocator, dir, locator, clock, prepareThread)) {
                    out("warm-up (not counted), %s:", gridCodes ? "grid codes" : "point in polygon");
                    ingest(warm, new StoreBenchData(grids, seed + 2, start, span, warmupEvents, gridCodes), allocator);
                }
            }
            // 1. point-in-polygon ingest: REPORTED rows carry lon/lat only
            double pipEps;
            try (EventStore pip = openStore(allocator, dir, locator, clock, prepareThread)) {
                pipEps = ingest(pip, new StoreBenchData(grids, seed, start, span, events, false), allocator);
                StoreStats st = pip.stats();
                out("pip ingest: %.0f events/s (%d accepted, %d duplicates, %d incidents, outside %d)", pipEps,
                        st.events(), st.duplicates(), st.incidents(), pip.snapshot().outsideIncidents());
            }
            // 2. ingest with grid codes
            try (EventStore store = openStore(allocator, dir, locator, clock, prepareThread)) {
                double eps = ingest(store, new StoreBenchData(grids, seed, start, span, events, true), allocator);
                StoreStats st = store.stats();
                double bytesPerEvent = st.bytesPerEvent();
                out("ingest with grid codes: %.0f events/s (%d accepted, %d duplicates, %d incidents)", eps,
                        st.events(), st.duplicates(), st.incidents());
                out("memory: Arrow %d bytes, payload %d bytes, %.2f bytes/event, Arrow/payload = %.3f",
                        st.arrowBytes(), st.payloadBytes(), bytesPerEvent, st.memoryToPayload());
                if (args.flag("ingest-only")) {
                    out("state hash %016x", store.stateHash());
                    return 0;
                }

                // 3. snapshot build time after small batches
                StoreBenchData more = new StoreBenchData(grids, seed + 1, start + span - 3_600_000L, 3_600_000L,
                        21 * 4096, true).withPrefixes('f', 'j');
                try (VectorSchemaRoot root = EventBatches.create(allocator)) {
                    while (more.next(root, 4096) > 0) {
                        store.append(root);
                    }
                }
                long[] pub = store.recentPublishNanos();
                long[] last = Arrays.copyOfRange(pub, Math.max(0, pub.length - 21), pub.length);
                Arrays.sort(last);
                double snapshotMs = last[last.length / 2] / 1e6;
                long[] cpu = store.recentPublishCpuNanos();
                long[] lastCpu = Arrays.copyOfRange(cpu, Math.max(0, cpu.length - 21), cpu.length);
                Arrays.sort(lastCpu);
                out("snapshot build after a 4096-event batch: median %.3f ms wall (%.3f ms CPU), max %.3f ms wall "
                                + "(%d samples)", snapshotMs, lastCpu[lastCpu.length / 2] / 1e6, last[last.length - 1] / 1e6,
                        last.length);

                // 4. KPI query vs DuckDB on the same events
                try (DuckDbKpiPeer duck = new DuckDbKpiPeer()) {
                    // timed as the store's ingest is: the appends alone, not the making of the batches
                    long appendNanos = 0;
                    StoreBenchData again = new StoreBenchData(grids, seed, start, span, events, true);
                    try (VectorSchemaRoot root = EventBatches.create(allocator)) {
                        while (again.next(root, BATCH) > 0) {
                            long a0 = System.nanoTime();
                            duck.append(root);
                            appendNanos += System.nanoTime() - a0;
                        }
                    }
                    long m0 = System.nanoTime();
                    duck.materialize();
                    long loaded = duck.count("events");
                    double duckEps = loaded / (appendNanos / 1e9);
                    out("duckdb: appended %d events in %.1f s (%.0f events/s through its appender, %s of the %d columns,"
                                    + " no state kept; the store's ingest with grid codes is %.2fx that), derived %d"
                                    + " incidents in %.1f s (not timed below)", loaded, appendNanos / 1e9, duckEps,
                            DuckDbKpiPeer.COLUMNS, EventSchema.SCHEMA.getFields().size(), eps / duckEps,
                            duck.count("incidents"), (System.nanoTime() - m0) / 1e9);
                    long from = start + span / 4;
                    long to = start + 3 * span / 4;
                    RangeQuery q = RangeQuery.between(from, to);
                    double[] storeMs = new double[reps];
                    double[] duckMs = new double[reps];
                    boolean identical = true;
                    int groups = 0;
                    for (int r = 0; r < reps; r++) {
                        long a = System.nanoTime();
                        RangeResult res = store.gridCategoryCounts(q);
                        storeMs[r] = (System.nanoTime() - a) / 1e6;
                        long b = System.nanoTime();
                        Map<String, long[]> d = duck.gridCategory(from, to);
                        duckMs[r] = (System.nanoTime() - b) / 1e6;
                        Map<String, long[]> s = asMap(res);
                        identical &= same(s, d);
                        groups = s.size();
                    }
                    // best of the interleaved repetitions: on a shared machine the minimum is the least
                    // disturbed run of each; medians are printed too
                    double kpiMs = min(storeMs);
                    double duckKpiMs = min(duckMs);
                    out("kpi query (%d grid x category groups, %d reps interleaved): store min %.3f / median %.3f ms, "
                                    + "duckdb min %.3f / median %.3f ms", groups, reps, kpiMs, median(storeMs), duckKpiMs,
                            median(duckMs));
                    seekFigures(store, allocator, dir, locator, clock, start, span);
                    out("store-bench events=%d ingest_eps=%.0f pip_eps=%.0f bytes_per_event=%.2f snapshot_ms=%.3f "
                                    + "kpi_ms=%.3f duckdb_kpi_ms=%.3f ratio=%.3f identical=%s", events, eps, pipEps,
                            bytesPerEvent, snapshotMs, kpiMs, duckKpiMs, kpiMs / duckKpiMs, identical);
                    return identical ? 0 : 1;
                }
            }
        }
    }

    /** As-of (refold) and checkpoint export/import times: what a replay seek can build on. */
    private static void seekFigures(EventStore store, BufferAllocator allocator, UnitDirectory dir, GridLocator locator,
                                    Clock clock, long start, long span) throws java.io.IOException {
        long t0 = System.nanoTime();
        long received = store.asOf(Instant.ofEpochMilli(start + span / 2)).root().last7d().received();
        double asOfS = (System.nanoTime() - t0) / 1e9;
        java.nio.file.Path file = java.nio.file.Files.createTempFile("gridwall-checkpoint", ".arrows");
        try {
            long t1 = System.nanoTime();
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file),
                    1 << 20)) {
                store.checkpoint(out);
            }
            double writeS = (System.nanoTime() - t1) / 1e9;
            long t2 = System.nanoTime();
            boolean same;
            try (java.io.InputStream in = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file), 1 << 20);
                 EventStore back = EventStore.restore(in, allocator, dir, locator, clock, StoreConfig.defaults())) {
                double readS = (System.nanoTime() - t2) / 1e9;
                same = back.stateHash() == store.stateHash();
                out("as-of (refold of the log up to mid-range, %d received in its 7 days): %.2f s; checkpoint: %d MiB "
                                + "written in %.2f s, restored in %.2f s, same state hash: %s", received, asOfS,
                        java.nio.file.Files.size(file) >> 20, writeS, readS, same);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    /** A store for the bench; {@code prepareThread}: "true" or "false" to set its prepare thread, empty for the store's default. */
    private static EventStore openStore(BufferAllocator allocator, UnitDirectory dir, GridLocator locator, Clock clock,
                                        String prepareThread) {
        EventStore store = new EventStore(allocator, dir, locator, clock, StoreConfig.defaults());
        if (!prepareThread.isEmpty()) {
            store.usePrepareThread(Boolean.parseBoolean(prepareThread));
        }
        return store;
    }

    /** Appends everything; returns events per second of wall time spent in append (and prints CPU-time rate). */
    private static double ingest(EventStore store, StoreBenchData data, BufferAllocator allocator) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        long cpu = 0;
        long rows = 0;
        long helper0 = store.prepareThreadCpuNanos();
        try (VectorSchemaRoot root = EventBatches.create(allocator)) {
            int n;
            while ((n = data.next(root, BATCH)) > 0) {
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                store.append(root);
                nanos += System.nanoTime() - t0;
                cpu += mx.getCurrentThreadCpuTime() - c0;
                rows += n;
            }
        }
        long helper = store.prepareThreadCpuNanos() - helper0;
        out("  (%d events: %.2f s wall, %.2f s CPU in append + %.2f s CPU on the prepare thread = %.0f events per "
                        + "CPU-second; %.0f per CPU-second of the appending thread)", rows, nanos / 1e9, cpu / 1e9,
                helper / 1e9, rows / ((cpu + helper) / 1e9), rows / (cpu / 1e9));
        return rows / (nanos / 1e9);
    }

    static Map<String, long[]> asMap(RangeResult r) {
        Map<String, long[]> m = new TreeMap<>();
        for (GridCategoryRow row : r.rows()) {
            m.put(row.gridCode() + "|" + row.category().name(),
                    new long[] {row.received(), row.resolved(), row.resolveMillisSum()});
        }
        return m;
    }

    static boolean same(Map<String, long[]> a, Map<String, long[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, long[]> e : a.entrySet()) {
            if (!Arrays.equals(e.getValue(), b.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static double min(double[] v) {
        double m = Double.MAX_VALUE;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    private static void out(String fmt, Object... a) {
        System.out.println(String.format(Locale.ROOT, fmt, a));
    }
}
